"""The editors' dashboard (vertaalstatus.md: Dutch only, noindex, out of the navigation
and search, linked from the colophon): `<!-- dashboard:table -->` becomes a table of
every page × language with its state (missing / outdated / draft / reviewed, by whom and
when), its words and the editorial notes on it. The states are those of
`scripts/translations.py status` (_translation.page_state). `<!-- dashboard:safety -->`
becomes, per language, its sealed safety texts back-translated into Dutch beside the
Dutch source (_safety_seals.py). An unknown marker is an error."""

import re
from html import escape
from pathlib import Path

from _editorial_notes import load_notes
from _files import AuthorError
from _i18n import default_locale, language_names, site_locales
from _markers import replace_markers
from _safety_seals import load_register, safety_texts, sealed_keys
from _translation import front_matter_block, page_state

# The page is for the editors and in Dutch only: its labels are Dutch.
STATE_LABELS = {"missing": "ontbreekt", "outdated": "verouderd", "draft": "concept",
                "reviewed": "nagekeken", "invalid": "fout in de kop", "nl-only": "alleen Nederlands"}
NOTHING_SEALED = '<tr><td colspan="5">Nog niets verzegeld.</td></tr>'
TAG = re.compile(r"<[^>]+>|\{[^}]*\}|\]\([^)]*\)")
LETTER = re.compile(r"[^\W\d_]")


def word_count(path: Path) -> int:
    """Words of a page's text: no front matter, markup, link targets or ids."""
    text = path.read_text(encoding="utf-8", errors="replace")
    try:
        if block := front_matter_block(text, str(path)):
            text = "\n".join(text.split("\n")[block[1]:])
    except AuthorError:
        pass  # source_checks.py reports the broken front matter; count what is there

    text = re.sub(r"<!--.*?-->", " ", TAG.sub(" ", text), flags=re.S)
    return sum(1 for token in text.split() if LETTER.search(token))


def render_table(config) -> str:
    docs = Path(config.docs_dir)
    default = default_locale(config)
    others = [locale for locale in site_locales(config) if locale != default]
    names = sorted(path.name for path in (docs / default).glob("*.md"))
    notes = {}
    for note in load_notes(config, site_locales(config))[0]:
        notes[note.page] = notes.get(note.page, 0) + 1
    head = "".join(f'<th scope="col"><span lang="{locale}">{escape(language_names(config)[locale])}</span> '
                   f"({locale})</th>" for locale in others)
    rows, totals = [], {locale: {} for locale in others}
    for name in names:
        cells = []
        for locale in others:
            state = page_state(docs, default, locale, name)
            totals[locale][state.state] = totals[locale].get(state.state, 0) + 1
            cell = f'<span class="site-dashboard__state site-dashboard__state--{state.state}">' \
                   f"{STATE_LABELS[state.state]}</span>"
            if state.state == "reviewed":
                cell += f"<br>{escape(state.detail)}"
            if state.state not in ("missing", "nl-only"):
                cell += f"<br>{word_count(docs / locale / name)} woorden"
            cells.append(f"<td>{cell}</td>")
        rows.append(f'<tr><th scope="row"><code>{escape(name)}</code></th>'
                    f"<td>{word_count(docs / default / name)}</td><td>{notes.get(name, 0)}</td>{''.join(cells)}</tr>")
    summary = "".join(
        "<td>" + ", ".join(f"{count} {STATE_LABELS[state]}" for state, count in sorted(totals[locale].items())) + "</td>"
        for locale in others)
    # A region that scrolls sideways must be reachable by keyboard (WCAG 2.1.1).
    return ('<div class="site-corrections site-dashboard" role="region" tabindex="0" '
            'aria-labelledby="site-dashboard-caption"><table>\n'
            '<caption id="site-dashboard-caption">Vertaalstatus per pagina en taal</caption>\n'
            f'<thead><tr><th scope="col">Pagina</th><th scope="col">Woorden (Nederlands)</th>'
            f'<th scope="col">Noten van de redactie</th>{head}</tr></thead>\n'
            f"<tbody>\n{chr(10).join(rows)}\n</tbody>\n"
            f'<tfoot><tr><th scope="row">Totaal</th><td></td><td>{sum(notes.values())}</td>{summary}</tr></tfoot>'
            "</table></div>")


def words(markdown: str) -> str:
    """A sealed text as readers see its words (without its language marks)."""
    return " ".join(re.sub(r"<[^>]+>", " ", markdown).split())


def render_safety(config) -> str:
    """Per language: each sealed safety text, the Dutch source and the back-translation."""
    root = Path(config.config_file_path).parent
    register = load_register(root)
    seals = register.get("seals") or {}
    default = default_locale(config)
    dutch = safety_texts(root, default, sealed_keys(register))
    names = language_names(config)
    parts = []
    for locale in (locale for locale in names if locale != default):  # every language, built or not
        rows = []
        for unit_id, seal in sorted((seals.get(locale) or {}).items()):
            source = dutch[unit_id].text if unit_id in dutch else "—"
            rows.append(f"<tr><th scope=\"row\"><code>{escape(unit_id)}</code></th><td>{escape(words(source))}</td>"
                        f"<td>{escape(str(seal.get('nl', '')))}</td><td lang=\"{locale}\">"
                        f"{escape(words(str(seal.get('text', ''))))}"
                        f"</td><td>{escape(str(seal.get('sealed_by', '')))}, {escape(str(seal.get('sealed_on', '')))}</td></tr>")
        parts.append(
            f'<div class="site-corrections site-dashboard" role="region" tabindex="0" '
            f'aria-labelledby="site-safety-{locale}"><table>\n<caption id="site-safety-{locale}">'
            f'<span lang="{locale}">{escape(names[locale])}</span> ({locale}): veiligheidsregels terugvertaald</caption>\n'
            '<thead><tr><th scope="col">Tekst</th><th scope="col">Nederlandse bron</th>'
            '<th scope="col">Terugvertaling</th><th scope="col">Vertaling</th><th scope="col">Verzegeld door, op</th>'
            f"</tr></thead>\n<tbody>\n{chr(10).join(rows) or NOTHING_SEALED}\n"
            "</tbody></table></div>")
    return "\n\n".join(parts)


# The dashboard is a Dutch-only page, shown the same in every language's build: its
# table is made again only when a file it reads has changed (a rebuild in `mkdocs serve`).
_tables: dict[tuple, str] = {}


def table_of(config) -> str:
    sources = sorted(Path(config.docs_dir).rglob("*.md")) + sorted(Path(config.config_file_path).parent.glob("translations/*.yml"))
    key = (config.docs_dir, tuple((str(path), path.stat().st_mtime_ns) for path in sources))
    if key not in _tables:
        _tables.clear()
        _tables[key] = render_table(config)
    return _tables[key]


def on_page_markdown(markdown, page, config, files):
    if "dashboard:" not in markdown:
        return markdown
    return replace_markers(markdown, page, "dashboard", {"table": lambda: table_of(config),
                                                         "safety": lambda: render_safety(config)})

