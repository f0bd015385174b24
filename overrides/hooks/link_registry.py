"""Links to other websites, resolved from one registry (translations/external-links.yml).

Markdown writes `[words](link:KEY)`. An entry with an address renders as a link; one
whose address the brochure does not give renders as plain text and is listed at the
end of the build for the editors. Both carry `data-link-key`, which editorial notes
use to find their passage. An unknown KEY is an error naming file and line.

Every address says where it comes from: `in_brochure:` (where the brochure gives it)
or `source:` (the editors' addition: `publisher`, whose website gave it, and
`checked`, year-month). An address with neither, or an incomplete source, stops the
build with the registry's file and line; the colophon lists the sources."""

import re

from mkdocs.plugins import event_priority, get_plugin_logger

from _i18n import current_locale, default_locale, is_last_post_build
from _link_registry import REGISTRY, load_registry

log = get_plugin_logger("links")

LINK = re.compile(r'<a href="link:([^"]+)"([^>]*)>(.*?)</a>', re.S)
CHECKED = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
SOURCE_REMEDY = ("Add 'source:' with 'publisher:' (whose website gave the address) and 'checked:' "
                 "(year-month, e.g. 2026-12), or 'in_brochure:' saying where the brochure gives it; "
                 "without a source, set 'url: null'.")

registry: dict = {}


def source_problems(entries: dict) -> list[str]:
    """Every address must say where it comes from ("file:line: what — what to do")."""
    problems = []
    for key, entry in entries.items():
        if not isinstance(entry, dict) or not entry.get("url") or entry.get("in_brochure"):
            continue
        line = entries.key_lines.get(key, 1)
        source = entry.get("source")
        if not isinstance(source, dict):
            problems.append(f"{REGISTRY}:{line}: link '{key}' has an address without its source "
                            f"(the address is not in the brochure). {SOURCE_REMEDY}")
            continue
        source_line = entry.key_lines.get("source", line)
        if not str(source.get("publisher") or "").strip():
            where = f"{REGISTRY}:{source.key_lines.get('publisher', source_line)}: link '{key}'"
            problems.append(f"{where}: the source names no publisher. {SOURCE_REMEDY}")
        if not CHECKED.match(str(source.get("checked") or "")):
            where = f"{REGISTRY}:{source.key_lines.get('checked', source_line)}: link '{key}'"
            problems.append(f"{where}: the source's 'checked' is not a year-month "
                            f"({source.get('checked')!r}). Write when the editors checked the address, "
                            "e.g. 'checked: 2026-12'.")
    return problems


def line_of(path: str, needle: str) -> int:
    with open(path, encoding="utf-8") as source:
        for number, line in enumerate(source, start=1):
            if needle in line:
                return number
    return 1


def on_config(config):
    global registry
    registry = load_registry(config)


def on_pre_build(config):
    if current_locale(config) != default_locale(config):
        return  # static-i18n builds once per locale: report the file's problems once
    for problem in source_problems(registry):
        log.error(problem)


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
            return f'<a href="{entry["url"]}" data-link-key="{key}"{attributes}>{words}</a>'
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
