"""Sealed safety text (_safety_seals.py): a danger box or a help, quick-exit or "Begin
hier" string that changed since it was sealed, that has no seal, or a sealed box that
is gone, stops the build, naming the file and line and showing the Dutch, the sealed
and the new text. Once per build, for every language of the site."""

from pathlib import Path

from mkdocs.plugins import get_plugin_logger

from _i18n import current_locale, default_locale
from _safety_seals import seal_problems

log = get_plugin_logger("seals")


def on_config(config):
    if current_locale(config) not in (None, default_locale(config)):
        return  # once per build, not once per language
    locales = [language.locale for language in config.plugins["i18n"].config.languages]
    for problem in seal_problems(Path(config.config_file_path).parent, locales, default_locale(config)):
        log.error(problem)
