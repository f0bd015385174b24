"""One search index per locale: static-i18n merges every language into one
search/search_index.json, so a Turkish reader would get Dutch results.

After the last locale is built, the merged index is split by URL prefix into
<locale>/search/search_index.json (the default locale keeps search/), each with its
own lunr language; and each page's search base points at its locale's root."""

import json
import os
import re

from mkdocs.plugins import event_priority

from _i18n import (
    build_locales,
    current_locale,
    default_locale,
    is_last_post_build,
    locale_url_prefix,
    page_locale,
)

# Lunr languages Material ships; a locale without one searches without stemming.
LUNR_LANGUAGES = {"nl", "tr", "ar", "hi"}
CONFIG_SCRIPT = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)


def locale_of(location: str, locales: list[str], default: str) -> str:
    first = location.split("/", 1)[0]
    return first if first in locales and first != default else default


def index_config(base_config: dict, locale: str) -> dict:
    config = dict(base_config)
    if locale in LUNR_LANGUAGES:
        config["lang"] = [locale]
    else:
        config["lang"] = ["en"]
        config["pipeline"] = ["trimmer"]  # no English stemming or stop words on Sranan
    return config


def split_index(site_dir: str, locales: list[str], default: str, inline: bool = False) -> dict[str, int]:
    """inline: also write search_index.js, as Material's offline plugin does for the
    root index only, so that search works from file:// in every language."""
    merged_path = os.path.join(site_dir, "search", "search_index.json")
    with open(merged_path, encoding="utf-8") as source:
        merged = json.load(source)
    per_locale = {locale: [] for locale in locales}
    for doc in merged["docs"]:
        locale = locale_of(doc["location"], locales, default)
        doc = dict(doc)
        prefix = "" if locale == default else f"{locale}/"
        doc["location"] = doc["location"][len(prefix):]  # relative to the locale root
        per_locale[locale].append(doc)
    sizes = {}
    for locale, docs in per_locale.items():
        directory = site_dir if locale == default else os.path.join(site_dir, locale)
        path = os.path.join(directory, "search", "search_index.json")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        data = json.dumps({"config": index_config(merged["config"], locale), "docs": docs},
                          ensure_ascii=False, separators=(",", ":"))
        with open(path, "w", encoding="utf-8") as target:
            target.write(data)
        if inline:
            with open(path[:-len(".json")] + ".js", "w", encoding="utf-8") as target:
                target.write(f"var __index = {data}")
        sizes[locale] = len(data.encode())
    return sizes


# The term base side by side in five languages (begrippen-in-vijf-talen; termbase.py
# has by now put the table in place of its marker): every query would find it, with a
# long snippet in five languages; the glossary in the reader's language (begrippenlijst)
# holds the same terms.
TERM_TABLE = '<div class="site-termtable">'



def on_page_markdown(markdown, page, config, files):
    """A fallback page (Dutch text in another locale) is not that locale's content, and
    the five-language term table is no search result."""
    if page_locale(page) != current_locale(config) or TERM_TABLE in markdown:
        page.meta["search"] = {**page.meta.get("search", {}), "exclude": True}
    return markdown


def on_post_page(output, page, config):
    """Point Material's search (config.base) at the page's locale root."""
    prefix = locale_url_prefix(current_locale(config), config)
    if not prefix:
        return output

    def rebase(match):
        data = json.loads(match.group(2))
        data["base"] = data["base"].rstrip("/") + "/" + prefix
        return match.group(1) + json.dumps(data, ensure_ascii=False) + match.group(3)

    return CONFIG_SCRIPT.sub(rebase, output, count=1)


def offline_plugin_enabled(config) -> bool:
    plugin = config.plugins.get("material/offline") or config.plugins.get("offline")
    return bool(plugin and plugin.config.enabled)


@event_priority(-200)  # after Material's offline plugin (-100) inlined the merged index
def on_post_build(config):
    if is_last_post_build(config):
        split_index(config.site_dir, build_locales(config), default_locale(config), offline_plugin_enabled(config))
