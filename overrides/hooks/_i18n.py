"""Small shared helpers for the hooks: which locale is being built, and when the
whole multi-locale build (static-i18n runs one MkDocs build per locale) is done."""

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

import _site_strings


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
    """One of this site's interface strings (translations/interface/<locale>.yml, read by
    _site_strings.py), for hooks that write HTML outside the templates."""
    strings = _site_strings.load(locale, Path(config.config_file_path).parent)
    if key not in strings:
        raise KeyError(f"{_site_strings.STRINGS_DIR}/{locale}.yml: no string '{key}'")
    return strings[key]
