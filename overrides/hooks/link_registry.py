"""Links the brochure makes, resolved from one registry (translations/external-links.yml).

Markdown writes `[words](link:KEY)`. An entry with an address renders as a link; one
whose address the brochure does not give renders as plain text and is listed at the
end of the build for the editors. An unknown KEY is an error naming file and line."""

import os
import re

import yaml
from mkdocs.plugins import event_priority, get_plugin_logger

from _i18n import is_last_post_build

log = get_plugin_logger("links")

REGISTRY = "translations/external-links.yml"
LINK = re.compile(r'<a href="link:([^"]+)"([^>]*)>(.*?)</a>', re.S)

registry: dict = {}


def load_registry(config) -> dict:
    path = os.path.join(os.path.dirname(config.config_file_path), REGISTRY)
    with open(path, encoding="utf-8") as source:
        return yaml.safe_load(source) or {}


def line_of(path: str, needle: str) -> int:
    with open(path, encoding="utf-8") as source:
        for number, line in enumerate(source, start=1):
            if needle in line:
                return number
    return 1


def on_config(config):
    global registry
    registry = load_registry(config)


def on_page_content(html, page, config, files):
    def render(match):
        key, attributes, words = match.groups()
        entry = registry.get(key)
        if entry is None:
            line = line_of(page.file.abs_src_path, f"link:{key}")
            log.error(
                f"docs/{page.file.src_uri}:{line}: unknown link key 'link:{key}'. "
                f"Add it to {REGISTRY} (with 'url: null' if the address is not known yet)."
            )
            return words
        if entry.get("url"):
            return f'<a href="{entry["url"]}"{attributes}>{words}</a>'
        return f'<span class="site-unlinked" data-link-key="{key}">{words}</span>'

    return LINK.sub(render, html)


@event_priority(-200)
def on_post_build(config):
    if not is_last_post_build(config):
        return
    missing = [key for key, entry in registry.items() if not entry.get("url")]
    if missing:
        log.info(
            f"{len(missing)} link(s) shown as plain text, address to be supplied in "
            f"{REGISTRY}: {', '.join(missing)}"
        )
