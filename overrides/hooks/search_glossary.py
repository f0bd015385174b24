"""Each glossary term its own search result: Material's search makes one entry per
heading, so the whole glossary (a <dl> of some twenty terms, termbase.py) was one
entry of nearly 5,000 characters, and a query for one term showed all of them. Here
every term of a `<dl class="site-glossary">` becomes a section of its page in the
index: its own title, text (the definition) and anchor (the <dt>'s id). The <dl>
itself carries data-search-exclude, so the page's own entry keeps only its opening."""

import json
import os

from lxml import html as lxml_html
from material.plugins.search.plugin import Parser
from mkdocs.plugins import event_priority

from _i18n import is_last_post_build

GLOSSARY = "site-glossary"
# A term's definition quotes the chapter that explains it: the chapter ranks first.
TERM_BOOST = 0.3
# page URL -> the index entries of its terms; filled per page, per locale
TERM_ENTRIES: dict[str, list[dict]] = {}


def term_entries(html: str, url: str) -> list[dict]:
    """Material's own parser reads each term as a heading with its definition below."""
    tree = lxml_html.fragment_fromstring(html, create_parent="div")
    sections = []
    for term in tree.xpath(f'//dl[contains(concat(" ", @class, " "), " {GLOSSARY} ")]/dt[@id]'):
        definition = term.getnext()
        body = lxml_html.tostring(definition, encoding="unicode") if definition is not None else ""
        sections.append(f'<h2 id="{term.get("id")}">{lxml_html.tostring(term, encoding="unicode", method="text")}</h2>{body}')
    parser = Parser()
    parser.feed("<h1>-</h1>" + "".join(sections))  # terms are sections below the page's title
    parser.close()
    return [{"location": f"{url}#{section.id}", "title": "".join(section.title).strip(),
             "text": "".join(section.text).strip(), "boost": TERM_BOOST}
            for section in parser.data if section.id]


def on_page_content(html, page, config, files):
    if f'class="{GLOSSARY}"' in html and not (page.meta.get("search") or {}).get("exclude"):
        TERM_ENTRIES[page.url] = term_entries(html, page.url)
    return html


@event_priority(-150)  # after Material wrote the merged index, before search_per_locale.py splits it (-200)
def on_post_build(config):
    if not is_last_post_build(config) or not TERM_ENTRIES:
        return
    path = os.path.join(config.site_dir, "search", "search_index.json")
    with open(path, encoding="utf-8") as source:
        index = json.load(source)
    docs = index["docs"]
    for url, entries in TERM_ENTRIES.items():
        own = [i for i, doc in enumerate(docs) if doc["location"].split("#")[0] == url]
        if own:  # after the page's entry and its sections: Material wants the page first
            docs[own[-1] + 1:own[-1] + 1] = entries
    with open(path, "w", encoding="utf-8") as target:
        json.dump(index, target, ensure_ascii=False, separators=(",", ":"))
