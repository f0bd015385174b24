"""Small shared helpers for the hooks: which locale is being built, and when the
whole multi-locale build (static-i18n runs one MkDocs build per locale) is done."""

import functools

from mkdocs.config.defaults import MkDocsConfig


def i18n_plugin(config: MkDocsConfig):
    return config.plugins["i18n"]


def current_locale(config: MkDocsConfig) -> str:
    return i18n_plugin(config).current_language


def default_locale(config: MkDocsConfig) -> str:
    return i18n_plugin(config).default_language


def build_locales(config: MkDocsConfig) -> list[str]:
    return list(i18n_plugin(config).build_languages)


def language_names(config: MkDocsConfig) -> dict[str, str]:
    """Each locale's name in its own language (mkdocs.yml), e.g. {"ar": "العربية"}."""
    return {lang.locale: lang.name for lang in i18n_plugin(config).config.languages}


def site_locales(config: MkDocsConfig) -> tuple[str, ...]:
    """Every locale of the site, the default (source) first."""
    default = default_locale(config)
    return (default, *[locale for locale in build_locales(config) if locale != default])


def is_last_post_build(config: MkDocsConfig) -> bool:
    """True in the outer build's on_post_build once static-i18n has built every locale
    (call it from an on_post_build with a priority below static-i18n's -100)."""
    return not i18n_plugin(config).building


def page_locale(page) -> str:
    """The locale the page's Markdown is written in (differs from the built locale on
    fallback pages)."""
    return getattr(page.file, "locale", None)


def locale_url_prefix(locale: str, config: MkDocsConfig) -> str:
    return "" if locale == default_locale(config) else f"{locale}/"


# Locales written right to left (Material's language files say so for the pages;
# hooks that lay out several languages in one page need it per column).
RTL_LOCALES = {"ar"}


def text_direction(locale: str) -> str:
    return "rtl" if locale in RTL_LOCALES else "ltr"


def site_string(config: MkDocsConfig, locale: str, key: str) -> str:
    """One of this site's interface strings (overrides/partials/languages/site/), for
    hooks that write HTML outside the templates."""
    import os

    path = os.path.join(config.theme.custom_dir, "partials", "languages", "site", f"{locale}.html")
    strings = _site_strings(path, os.path.getmtime(path))
    if key not in strings:
        raise KeyError(f"{path}: no string '{key}'")
    return strings[key]


@functools.lru_cache(maxsize=None)
def _site_strings(path: str, mtime: float) -> dict[str, str]:
    """The file's strings, read once per version of the file (mtime is the cache key)."""
    return {key: text for key, (text, _) in site_strings_with_lines(path).items()}


def site_strings_with_lines(path: str) -> dict[str, tuple[str, int]]:
    """key -> (text, line) of an interface strings file: one `"key": "text",` per line."""
    import json
    import re

    strings = {}
    with open(path, encoding="utf-8-sig") as source:
        for number, line in enumerate(source, start=1):
            if match := re.match(r'^\s*"([\w.]+)":\s*(".*?"),?\s*$', line):
                strings[match.group(1)] = (json.loads(match.group(2)), number)
    return strings
