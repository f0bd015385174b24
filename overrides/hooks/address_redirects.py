"""One address for a page, whichever copy it was copied from. The online site has
directory addresses (`wettelijk-kader/`), the offline copy file addresses
(`wettelijk-kader.html`: Material's offline plugin). Each build writes small redirect
pages for the other form, in every language:

- online: `wettelijk-kader.html` -> `wettelijk-kader/`;
- offline copy: `wettelijk-kader/index.html` -> `../wettelijk-kader.html`.

A redirect page names the page (its title) as a plain link, refreshes to it without
JavaScript, and with JavaScript (assets/javascripts/redirect.js, a file: the
Content-Security-Policy allows no inline script) keeps the section (#id) of the
address, which a refresh drops. So an intranet editor may copy an address from either
copy (docs/nl/intranet.md says which form to prefer)."""

import html
import os
import re

from mkdocs.plugins import event_priority, get_plugin_logger

from _i18n import default_locale, is_last_post_build, site_locales, text_direction

log = get_plugin_logger("redirects")

TITLE = re.compile(r"<title>(.*?)</title>", re.S)
SCRIPT = "assets/javascripts/redirect.js"


def redirect_page(target: str, title: str, locale: str, depth: int, icon: str) -> str:
    """The page; icon: the site's (else browsers ask the server root for /favicon.ico)."""
    up = "../" * depth
    target = html.escape(target, quote=True)
    return f"""<!doctype html>
<html lang="{locale}" dir="{text_direction(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex">
<title>{title}</title>
<link rel="icon" href="{up}{icon}">
<script src="{up}{SCRIPT}" data-target="{target}"></script>
<noscript><meta http-equiv="refresh" content="0; url={target}"></noscript>
</head>
<body>
<p><a href="{target}">{title}</a></p>
</body>
</html>
"""


def page_title(path: str) -> str:
    with open(path, encoding="utf-8") as page:
        match = TITLE.search(page.read())
    return match.group(1).strip() if match else ""


def locale_dirs(config):
    default = default_locale(config)
    for locale in site_locales(config):
        yield locale, config.site_dir if locale == default else os.path.join(config.site_dir, locale)


def write_redirects(config) -> int:
    count = 0
    locales = set(site_locales(config))
    for locale, root in locale_dirs(config):
        for name in sorted(os.listdir(root)):
            path = os.path.join(root, name)
            depth = 0 if root == config.site_dir else 1
            if config.use_directory_urls:
                # online: name/index.html is a page; name.html goes there
                page = os.path.join(path, "index.html")
                source = path + ".html"
                if name in locales or not os.path.isfile(page) or os.path.exists(source):
                    continue
                content = redirect_page(f"{name}/", page_title(page), locale, depth, config.theme["favicon"])
            else:
                # offline copy: name.html is a page; name/index.html goes there
                stem, extension = os.path.splitext(name)
                source = os.path.join(root, stem, "index.html")
                if extension != ".html" or stem in ("index", "404") or os.path.exists(source):
                    continue
                os.makedirs(os.path.dirname(source), exist_ok=True)
                content = redirect_page(f"../{name}", page_title(path), locale, depth + 1, config.theme["favicon"])
            with open(source, "w", encoding="utf-8") as out:
                out.write(content)
            count += 1
    return count


@event_priority(-260)  # after the 404 pages and the security headers (-250); before PDFs and the copy
def on_post_build(config):
    if not is_last_post_build(config):
        return
    count = write_redirects(config)
    form = "name/ -> name.html" if not config.use_directory_urls else "name.html -> name/"
    log.debug(f"{count} redirect pages ({form})")
