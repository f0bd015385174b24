"""The site's settings in mkdocs.yml are checked at every build (_settings.py says
what): help numbers against the brochure or their recorded source, the quick exit
address, SITE_URL, a box title per language for every box type used. Each problem is
"mkdocs.yml:line: what is wrong — what to do"; they fail the strict build."""

import os
from pathlib import Path

from mkdocs.plugins import get_plugin_logger

from _files import read_text
from _i18n import current_locale, default_locale
from _site_strings import STRINGS_DIR
from _settings import (BROCHURE, box_title_problems, box_types_used, help_problems, load_config,
                       quick_exit_problems, site_url_problems)

log = get_plugin_logger("settings")


def settings_problems(root: Path, docs: Path, default: str) -> list[str]:
    data = load_config(root / "mkdocs.yml")
    extra = data.get("extra") or {}
    brochure = root / BROCHURE
    # Without the brochure (a copy of the sources only) every number needs its source entry.
    problems = help_problems(extra, read_text(brochure, BROCHURE) if brochure.exists() else "")
    problems += quick_exit_problems(extra)
    # As written (MkDocs adds a "/" to site_url): in mkdocs.yml, or SITE_URL through its !ENV tag.
    problems += site_url_problems(data.get("site_url") or os.environ.get("SITE_URL"),
                                  data.key_lines.get("site_url", 1))
    languages = next(plugin["i18n"] for plugin in data.get("plugins") or []
                     if isinstance(plugin, dict) and "i18n" in plugin)["languages"]
    known = {kind for language in languages for kind in (language.get("admonition_translations") or {})}
    problems += box_title_problems(languages, box_types_used(docs, known, default))
    return problems + orphan_language_problems(root, docs, languages, data.key_lines.get("plugins", 1))


def orphan_language_problems(root: Path, docs: Path, languages: list, line: int) -> list[str]:
    """Files of a language that mkdocs.yml no longer has: one message saying what removing it takes."""
    configured = {str(language.get("locale")) for language in languages}
    found = {}
    for path in sorted(docs.iterdir()):
        if path.is_dir() and any(path.glob("*.md")):
            found.setdefault(path.name, []).append(f"docs/{path.name}/")
    for path in sorted((root / STRINGS_DIR).glob("*.yml")):
        found.setdefault(path.stem, []).append(f"{STRINGS_DIR}/{path.name}")
    return [f"mkdocs.yml:{line}: {' and '.join(files)} belong to '{locale}', which is not a language of the site "
            "(plugins › i18n › languages) — to keep the language, add it back; to remove it, delete these and "
            f"its entries in translations/ (termbase.yml, editorial-notes.yml, number-words.yml, safety-seals.yml, "
            "translation-qa.yml)."
            for locale, files in found.items() if locale not in configured]


def on_config(config):
    if current_locale(config) not in (None, default_locale(config)):
        return  # once per build, not once per language
    for problem in settings_problems(Path(config.config_file_path).parent, Path(config.docs_dir),
                                     default_locale(config)):
        log.error(problem)
