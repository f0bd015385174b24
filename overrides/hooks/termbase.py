"""Render the multilingual term base (translations/termbase.yml) where a page has a
marker: `<!-- termbase:glossary -->` (the page language's glossary) or
`<!-- termbase:table -->` (all languages side by side). An unknown marker is an error."""

import functools
import os
import re

import yaml

from _i18n import build_locales, default_locale, language_names, page_locale, text_direction
from _markers import replace_markers

TERMBASE = "translations/termbase.yml"


def load_terms(config) -> list[dict]:
    path = os.path.join(os.path.dirname(config.config_file_path), TERMBASE)
    return _terms(path, os.path.getmtime(path))


@functools.lru_cache(maxsize=None)
def _terms(path: str, mtime: float) -> list[dict]:
    """Parsed once per version of the file (mtime is the cache key): YAML is slow."""
    with open(path, encoding="utf-8") as source:
        return yaml.load(source, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))["terms"]


def entry_for(term: dict, locale: str, fallback: str) -> tuple[dict, str]:
    """The term's text in `locale`, or in the default locale if not translated yet."""
    if locale in term:
        return term[locale], locale
    return term[fallback], fallback


def render_glossary(terms, locale, config) -> str:
    fallback = default_locale(config)
    rows = []
    for term in terms:
        text, text_locale = entry_for(term, locale, fallback)
        lang = f' lang="{text_locale}"' if text_locale != locale else ""
        sort_key = re.sub(r"<[^>]+>", "", text["term"]).casefold()
        rows.append((sort_key, term, text, lang))
    # Each term is its own search result (search_glossary.py), not part of the page's.
    out = ['<dl class="site-glossary" data-search-exclude markdown>']
    for _, term, text, lang in sorted(rows, key=lambda row: row[0]):
        # The term links to where the brochure explains it.
        out.append(f'<dt id="term-{term["id"]}" markdown{lang}>[{text["term"]}]({term["see"]})</dt>')
        out.append(f'<dd markdown{lang}>\n{text["definition"].strip()}\n</dd>')
    out.append("</dl>")
    return "\n".join(out)


def render_table(terms, locale, config) -> str:
    """Every term in every language, side by side (stacked per term on phones)."""
    locales = build_locales(config)
    names = language_names(config)
    head = "".join(f'<th scope="col" lang="{code}">{names[code]}</th>' for code in locales)
    body = []
    for term in terms:
        cells = []
        for code in locales:
            text = term.get(code)
            direction = text_direction(code)
            label = f'<span class="site-termtable__label" lang="{code}">{names[code]}</span>'
            if text is None:
                cells.append(f"<td>{label}–</td>")
                continue
            # Term base entries are this project's own reviewed HTML (bdi/span lang).
            cells.append(
                f'<td lang="{code}" dir="{direction}">{label}<strong>{text["term"]}</strong><br>'
                f'{text["definition"].strip()}</td>'
            )
        body.append(f'<tr id="table-{term["id"]}">{"".join(cells)}</tr>')
    return (
        '<div class="site-termtable"><table>\n'
        f"<thead><tr>{head}</tr></thead>\n<tbody>\n" + "\n".join(body) + "\n</tbody></table></div>"
    )


RENDERERS = {"glossary": render_glossary, "table": render_table}


def on_page_markdown(markdown, page, config, files):
    if "termbase:" not in markdown:
        return markdown
    terms = load_terms(config)
    locale = page_locale(page) or default_locale(config)
    renderers = {key: (lambda render=render: render(terms, locale, config)) for key, render in RENDERERS.items()}
    return replace_markers(markdown, page, "termbase", renderers)
