"""Fill the accessibility statement with the latest measured numbers, so it cites
real, current results: `<!-- a11y:pages -->`, `rules`, `violations`, `date` come
from scripts/data/accessibility-results.json, which `scripts/accessibility.py
--write` updates (tests/test_accessibility.py fails when it is out of date).
An unknown marker is an error."""

import json
import os

from _markers import replace_markers

RESULTS = "scripts/data/accessibility-results.json"


def on_page_markdown(markdown, page, config, files):
    if "a11y:" not in markdown:
        return markdown
    path = os.path.join(os.path.dirname(config.config_file_path), RESULTS)
    with open(path, encoding="utf-8") as source:
        results = json.load(source)

    renderers = {key: (lambda value=value: f"<bdi>{value}</bdi>") for key, value in results.items()
                 if not isinstance(value, dict)}  # rules_by_locale: for the tests
    return replace_markers(markdown, page, "a11y", renderers, whole_line=False)
