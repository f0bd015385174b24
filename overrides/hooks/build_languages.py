"""SITE_LANGUAGES=nl,tr builds only those languages (the default language always):
for `scripts/translations.py check --lang tr`, which needs the Dutch and one
translation, and for the authoring-error tests. Unset, every language is built."""

import os

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority


@event_priority(100)  # before static-i18n (-100) reads which languages to build
def on_config(config):
    wanted = os.environ.get("SITE_LANGUAGES")
    if not wanted:
        return
    languages = config.plugins["i18n"].config.languages
    keep = {code.strip() for code in wanted.split(",") if code.strip()}
    unknown = keep - {language.locale for language in languages}
    if unknown:
        raise PluginError(f"SITE_LANGUAGES: {', '.join(sorted(unknown))} is not a language of mkdocs.yml "
                          f"(use {', '.join(language.locale for language in languages)}).")
    for language in languages:
        language.build = language.default or language.locale in keep
