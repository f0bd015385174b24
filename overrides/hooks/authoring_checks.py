"""Author-facing checks, each error naming file and line and what to do:
every heading has an explicit id (without look-alike spaces in its '{ #id }'),
internal links and anchors resolve, every page is in the navigation and every nav
entry is a page. Errors fail the strict build."""

import difflib
import hashlib
import os
import posixpath
import re
from urllib.parse import urlsplit

from mkdocs.plugins import get_plugin_logger

from _files import character_name, read_text
from _i18n import current_locale, default_locale
from _markdown import EXPLICIT_ID, HEADING, ids_in, markdown_lines
from _translation import renamed_source

log = get_plugin_logger("authoring")

ASCII_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
MD_LINK = re.compile(r"(?<!!)\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
# Spaces that look like a space but are not one to Markdown's attribute lists.
ODD_SPACES = "\u00a0\u2007\u202f"
ATTR_LIST = re.compile(r"\{[^}]*\}\s*$")

_checked: set[str] = set()


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
            attributes = ATTR_LIST.search(line)
            odd = attributes and next((c for c in attributes.group(0) if c in ODD_SPACES), None)
            if odd:
                errors.append(
                    f"{where}:{number}: a {character_name(odd)} inside '{attributes.group(0).strip()}' "
                    "— replace it with an ordinary space (CAT tools and word processors put these "
                    "in); otherwise the heading loses its id."
                )
            elif not match:
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
    text = read_text(page.file.abs_src_path)
    key = page.file.src_uri + hashlib.sha1(text.encode()).hexdigest()
    if key not in _checked:
        _checked.add(key)
        for error in check_page(page.file.src_uri, text, config):
            log.error(error)
    return markdown


def nav_entries(entries):
    """The page paths in mkdocs.yml's nav (strings, `title: path` items, sections)."""
    for entry in entries or []:
        if isinstance(entry, str):
            yield entry
        elif isinstance(entry, dict):
            for value in entry.values():
                yield from nav_entries(value if isinstance(value, list) else [value])


def nav_problems(config) -> list[str]:
    default = default_locale(config)
    pages = sorted(name for name in os.listdir(os.path.join(config.docs_dir, default)) if name.endswith(".md"))
    config_text = read_text(config.config_file_path).splitlines()
    problems = []
    for entry in nav_entries(config.nav):
        if urlsplit(entry).scheme or entry in pages:
            continue
        line = next((n for n, text in enumerate(config_text, 1) if re.match(rf"\s*-\s.*{re.escape(entry)}\s*$", text)), 1)
        close = difflib.get_close_matches(entry, pages, n=1)
        hint = f" ('{close[0]}'?)" if close else ""
        problems.append(f"mkdocs.yml:{line}: nav entry '{entry}' is not a page in docs/{default}/ — fix "
                        f"the file name{hint}, or remove the entry.")
    return problems


def on_nav(nav, config, files):
    if current_locale(config) == default_locale(config):
        for problem in nav_problems(config):
            log.error(problem)
    in_nav = {page.file.src_uri for page in nav.pages}
    for file in files.documentation_pages():
        if file.inclusion.is_not_in_nav():
            continue  # listed under not_in_nav in mkdocs.yml
        if getattr(file, "locale", None) == current_locale(config) and file.src_uri not in in_nav:
            locale, _, name = file.src_uri.partition("/")
            if locale != default_locale(config) and not os.path.exists(
                    os.path.join(config.docs_dir, default_locale(config), name)):
                log.error(renamed_source(default_locale(config), locale, name))
                continue
            log.error(
                f"docs/{file.src_uri}:1: page is not in the navigation. Add "
                f"'{file.src_uri.split('/', 1)[-1]}' to 'nav' in mkdocs.yml, or delete the file."
            )
    return nav
