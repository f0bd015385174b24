"""The one-page handouts for parents (pages with `handout: true` in front matter).

- `<!-- handout:bilingual -->` on docs/<locale>/handout-tweetalig.md becomes the
  Dutch handout and the locale's handout side by side, one row per section (aligned
  by heading id), each column with its own lang and dir, Dutch on the left.
- With site_url set, each handout page gets a QR code (segno, made offline) of its
  own address, printed at the sheet's foot and shown full screen on a phone
  (partials/handout-share.html); without it the QR code is left out and the build says so once.
- A handout page in the nav (handout.md) is titled there by the interface string
  `handout.heading` ("Handout voor ouders"), in the built language.
An unknown handout marker is an error."""

import re
from html import escape
from pathlib import Path

import segno
from mkdocs.plugins import get_plugin_logger

from _i18n import current_locale, default_locale, page_locale, site_string, text_direction
from _markdown import PAGE_TITLE
from _markers import replace_markers
from _translation import FRONT_MATTER

log = get_plugin_logger("handouts")

SECTION = re.compile(r"^## .*?\{ #([a-z0-9-]+) \}\s*$", re.M)

said_no_qr = False
in_nav: set[str] = set()  # src_uri of the pages in this locale's nav


def sections(markdown: str) -> tuple[str, dict[str, str]]:
    """(h1 text, {section id: section markdown}) of a handout source."""
    body = FRONT_MATTER.sub("", markdown)
    title = PAGE_TITLE.search(body).group(1)
    starts = list(SECTION.finditer(body))
    parts = {}
    for match, following in zip(starts, starts[1:] + [None]):
        parts[match.group(1)] = body[match.start():following.start() if following else len(body)].strip()
    return title, parts


def column(locale: str, markdown: str, id_suffix: str) -> str:
    direction = text_direction(locale)
    # Both columns show the same headings: the Dutch copies get their own ids.
    markdown = re.sub(r"\{ #([a-z0-9-]+) \}", lambda m: f"{{ #{m.group(1)}{id_suffix} }}", markdown)
    return f'<div class="handout-col" lang="{locale}" dir="{direction}" markdown>\n\n{markdown}\n\n</div>'


def render_bilingual(locale: str, config) -> str:
    docs = Path(config.docs_dir)
    dutch_title, dutch = sections((docs / default_locale(config) / "handout.md").read_text(encoding="utf-8"))
    source = docs / locale / "handout.md"
    if not source.exists():
        raise ValueError(f"docs/{locale}/handout-tweetalig.md:1: needs docs/{locale}/handout.md; "
                         "translate the handout first, or delete the bilingual page.")
    title, translated = sections(source.read_text(encoding="utf-8"))
    if list(dutch) != list(translated):
        raise ValueError(f"docs/{locale}/handout.md: sections {list(translated)} differ from Dutch {list(dutch)}")
    rows = [f'<div class="handout-row" markdown>\n{column("nl", f"**{dutch_title}**", "-nl")}\n'
            f'{column(locale, f"**{title}**", "")}\n</div>']
    for section_id in dutch:
        rows.append(f'<div class="handout-row" markdown>\n{column("nl", dutch[section_id], "-nl")}\n'
                    f'{column(locale, translated[section_id], "")}\n</div>')
    return '<div class="handout-pair" dir="ltr" markdown>\n' + "\n".join(rows) + "\n</div>"


RENDERERS = {"bilingual": render_bilingual}


def qr_svg(code, address: str, **size) -> str:
    """The QR code as inline SVG: an image named by its address (for screen readers, and
    the PDF's /Alt, which Chromium takes from it)."""
    svg = code.svg_inline(title=address, **size)
    return svg.replace("<svg ", f'<svg role="img" aria-label="{escape(address, quote=True)}" ', 1)


def on_nav(nav, config, files):
    global in_nav
    in_nav = {page.file.src_uri for page in nav.pages}
    return nav


def on_page_markdown(markdown, page, config, files):
    if page.meta.get("handout") and page.file.src_uri in in_nav:
        # In the menu (and the page's title, previous/next links, search results) the
        # handout is what it is to a worker: the parents' title is its h1.
        page.meta["title"] = site_string(config, current_locale(config), "handout.heading")
    if "handout:" not in markdown:
        return markdown
    renderers = {key: (lambda render=render: render(page_locale(page), config)) for key, render in RENDERERS.items()}
    return replace_markers(markdown, page, "handout", renderers)


def on_page_content(html, page, config, files):
    global said_no_qr
    if not page.meta.get("handout"):
        return html
    if not config.site_url:
        if not said_no_qr:
            log.info("site_url is not set: handouts have no QR code (set SITE_URL to add them).")
            said_no_qr = True
        return html
    address = config.site_url.rstrip("/") + "/" + page.url
    code = segno.make(address, error="m")
    page.meta["qr_svg"] = qr_svg(code, address, scale=2)  # printed at the sheet's foot
    page.meta["qr_svg_large"] = qr_svg(code, address, omitsize=True)  # full screen (handout-share.html)
    page.meta["qr_address"] = address
    return html
