"""HTML-comment markers that hooks replace: `<!-- NAME:KEY -->`. An unknown KEY is an
error naming the file, the line and the keys that exist; a renderer may raise
ValueError with an author-facing message, which is reported the same way."""

import re

from mkdocs.plugins import get_plugin_logger

log = get_plugin_logger("markers")


def replace_markers(markdown: str, page, name: str, renderers: dict, whole_line: bool = True) -> str:
    """renderers: {KEY: function of no arguments returning the replacement text}."""
    marker = rf"<!--\s*{name}:([\w-]+)\s*-->"
    pattern = re.compile(rf"^{marker}[ \t]*$" if whole_line else marker, re.M)  # keeps the blank line after it

    def replace(match):
        renderer = renderers.get(match.group(1))
        if renderer is None:
            line = markdown.count("\n", 0, match.start()) + 1
            log.error(f"docs/{page.file.src_uri}:{line}: unknown marker '{name}:{match.group(1)}'. "
                      f"Use one of: {', '.join(f'{name}:{key}' for key in renderers)}.")
            return ""
        try:
            return renderer()
        except ValueError as error:
            log.error(str(error))
            return ""

    return pattern.sub(replace, markdown)
