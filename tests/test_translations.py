"""Translation tracking and the invariants every translated page keeps."""

import subprocess
import sys

import pytest

from conftest import LOCALES, ROOT, page_file, page_names, soup_of
from translation_invariants import compare_built_page

TRANSLATED = [(locale, name) for locale in LOCALES[1:] for name in page_names()
              if name != "print" and (ROOT / "docs" / locale / f"{name}.md").exists()]


def test_status_check_is_clean():
    result = subprocess.run([sys.executable, "scripts/translations.py", "status", "--check"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("locale,name", TRANSLATED)
def test_translation_keeps_ids_numbers_links_and_blocks(site, locale, name):
    path = "" if name == "index" else f"{name}/"
    problems = compare_built_page(site, "nl", locale, path, f"docs/{locale}/{name}.md")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("locale,name", TRANSLATED)
def test_translated_page_says_it_is_a_draft_in_its_language(site, locale, name):
    notice = soup_of(page_file(site, locale, name)).select_one(".site-notice--draft, .site-notice--outdated")
    assert notice is not None, f"{locale}/{name}: no draft notice"
    assert notice.get_text(strip=True)


def test_changing_a_dutch_page_turns_the_status_check_red(tmp_path):
    import shutil

    for name in ("docs", "scripts", "overrides"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    command = [sys.executable, str(tmp_path / "scripts/translations.py"), "status", "--check"]
    assert subprocess.run(command, capture_output=True).returncode == 0
    dutch = tmp_path / "docs/nl/gevolgen.md"
    dutch.write_text(dutch.read_text(encoding="utf-8") + "\nEen nieuwe zin.\n", encoding="utf-8")
    red = subprocess.run(command, capture_output=True, text=True)
    assert red.returncode == 1
    assert "gevolgen.md" in red.stdout and "outdated" in red.stdout
    stamp = [sys.executable, str(tmp_path / "scripts/translations.py"), "stamp", "--lang", "tr", "gevolgen.md"]
    subprocess.run(stamp, check=True, capture_output=True)
    still_red = subprocess.run(command, capture_output=True, text=True)
    row = next(line.split() for line in still_red.stdout.splitlines() if line.startswith("gevolgen.md"))
    assert still_red.returncode == 1
    assert row[1:] == ["draft", "outdated", "outdated", "outdated"]  # tr re-stamped, others not
