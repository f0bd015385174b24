"""Author-facing checks, each error naming file and line and what to do:
every heading has an explicit id, internal links and anchors resolve, every page
is in the navigation. Errors fail the strict build."""

import hashlib
import os
import posixpath
import re
from urllib.parse import urlsplit

from mkdocs.plugins import get_plugin_logger

from _i18n import current_locale, default_locale

log = get_plugin_logger("authoring")

FENCE = re.compile(r"^\s*(```|~~~)")
HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*$")
EXPLICIT_ID = re.compile(r"\{\s*(?:[^}]*\s)?#([A-Za-z0-9][A-Za-z0-9_-]*)(?:\s[^}]*)?\}\s*$")
ASCII_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
HTML_ID = re.compile(r"""\sid=["']([^"']+)["']""")
MD_LINK = re.compile(r"(?<!!)\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")

_checked: set[str] = set()
_ids_cache: dict[str, tuple[float, set[str]]] = {}


def markdown_lines(text: str):
    """(line number, line) outside front matter and fenced code blocks."""
    in_fence = False
    lines = text.splitlines()
    start = 0
    if lines and lines[0] == "---":
        start = next((i + 1 for i, line in enumerate(lines[1:], 1) if line == "---"), 0)
    for number, line in enumerate(lines[start:], start=start + 1):
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if not in_fence:
            yield number, line


def ids_in(path: str) -> set[str]:
    """Explicit heading ids and HTML ids a Markdown file defines."""
    mtime = os.path.getmtime(path)
    cached = _ids_cache.get(path)
    if cached and cached[0] == mtime:
        return cached[1]
    with open(path, encoding="utf-8") as source:
        text = source.read()
    ids = set(HTML_ID.findall(text))
    for _, line in markdown_lines(text):
        if HEADING.match(line) and (match := EXPLICIT_ID.search(line)):
            ids.add(match.group(1))
    _ids_cache[path] = (mtime, ids)
    return ids


def resolve_target(src_uri: str, link_path: str, docs_dir: str, config) -> str | None:
    """The docs-relative path a relative .md link points to, falling back to the
    default locale's file as static-i18n does; None when neither exists."""
    target = posixpath.normpath(posixpath.join(posixpath.dirname(src_uri), link_path))
    candidates = [target]
    locale, _, rest = target.partition("/")
    if locale != default_locale(config) and rest:
        candidates.append(f"{default_locale(config)}/{rest}")
    for candidate in candidates:
        if os.path.isfile(os.path.join(docs_dir, candidate)):
            return candidate
    return None


def check_page(src_uri: str, text: str, config) -> list[str]:
    docs_dir = config.docs_dir
    where = f"docs/{src_uri}"
    errors = []
    for number, line in markdown_lines(text):
        if heading := HEADING.match(line):
            match = EXPLICIT_ID.search(line)
            if not match:
                errors.append(
                    f"{where}:{number}: heading '{heading.group(2)}' has no explicit id. "
                    "Add one at the end of the line, e.g. '{ #short-ascii-name }'; "
                    "translations keep the Dutch id."
                )
            elif not ASCII_ID.match(match.group(1)):
                errors.append(
                    f"{where}:{number}: heading id '#{match.group(1)}' must be lowercase "
                    "ASCII letters, digits and hyphens."
                )
        for target in MD_LINK.findall(line):
            parts = urlsplit(target)
            if parts.scheme or target.startswith("//"):
                continue
            path, anchor = parts.path, parts.fragment
            if path and not path.endswith(".md"):
                errors.append(
                    f"{where}:{number}: link '{target}' should point at a Markdown file "
                    "('chapter.md#section'), so it works in every language and under any sub-path."
                )
                continue
            target_uri = resolve_target(src_uri, path, docs_dir, config) if path else src_uri
            if target_uri is None:
                errors.append(
                    f"{where}:{number}: link '{target}' points to a page that does not exist. "
                    "Fix the file name (see the nav in mkdocs.yml) or remove the link."
                )
                continue
            if anchor and anchor not in ids_in(os.path.join(docs_dir, target_uri)):
                errors.append(
                    f"{where}:{number}: link '{target}' points to '#{anchor}', which "
                    f"docs/{target_uri} does not define. Use one of its heading ids."
                )
    return errors


def on_page_markdown(markdown, page, config, files):
    # Check each source once per build, in the build of its own locale.
    if getattr(page.file, "locale", None) != current_locale(config):
        return markdown
    with open(page.file.abs_src_path, encoding="utf-8") as source:
        text = source.read()
    key = page.file.src_uri + hashlib.sha1(text.encode()).hexdigest()
    if key not in _checked:
        _checked.add(key)
        for error in check_page(page.file.src_uri, text, config):
            log.error(error)
    return markdown


def on_nav(nav, config, files):
    in_nav = {page.file.src_uri for page in nav.pages}
    for file in files.documentation_pages():
        if file.inclusion.is_not_in_nav():
            continue  # listed under not_in_nav in mkdocs.yml
        if getattr(file, "locale", None) == current_locale(config) and file.src_uri not in in_nav:
            log.error(
                f"docs/{file.src_uri}:1: page is not in the navigation. Add "
                f"'{file.src_uri.split('/', 1)[-1]}' to 'nav' in mkdocs.yml, or delete the file."
            )
    return nav
