"""Editorial notes ("Noot van de redactie") next to the passage they are about.

Where the brochure is wrong or lacks something (translations/editorial-notes.yml),
the note is inserted after the paragraph, list item or glossary definition that holds
its `after` string (or after the section's first paragraph), as a visibly distinct
`<aside class="editorial-note" role="note">` in the page's language, never inside the
brochure's sentences. Pages are rendered before the print view collects them, so the
notes are in the print view and the PDFs too. A note whose page, section, passage or
text in a language is missing fails the build with the file and line."""

import re

from mkdocs.plugins import get_plugin_logger

from _editorial_notes import NOTES_FILE, load_notes
from _link_registry import REGISTRY, load_registry
from _i18n import current_locale, default_locale, page_locale, site_locales, site_string

log = get_plugin_logger("notes")

BLOCK_END = re.compile(r"</p>|</li>|</dd>")


def on_pre_build(config):
    if current_locale(config) != default_locale(config):
        return  # static-i18n builds once per locale: report the file's problems once
    notes, problems = load_notes(config, site_locales(config))
    for problem in problems + outdated_link_notes(notes, load_registry(config)):
        log.error(problem)


def outdated_link_notes(notes, registry: dict) -> list[str]:
    """A note that says a link has no address ('url null'), once the link has one."""
    problems = []
    for note in notes:
        key = (note.after or "")[5:] if (note.after or "").startswith("link:") else None
        entry = registry.get(key) if key else None
        if isinstance(entry, dict) and entry.get("url") and "url null" in note.rests_on:
            problems.append(
                f"{NOTES_FILE}:{note.line}: note '{note.id}' says the link '{key}' has no address, but "
                f"{REGISTRY}:{getattr(registry, 'key_lines', {}).get(key, 1)} gives it one now — rewrite the note and its rests_on to say "
                "where the address comes from (as note 'adres-movisie' does), or remove the note.")
    return problems


def section_bounds(html: str, section: str) -> tuple[int, int] | None:
    """From the end of the element with id `section` to the next heading of the same or
    a higher level (or, for a glossary term, the next term)."""
    start = re.search(rf'<(h([1-6])|dt)\b[^>]*\bid="{re.escape(section)}"[^>]*>', html)
    if start is None:
        return None
    tag, level = start.group(1), start.group(2)
    body = html.find(f"</{tag}>", start.end()) + len(f"</{tag}>")
    stop = re.compile(r"<dt\b|</dl>") if tag == "dt" else re.compile(rf"<h[1-{level}]\b")
    end = stop.search(html, body)
    return body, end.start() if end else len(html)


def passage_pattern(after: str) -> re.Pattern:
    """`link:KEY`: a brochure link (link_registry.py); `page.md`: a link to that page
    (built as `page/`, or `page.html` in the offline copy); else the text itself."""
    if after.startswith("link:"):
        return re.compile(re.escape(f'data-link-key="{after[5:]}"'))
    if after.endswith(".md"):
        return re.compile(rf'href="(?:\.\./)*{re.escape(after[:-3])}(?:/|\.html|/index\.html)?[#"]')
    return re.compile(re.escape(after))


def insertion_point(html: str, bounds: tuple[int, int], after: str | None) -> int | None:
    body, end = bounds
    if after:
        match = passage_pattern(after).search(html, body, end)
        if match is None:
            return None
        close = BLOCK_END.search(html, match.end(), end)
        if close is None:
            return None
        # After a paragraph; inside the list item or definition, at its end.
        return close.end() if close.group() == "</p>" else close.start()
    close = html.find("</p>", body, end)
    return close + len("</p>") if close >= 0 else body


def render(note, locale: str, page_lang: str, config) -> str:
    lang = "" if locale == page_lang else f' lang="{locale}"'
    label = site_string(config, locale, "note.label")
    return (f'<aside class="editorial-note" role="note" id="noot-{note.id}"{lang}>'
            f'<p><strong class="editorial-note__label">{label}:</strong> {note.text[locale]}</p></aside>')


def on_page_content(html, page, config, files):
    name = page.file.src_uri.split("/", 1)[-1]
    notes = [note for note in load_notes(config, site_locales(config))[0] if note.page == name]
    if not notes:
        return html
    page_lang = page_locale(page) or default_locale(config)
    locale = page_lang if page_lang in notes[0].text else default_locale(config)
    for note in notes:
        if locale not in note.text:
            continue  # reported once by on_pre_build
        where = f"{NOTES_FILE}:{note.line}: note '{note.id}'"
        bounds = section_bounds(html, note.section)
        if bounds is None:
            log.error(f"{where}: docs/{page.file.src_uri} has no section '#{note.section}'. "
                      "Use a heading id of that page (or term-<id> for a glossary term).")
            continue
        point = insertion_point(html, bounds, note.after)
        if point is None:
            log.error(f"{where}: '{note.after}' is not in section '#{note.section}' of docs/{page.file.src_uri}. "
                      "Use a string that the passage holds in every language (a number, 'link:KEY', or "
                      "'page.md' for a link to that page), or leave 'after' out.")
            continue
        html = html[:point] + render(note, locale, page_lang, config) + html[point:]
    return html
