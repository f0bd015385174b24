"""The one-page handouts for parents (mkdocs.yml extra.handouts, read by _handouts.py):
one hook gives every handout the same treatment.

- Each handout page and its bilingual pages are marked as handouts (page.meta.handout:
  the templates' downloads, box, foot of the sheet, no side-by-side form), kept out of
  the print view; the bilingual pages are not in the menu and not in search (they
  repeat two pages), and show their translated half's review state (`translation_of`).
- `<!-- handout:bilingual -->` on a bilingual page becomes the Dutch handout and the
  locale's handout side by side, one row per section (aligned by heading id), each
  column with its own lang and dir, Dutch on the left.
- In the menu (and the page's title, previous/next links, search results) a handout is
  named by its short name, or by `menu_title` in its front matter where that name would
  take two lines in the sidebar (a longer menu pushes its first links out of view on a
  1280 x 720 screen). A bilingual page's
  title (the PDF's title) is the handout's title in both languages, and its help block
  is in both (`help_also_in`, partials/help.html).
- Every page's template gets `handouts`: each handout's names, kind and files, the names
  in the built language, for the box and the downloads.
- With site_url set, each handout page gets a QR code (segno, made offline) of its
  own address, printed at the sheet's foot and shown full screen on a phone
  (partials/handout-share.html); without it the QR code is left out and the build says so once.
An unknown handout marker is an error."""

import re
from html import escape
from pathlib import Path

import segno
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import InclusionLevel

import _site_strings
from _handouts import find, handouts, plain, short_name, title
from _i18n import current_locale, default_locale, page_locale, text_direction
from _markdown import PAGE_TITLE
from _markers import replace_markers
from _translation import FRONT_MATTER

log = get_plugin_logger("handouts")

SECTION = re.compile(r"^## .*?\{ #([a-z0-9-]+) \}\s*$", re.M)

said_no_qr = False
listed = []  # the Handouts of extra.handouts


def on_config(config):
    global listed
    listed = handouts(config.extra, Path(config.docs_dir), default_locale(config))
    return config


def page_name(page_or_file) -> str:
    return page_or_file.src_uri.split("/", 1)[-1]


def on_files(files, config):
    for file in files.documentation_pages():
        found = find(listed, page_name(file))
        if found and found[1]:
            file.inclusion = InclusionLevel.NOT_IN_NAV  # linked from the box, not the menu
    return files


def sections(markdown: str) -> tuple[str, dict[str, str]]:
    """(h1 text, {section id: section markdown}) of a handout source."""
    body = FRONT_MATTER.sub("", markdown)
    heading = PAGE_TITLE.search(body).group(1)
    starts = list(SECTION.finditer(body))
    parts = {}
    for match, following in zip(starts, starts[1:] + [None]):
        parts[match.group(1)] = body[match.start():following.start() if following else len(body)].strip()
    return heading, parts


def column(locale: str, markdown: str, id_suffix: str) -> str:
    direction = text_direction(locale)
    # Both columns show the same headings: the Dutch copies get their own ids.
    markdown = re.sub(r"\{ #([a-z0-9-]+) \}", lambda m: f"{{ #{m.group(1)}{id_suffix} }}", markdown)
    return f'<div class="handout-col" lang="{locale}" dir="{direction}" markdown>\n\n{markdown}\n\n</div>'


def render_bilingual(page, config) -> str:
    locale = page_locale(page)
    found = find(listed, page_name(page.file))
    if not found or not found[1]:
        raise ValueError(f"docs/{page.file.src_uri}:1: 'handout:bilingual' belongs on a bilingual handout page "
                         "(<handout>-tweetalig.md of a handout in mkdocs.yml extra.handouts).")
    handout = found[0]
    docs = Path(config.docs_dir)
    dutch_title, dutch = sections((docs / default_locale(config) / handout.page).read_text(encoding="utf-8"))
    source = docs / locale / handout.page
    if not source.exists():
        raise ValueError(f"docs/{page.file.src_uri}:1: needs docs/{locale}/{handout.page}; "
                         "translate the handout first, or delete the bilingual page.")
    translated_title, translated = sections(source.read_text(encoding="utf-8"))
    if list(dutch) != list(translated):
        raise ValueError(f"docs/{locale}/{handout.page}: sections {list(translated)} differ from Dutch {list(dutch)}")
    rows = [f'<div class="handout-row" markdown>\n{column("nl", f"**{dutch_title}**", "-nl")}\n'
            f'{column(locale, f"**{translated_title}**", "")}\n</div>']
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


def names(config, handout) -> dict:
    """The handout's title and short name in the built language."""
    full = title(Path(config.docs_dir), current_locale(config), default_locale(config), handout.page)
    return {"title": full, "name": short_name(full)}


def on_page_markdown(markdown, page, config, files):
    found = find(listed, page_name(page.file))
    if found:
        handout, bilingual = found
        page.meta.update(handout=handout.stem, handout_kind=handout.kind, print_view=False)
        if bilingual:
            page.meta["translation_of"] = handout.page
            page.meta["search"] = {**page.meta.get("search", {}), "exclude": True}
            docs, default = Path(config.docs_dir), default_locale(config)
            page.meta["title"] = " / ".join(plain(title(docs, locale, default, handout.page))
                                            for locale in (page_locale(page), default))
        else:  # its menu entry: one line in the sidebar, where the name is long
            page.meta["title"] = page.meta.get("menu_title") or names(config, handout)["name"]
    if "handout:" not in markdown:
        return markdown
    renderers = {key: (lambda render=render: render(page, config)) for key, render in RENDERERS.items()}
    return replace_markers(markdown, page, "handout", renderers)


def on_page_context(context, page, config, nav):
    default = default_locale(config)
    found = find(listed, page_name(page.file))
    if found and found[1]:  # a bilingual page: the help block in Dutch, too
        context["help_also_in"] = {"locale": default, "direction": text_direction(default),
                                   "strings": _site_strings.load(default, Path(config.config_file_path).parent)}
    context["handouts"] = [
        {"page": h.page, "stem": h.stem, "bilingual": h.bilingual_stem, "kind": h.kind,
         "safety_first": h.safety_first, "pdf": h.stem + "-", "bilingual_pdf": f"{h.stem}-{default}-",
         **names(config, h)}
        for h in listed]
    return context


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
