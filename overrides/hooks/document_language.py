"""Language metadata of each built document.

- `dir` on <html> as well as <body> (Material sets only <body>), so Arabic pages
  are right-to-left from the root (WCAG 1.3.2, axe).
- No <link rel="alternate" hreflang> in <head>: Material's script fetches
  `<alternate href>/sitemap.xml` for each of them, which 404s for page-level
  alternates (4 failed requests per page). hreflang is given in the per-locale
  sitemaps instead, and only for real translations, never for fallback pages (nor
  for pages with `robots: noindex`).
- "Link to this section" anchors titled in the page's language.
- Names and numbers that must neither break across lines nor turn around in
  right-to-left text (the help phone numbers of extra.help, "Veilig Thuis") are
  isolated left-to-right and kept on one line, wherever a page has them.
- Templates that lay out several languages get `text_direction(locale)`.
- Language switcher links relative, so they work under any sub-path.
- One sitemap.xml per locale root (written when site_url is set: sitemaps need
  absolute addresses).
- One 404.html per locale (every locale build writes the root 404.html, so the last
  locale built would win). A 404 page is served at whatever address was not found, so
  no relative link can know its depth: its links are relative to the site root and its
  `<base href>` says where that is: the path of site_url, else "/", which the server
  replaces with its sub-path (scripts/nginx/brochure.conf); Material's own base follows
  it (assets/javascripts/not-found.js). Its language switcher goes to each locale's
  home page."""

import os
import re
from urllib.parse import urlsplit
from xml.sax.saxutils import escape

from mkdocs.plugins import event_priority, get_plugin_logger

from _i18n import (current_locale, default_locale, is_last_post_build, locale_url_prefix, page_locale,
                   site_string, text_direction)

log = get_plugin_logger("language")

BODY_DIR = re.compile(r'<body dir="(ltr|rtl)"')
HTML_TAG = re.compile(r'<html lang="([^"]+)"')
HEAD_ALTERNATE = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')

# locale -> {page path within the locale: is a real translation}
pages_by_locale: dict[str, dict[str, bool]] = {}


def on_env(env, config, files):
    env.globals["text_direction"] = text_direction  # the one right-to-left rule (_i18n.py)
    return env


def on_config(config):
    if current_locale(config) in (None, default_locale(config)) and not config.plugins["i18n"].building:
        pages_by_locale.clear()


@event_priority(40)  # after static-i18n (50) has set the switcher's links for this page
def on_page_context(context, page, config, nav):
    # static-i18n leaves site-absolute switcher links ("/tr/") on home pages, which
    # break under a sub-path; make them site-relative so `| url` makes them relative.
    site_path = urlsplit(config.site_url or "").path.rstrip("/")
    # static-i18n sets it as an attribute on some pages and as an item on others.
    alternates = getattr(config.extra, "alternate", None) or config.extra.get("alternate", [])
    for alternate in alternates:
        link = alternate["link"]
        if link.startswith(site_path + "/"):
            alternate["link"] = link[len(site_path) + 1:] or "."
    locale = current_locale(config)
    path = page.url
    prefix = "" if locale == default_locale(config) else f"{locale}/"
    path = path[len(prefix):] if path.startswith(prefix) else path
    # In the sitemap: real translations only, and no page that asks search engines to
    # stay away (`robots: noindex`, the editors' dashboard).
    listed = page_locale(page) == locale and "noindex" not in str(page.meta.get("robots", ""))
    pages_by_locale.setdefault(locale, {})[path] = listed
    return context


def with_language_metadata(output: str) -> str:
    match = BODY_DIR.search(output)
    if match:
        output = HTML_TAG.sub(lambda m: f'{m.group(0)} dir="{match.group(1)}"', output, count=1)
    head_end = output.find("</head>")
    head = HEAD_ALTERNATE.sub("", output[:head_end])
    return head + output[head_end:]


UNBROKEN_NAMES = ("Veilig Thuis",)
TAG = re.compile(r"(<[^>]+>)")


def unbroken_pattern(config) -> re.Pattern:
    numbers = [value for key, value in config.extra["help"].items() if key.endswith("_phone") and "-" in value]
    terms = sorted({*UNBROKEN_NAMES, *numbers}, key=len, reverse=True)
    return re.compile("|".join(re.escape(term) for term in terms))


def keep_unbroken(html: str, pattern: re.Pattern) -> str:
    """Wrap each term in the text (never in a tag or attribute) in <bdi dir="ltr">."""
    parts = TAG.split(html)
    for index in range(0, len(parts), 2):  # text between the tags
        parts[index] = pattern.sub(lambda m: f'<bdi dir="ltr" class="site-nowrap">{m.group(0)}</bdi>', parts[index])
    return "".join(parts)


def on_page_content(html, page, config, files):
    return keep_unbroken(html, unbroken_pattern(config))


HEADERLINK = re.compile(r'<a class="headerlink" href="([^"]+)" title="Permanent link">')


def on_post_page(output, page, config):
    # The "link to this section" anchors, named in the page's language.
    label = site_string(config, current_locale(config), "heading.link")
    output = HEADERLINK.sub(
        lambda m: f'<a class="headerlink" href="{m.group(1)}" title="{label}" aria-label="{label}">', output)
    return with_language_metadata(output)


not_found_pages: dict[str, str] = {}


def not_found_base(config) -> str:
    """The <base href> of the 404 pages: the site root's path."""
    return urlsplit(config.site_url or "/").path.rstrip("/") + "/"


def on_template_context(context, template_name, config):
    if template_name != "404.html":
        return context
    context["base_url"] = ""  # links relative to the site root, which <base> names
    alternates = getattr(config.extra, "alternate", None) or config.extra.get("alternate", [])
    for alternate in alternates:  # else left at the last page built, site-absolute
        alternate["link"] = locale_url_prefix(alternate["lang"], config) or "."
    return context


def on_post_template(output, template_name, config):
    if template_name == "404.html":
        output = with_language_metadata(output)
        output = output.replace("<head>", f'<head>\n    <base href="{not_found_base(config)}">', 1)
        not_found_pages[current_locale(config)] = output
    return output


def write_not_found_pages(config):
    default = default_locale(config)
    for locale, output in not_found_pages.items():
        directory = config.site_dir if locale == default else os.path.join(config.site_dir, locale)
        with open(os.path.join(directory, "404.html"), "w", encoding="utf-8") as target:
            target.write(output)


def write_sitemaps(config):
    site_url = config.site_url.rstrip("/") + "/"
    default = default_locale(config)

    def url(locale, path):
        return site_url + ("" if locale == default else f"{locale}/") + path

    for locale, pages in pages_by_locale.items():
        lines = ['<?xml version="1.0" encoding="UTF-8"?>',
                 '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                 'xmlns:xhtml="http://www.w3.org/1999/xhtml">']
        for path, translated in sorted(pages.items()):
            if not translated:
                continue
            lines.append(f"  <url><loc>{escape(url(locale, path))}</loc>")
            for other, other_pages in pages_by_locale.items():
                if other_pages.get(path):
                    lines.append(f'    <xhtml:link rel="alternate" hreflang="{other}" '
                                 f'href="{escape(url(other, path))}"/>')
            lines.append("  </url>")
        lines.append("</urlset>")
        directory = config.site_dir if locale == default else os.path.join(config.site_dir, locale)
        with open(os.path.join(directory, "sitemap.xml"), "w", encoding="utf-8") as target:
            target.write("\n".join(lines) + "\n")


@event_priority(-200)
def on_post_build(config):
    if not is_last_post_build(config):
        return
    write_not_found_pages(config)
    if config.site_url:
        write_sitemaps(config)
    else:
        for name in ("sitemap.xml", "sitemap.xml.gz"):
            path = os.path.join(config.site_dir, name)
            if os.path.exists(path):
                os.remove(path)  # its addresses would start with "None"
        log.info("site_url is not set: no sitemaps written (set SITE_URL to the public address).")
