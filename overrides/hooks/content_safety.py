"""Content cannot run code or make the reader's browser contact another host, in any
language: whatever the Markdown, the term base, the link registry or an editorial note
puts into a page, the build refuses

- <script>, and elements that embed or redirect (iframe, object, embed, style, link,
  base, meta, form);
- event handler attributes (onerror=, onclick=, ...), srcdoc and ping;
- 'javascript:' (and 'vbscript:') addresses anywhere, 'data:' addresses in links;
- an image, audio, video or other embedded resource from another host.

Each error names the file and line the text comes from, and what to do. Links to
other sites stay allowed: the reader follows them (and a translation has the Dutch
page's links, translation_checks.py). The Content-Security-Policy
(security_headers.py) is the second line: it allows only the templates' own scripts."""

import re
from pathlib import Path

import lxml.html
from mkdocs.plugins import event_priority, get_plugin_logger

from _files import read_text
from _i18n import current_locale, default_locale

log = get_plugin_logger("safety")

FORBIDDEN = {"script", "iframe", "frame", "frameset", "object", "embed", "applet", "portal",
             "style", "link", "base", "meta", "form"}
EMBEDDING = {"img", "audio", "video", "source", "track", "picture", "input", "image", "use"}
URL_ATTRIBUTES = ("src", "href", "srcset", "poster", "data", "action", "formaction", "background",
                  "xlink:href", "{http://www.w3.org/1999/xlink}href", "cite")
LINKS = {"a", "area"}
# Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:").
IGNORED = re.compile(r"[\x00-\x20\x7f]+")
SCRIPT_SCHEME = re.compile(r"^(?:javascript|vbscript):", re.I)
OTHER_HOST = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//|\\\\)", re.I)
# Where else a page's text can come from, after its own Markdown.
INCLUDED = ("translations/termbase.yml", "translations/external-links.yml", "translations/editorial-notes.yml")

_reported: set[str] = set()


def problems_in(html: str) -> list[tuple[str, str]]:
    """(what to look for in the source, message without file and line)."""
    found = []
    if not html:
        return found
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.lower()
        if tag in FORBIDDEN:
            if tag == "script":
                found.append(("<script", "a <script> in the content — pages cannot run code: remove it "
                              "(features that need JavaScript are built into the templates)."))
            else:
                found.append((f"<{tag}", f"<{tag}> in the content — pages cannot embed frames, objects, "
                              "styles or forms, nor load or redirect elsewhere: remove it."))
        for attribute, value in element.attrib.items():
            name = attribute.lower()
            if name.startswith("on"):
                found.append((name, f"an event handler attribute '{name}' on <{tag}> — pages cannot run "
                              "code: remove the attribute."))
                continue
            if name in ("srcdoc", "ping"):
                found.append((name, f"a '{name}' attribute on <{tag}> — not allowed in pages: remove it."))
                continue
            if name == "style" and "url(" in value.lower():
                found.append(("url(", f"a style attribute on <{tag}> that loads 'url(...)' — pages load "
                              "nothing from styles: remove it."))
                continue
            if name not in URL_ATTRIBUTES:
                continue
            address = IGNORED.sub("", value)
            if SCRIPT_SCHEME.match(address):
                found.append((value.strip()[:30] or name, f"a '{address.split(':', 1)[0].lower()}:' address in "
                              f"{name}= of <{tag}> — pages cannot run code: link to a page (file.md) or a "
                              "web address instead."))
            elif tag in LINKS and name == "href" and address.lower().startswith("data:"):
                found.append((value.strip()[:30], f"a 'data:' address in a link — link to a page of the site "
                              "(file.md) or a web address instead."))
            elif tag in EMBEDDING and OTHER_HOST.match(address) and not address.lower().startswith("data:"):
                shown = value.strip()
                found.append((shown[:60], f"<{tag}> loads '{shown}' from another host — the site loads "
                              "nothing from elsewhere (readers' privacy, offline use): put the file in the "
                              "site and refer to it by a relative path, or make it a link."))
    return found


def locate(needle: str, sources: list[tuple[str, Path]]) -> str:
    """'file:line' of the first source line holding needle (case-insensitively)."""
    needle = needle.casefold()
    for where, path in sources:
        if not path.exists():
            continue
        for number, line in enumerate(read_text(path, where).splitlines(), 1):
            if needle in line.casefold():
                return f"{where}:{number}"
    where, _ = sources[0]
    return f"{where}:1"


def on_pre_build(config):
    if current_locale(config) == default_locale(config):
        _reported.clear()


@event_priority(-100)  # after every hook that adds to the content
def on_page_content(html, page, config, files):
    root = Path(config.config_file_path).parent
    sources = [(f"docs/{page.file.src_uri}", Path(page.file.abs_src_path))]
    sources += [(name, root / name) for name in INCLUDED]
    for needle, message in problems_in(html):
        error = f"{locate(needle, sources)}: {message}"
        if error not in _reported:  # a Dutch page is also shown where a translation is missing
            _reported.add(error)
            log.error(error)
    return html
