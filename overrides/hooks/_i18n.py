"""Small shared helpers for the hooks: which locale is being built, and when the
whole multi-locale build (static-i18n runs one MkDocs build per locale) is done."""

from mkdocs.config.defaults import MkDocsConfig


def i18n_plugin(config: MkDocsConfig):
    return config.plugins["i18n"]


def current_locale(config: MkDocsConfig) -> str:
    return i18n_plugin(config).current_language


def default_locale(config: MkDocsConfig) -> str:
    return i18n_plugin(config).default_language


def build_locales(config: MkDocsConfig) -> list[str]:
    return list(i18n_plugin(config).build_languages)


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


def site_string(config: MkDocsConfig, locale: str, key: str) -> str:
    """One of this site's interface strings (overrides/partials/languages/site/), for
    hooks that write HTML outside the templates."""
    import json
    import os
    import re

    path = os.path.join(config.theme.custom_dir, "partials", "languages", "site", f"{locale}.html")
    with open(path, encoding="utf-8") as source:
        match = re.search(rf'^\s*"{re.escape(key)}": (".*?")(,?)$', source.read(), re.M)
    if match is None:
        raise KeyError(f"{path}: no string '{key}'")
    return json.loads(match.group(1))
