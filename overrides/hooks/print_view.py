"""The whole-brochure print view, per locale: the page whose Markdown holds
`<!-- print:chapters -->` gets every other page of its locale, in nav order, with
links between chapters turned into links within the print page. A page with
`print_view: false` in its front matter is left out.
(mkdocs-print-site-plugin only does the default locale: its issue #70.)"""

import re

from mkdocs.plugins import event_priority, get_plugin_logger

from _build_info import build_date
from _i18n import current_locale, page_locale

log = get_plugin_logger("print")

MARKER = "<!-- print:chapters -->"
HREF = re.compile(r'href="((?:\.\./)+|\./)?([a-z0-9-]+/)?(#[^"]*)?"')
H1_ID = re.compile(r'<h1 id="([^"]+)"')


def is_print_page(page) -> bool:
    return MARKER in (page.markdown or "")


def chapter_links_to_anchors(html: str, chapter_ids: dict[str, str]) -> str:
    """`../gevolgen/#x` -> `#x`; `../gevolgen/` -> `#gevolgen` (the chapter's h1 id)."""
    def rewrite(match):
        up, slug, anchor = match.groups()
        slug = (slug or "").rstrip("/")
        if anchor:
            return f'href="{anchor}"'
        if (up or slug) and slug in chapter_ids:
            return f'href="#{chapter_ids[slug]}"'
        return match.group(0)

    return HREF.sub(rewrite, html)


@event_priority(-50)
def on_page_context(context, page, config, nav):
    if not is_print_page(page):
        return context
    locale = current_locale(config)
    chapters = [p for p in nav.pages
                if p is not page and not is_print_page(p) and p.meta.get("print_view", True)]
    chapter_ids = {}
    for chapter in chapters:
        match = H1_ID.search(chapter.content or "")
        if match:
            chapter_ids[slug_of(chapter)] = match.group(1)
            if chapter.is_homepage:
                chapter_ids[""] = match.group(1)
    sections = []
    for chapter in chapters:
        body = chapter_links_to_anchors(chapter.content or "", chapter_ids)
        lang = page_locale(chapter)
        lang_attr = f' lang="{lang}" dir="ltr"' if lang != locale else ""
        sections.append(f'<section class="print-chapter"{lang_attr}>\n{body}\n</section>')
    page.content = page.content.replace(f"<p>{MARKER}</p>", "").replace(MARKER, "")
    page.content += "\n".join(sections)
    # For the cover and table of contents (partials/print-cover.html).
    page.meta["print_chapters"] = [(chapter_ids.get(slug_of(c)), c.title) for c in chapters]
    page.meta["print_date"] = build_date().isoformat()
    return context


def slug_of(page) -> str:
    if page.is_homepage:
        return ""
    url = page.url.rstrip("/")
    return url.rsplit("/", 1)[-1] if "/" in url else url

