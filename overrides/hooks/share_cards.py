"""What a link to a page shows where it is shared (chat apps, social sites, search):
`<meta name="description">`, Open Graph and Twitter card tags, in the page's language.

- The description is the page's front matter `description:`, else its first paragraph
  (shortened to DESCRIPTION_LENGTH characters at a word), else (a page of tables or
  lists) its title: every language has its own.
- og:title is the page's title (its h1); on a language's home page the site name alone (Material
  names only the root home page so: the translated home pages got "name - name").
- og:locale is the language's (extra.share.og_locales in mkdocs.yml), the other
  languages og:locale:alternate.
- og:url and og:image need absolute addresses: only with site_url set. The image
  (share_images.py) is drawn in the full build; without it (SITE_PDF=0, --html-only)
  pages carry no og:image and a "summary" card, never a link to a missing file.
partials/share-card.html writes the tags (main.html's extrahead block)."""

import html
import re
from html.parser import HTMLParser

from mkdocs.exceptions import PluginError

from _downloads import downloads_mode
from _i18n import current_locale, default_locale, locale_url_prefix, site_locales
from _share import SHARE_IMAGE_SIZE, share_image_path

DESCRIPTION_LENGTH = 200
H1 = re.compile(r"<h1[^>]*>(.*?)</h1>", re.S)
HEADERLINK = re.compile(r'<a class="headerlink".*?</a>', re.S)
images_drawn = True


class FirstParagraph(HTMLParser):
    """The text of the first <p> at the top level of a page's content (the lead under
    its title), else of the first <p> outside callouts, notes and navigation."""
    SKIP = {"aside", "nav", "details", "blockquote", "figure"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.top, self.nested, self.current = [], None, None, None

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "img", "hr", "input", "meta", "link", "wbr"):
            return
        classes = dict(attrs).get("class") or ""
        skipped = tag in self.SKIP or "admonition" in classes or "editorial-note" in classes
        self.stack.append((tag, skipped))
        if tag == "p" and self.current is None and not any(skip for _, skip in self.stack):
            self.current = (len(self.stack), [])

    def handle_endtag(self, tag):
        if not self.stack or tag in ("br", "img", "hr", "input", "meta", "link", "wbr"):
            return
        while self.stack and self.stack[-1][0] != tag:
            self.stack.pop()
        if self.current and len(self.stack) == self.current[0] and tag == "p":
            text = " ".join("".join(self.current[1]).split())
            if text:
                if self.current[0] == 1 and self.top is None:
                    self.top = text
                elif self.nested is None:
                    self.nested = text
            self.current = None
        if self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if self.current is not None:
            self.current[1].append(data)


def first_paragraph(content: str) -> str:
    parser = FirstParagraph()
    parser.feed(content)
    return parser.top or parser.nested or ""


def shortened(text: str, length: int = DESCRIPTION_LENGTH) -> str:
    if len(text) <= length:
        return text
    cut = text[:length - 1]
    cut = cut[:cut.rfind(" ")] if " " in cut else cut
    return cut.rstrip(" ,;:–-") + "…"


def og_locales(config) -> dict[str, str]:
    locales = config.extra.get("share", {}).get("og_locales", {})
    missing = [locale for locale in site_locales(config) if locale not in locales]
    if missing:
        raise PluginError(f"mkdocs.yml: extra.share.og_locales has no entry for {', '.join(missing)}; "
                          "add its Open Graph locale (language_TERRITORY, e.g. tr_TR).")
    return locales


def on_startup(command, dirty):
    global images_drawn
    images_drawn = downloads_mode(command) != "none"


def is_home(page, config) -> bool:
    return page.url in ("", locale_url_prefix(current_locale(config), config))


def on_page_context(context, page, config, nav):
    locale = current_locale(config)
    locales = og_locales(config)
    if page.meta.get("description"):
        description = " ".join(str(page.meta["description"]).split())
    else:
        description = shortened(first_paragraph(page.content or ""))
    home = is_home(page, config)
    # The page's own title (on a handout the parents' title, not the menu's "Handout for parents").
    h1 = H1.search(page.content or "")
    title = config.site_name if home else html.unescape(
        re.sub(r"<[^>]+>", "", HEADERLINK.sub("", h1.group(1)) if h1 else page.title or config.site_name)).strip()
    # A page without a paragraph (a table, a list) is described by its title.
    # Material writes page.meta.description into <meta name="description"> unescaped.
    page.meta["description"] = html.escape(description or title, quote=True)
    card = {
        "home": home,
        "title": html.escape(title, quote=True),
        "locale": locales[locale],
        "alternates": [locales[other] for other in site_locales(config) if other != locale],
        "url": page.canonical_url if config.site_url else None,
        "image": None,
    }
    if config.site_url and images_drawn:
        root = config.site_url.rstrip("/") + "/"
        card["image"] = root + share_image_path(locale)
        card["image_size"] = SHARE_IMAGE_SIZE
    context["share_card"] = card
    return context
