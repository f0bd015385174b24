"""Fill the accessibility statement with the latest measured numbers, so it cites
real, current results: `<!-- a11y:pages -->`, `rules`, `violations`, `date` come
from scripts/data/accessibility-results.json, which `scripts/accessibility.py
--write` updates (tests/test_accessibility.py fails when it is out of date).
An unknown marker is an error."""

import json
import os
import re

from mkdocs.plugins import get_plugin_logger

log = get_plugin_logger("a11y")

RESULTS = "scripts/data/accessibility-results.json"
MARKER = re.compile(r"<!--\s*a11y:([\w-]+)\s*-->")


def on_page_markdown(markdown, page, config, files):
    if "a11y:" not in markdown:
        return markdown
    path = os.path.join(os.path.dirname(config.config_file_path), RESULTS)
    with open(path, encoding="utf-8") as source:
        results = json.load(source)

    def replace(match):
        key = match.group(1)
        if key not in results:
            line = markdown.count("\n", 0, match.start()) + 1
            log.error(f"docs/{page.file.src_uri}:{line}: unknown marker 'a11y:{key}'. "
                      f"Use one of: {', '.join('a11y:' + name for name in results)}.")
            return ""
        return f"<bdi>{results[key]}</bdi>"

    return MARKER.sub(replace, markdown)
