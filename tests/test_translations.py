"""Translation tracking and the invariants every translated page keeps (the build
checks them too: overrides/hooks/translation_checks.py; here they are read back from
the built pages, templates included)."""

import datetime
import subprocess
import sys

import pytest

from conftest import LOCALES, ROOT, copy_for_cli, page_file, soup_of
from _invariants import article_of, compare, facts_of, language_problems, number_words
from _markdown import SourceLines
from _safety_seals import load_register, seal_problems
from _translation import front_matter, mark_reviewed, page_state, source_hash

# Every translated page, in the navigation or not (handouts, side by side); the print
# view is assembled from the others.
TRANSLATED = [(locale, path.stem) for locale in LOCALES[1:]
              for path in sorted((ROOT / "docs" / locale).glob("*.md"))
              if path.stem != "print" and (ROOT / "docs/nl" / path.name).exists()]


def test_status_check_is_clean():
    result = subprocess.run([sys.executable, "scripts/translations.py", "status", "--check"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("locale,name", TRANSLATED)
def test_translation_keeps_ids_boxes_paragraphs_numbers_links_and_language(site, locale, name):
    if page_state(ROOT / "docs", "nl", locale, f"{name}.md").state not in ("draft", "reviewed"):
        pytest.fail(f"docs/{locale}/{name}.md is outdated: update it and stamp it (translations.py status)")
    directory = "" if name == "index" else f"{name}/"
    tables = number_words(ROOT)
    dutch = facts_of(article_of(page_file(site, "nl", name)), directory, "nl", tables)
    translated = facts_of(article_of(page_file(site, locale, name)), directory, locale, tables)
    where = f"docs/{locale}/{name}.md"
    lines = SourceLines((ROOT / where).read_text(encoding="utf-8"))
    problems = compare(dutch, translated, where, lines, tables[locale][2])
    problems += language_problems(translated, locale, where, lines)
    assert not problems, "\n".join(problems)
    assert translated.heading_ids and translated.blocks  # the facts were read from a real page


@pytest.mark.parametrize("locale,name", TRANSLATED)
def test_translated_page_is_a_draft_or_reviewed_with_name_and_date(site, locale, name):
    """A draft says so in its language; a page a native speaker signed off (name and date in
    its front matter) shows no draft notice."""
    state = page_state(ROOT / "docs", "nl", locale, f"{name}.md")
    notice = soup_of(page_file(site, locale, name)).select_one(".site-notice--draft, .site-notice--outdated")
    if state.state == "reviewed":
        block = front_matter(ROOT / "docs" / locale / f"{name}.md")["translation"]
        assert str(block["reviewed_by"]).strip() and block["reviewed_on"], f"{locale}/{name}: {block}"
        assert notice is None, f"{locale}/{name}: reviewed, yet it shows {notice}"
    else:
        assert state.state == "draft", f"{locale}/{name}: {state}"
        assert notice is not None and notice.get_text(strip=True), f"{locale}/{name}: no draft notice"


def test_stamp_sets_a_reviewed_page_whose_text_changed_back_to_draft(tmp_path):
    """A sign-off covers the text the reviewer saw: changed afterwards, the page fails the
    check (naming the reviewer) until `stamp` sets it back to draft, and says so."""
    cli = copy_for_cli(tmp_path)
    mark_reviewed(tmp_path / "docs", "nl", "tr", "gevolgen.md", "Ayşe Yılmaz", datetime.date(2026, 11, 30))
    assert subprocess.run(cli + ["status", "--check"], capture_output=True).returncode == 0
    page = tmp_path / "docs/tr/gevolgen.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nGerekirse gencin arkasından adım atın.\n",
                    encoding="utf-8")
    red = subprocess.run(cli + ["status", "--check"], capture_output=True, text=True)
    assert red.returncode == 1 and "docs/tr/gevolgen.md:1: reviewed, but its text changed since the review" \
        in red.stderr, red.stdout + red.stderr
    stamped = subprocess.run(cli + ["stamp", "--lang", "tr", "gevolgen.md"], capture_output=True, text=True)
    assert "stamped docs/tr/gevolgen.md, and set it back to draft" in stamped.stdout, stamped.stdout
    block = front_matter(page)["translation"]
    assert block["status"] == "draft" and "reviewed_by" not in block
    assert subprocess.run(cli + ["status", "--check"], capture_output=True).returncode == 0


def test_hash_ignores_line_endings_and_byte_order_mark_and_keeps_existing_stamps(tmp_path):
    dutch = ROOT / "docs/nl/gevolgen.md"
    clean = dutch.read_bytes()
    assert b"\r" not in clean and not clean.startswith(b"\xef\xbb\xbf")
    import hashlib

    assert source_hash(dutch) == hashlib.sha256(clean).hexdigest()  # stamps made before stay valid
    windows = tmp_path / "windows.md"
    windows.write_bytes(b"\xef\xbb\xbf" + clean.replace(b"\n", b"\r\n"))
    assert source_hash(windows) == source_hash(dutch)


def test_changing_a_dutch_page_turns_the_status_check_red(tmp_path):
    cli = copy_for_cli(tmp_path)
    command = cli + ["status", "--check"]
    assert subprocess.run(command, capture_output=True).returncode == 0
    dutch = tmp_path / "docs/nl/gevolgen.md"
    dutch.write_text(dutch.read_text(encoding="utf-8") + "\nEen nieuwe zin.\n", encoding="utf-8")
    red = subprocess.run(command, capture_output=True, text=True)
    assert red.returncode == 1
    assert "gevolgen.md" in red.stdout and "outdated" in red.stdout
    assert "docs/tr/gevolgen.md:4: outdated (Dutch text changed since translation) — update the translation" \
        in red.stderr
    subprocess.run(cli + ["stamp", "--lang", "tr", "gevolgen.md"], check=True, capture_output=True)
    still_red = subprocess.run(command, capture_output=True, text=True)
    row = next(line.split() for line in still_red.stdout.splitlines() if line.startswith("gevolgen.md"))
    assert still_red.returncode == 1
    assert row[1:] == ["draft", "outdated", "outdated", "outdated"]  # tr re-stamped, others not


def test_broken_front_matter_is_reported_by_status_not_a_traceback(tmp_path):
    cli = copy_for_cli(tmp_path)
    page = tmp_path / "docs/tr/gevolgen.md"
    page.write_text(page.read_text(encoding="utf-8").replace("\n  status:", "\n status:", 1), encoding="utf-8")
    result = subprocess.run(cli + ["status", "--check"], capture_output=True, text=True)
    assert result.returncode == 1
    assert "docs/tr/gevolgen.md:" in result.stderr and "not valid YAML" in result.stderr
    assert "Traceback" not in result.stdout + result.stderr


def test_check_builds_one_language_strictly_without_chromium(tmp_path):
    """`check --lang` reports what the build reports (strict warnings included), without
    Chromium (HTML only) and for the Dutch and that language only."""
    cli = copy_for_cli(tmp_path)
    page = tmp_path / "docs/ar/slachtoffers.md"
    page.write_text(page.read_text(encoding="utf-8").replace("2019", "2021", 1), encoding="utf-8")
    result = subprocess.run(cli + ["check", "--lang", "ar"], capture_output=True, text=True,
                            env={"PATH": "/usr/bin:/bin", "CHROMIUM": "/nonexistent"})
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "docs/ar/slachtoffers.md:" in output and "the Dutch has 2019" in output
    assert "ar: " in output and "tr: " not in output  # only Arabic was built and compared
    clean = subprocess.run(cli + ["check", "--lang", "tr"], capture_output=True, text=True,
                           env={"PATH": "/usr/bin:/bin", "CHROMIUM": "/nonexistent"})
    assert clean.returncode == 0 and "No differences from the Dutch pages (tr)." in clean.stdout, clean.stdout


def test_seal_shows_the_change_asks_for_a_back_translation_and_records_it(tmp_path):
    """`seal --lang tr` after a checked change of a danger rule: it shows the Dutch, the
    sealed and the new text, records the back-translation it asks for, and the seals hold
    again; without an answer nothing is sealed."""
    cli = copy_for_cli(tmp_path)
    page = tmp_path / "docs/tr/eergerelateerd-geweld.md"
    old = "Kendi başınıza hareket etmeyin."
    page.write_text(page.read_text(encoding="utf-8").replace(old, "Asla tek başınıza hareket etmeyin."),
                    encoding="utf-8")
    assert seal_problems(tmp_path, ["nl", "tr"], "nl")
    unanswered = subprocess.run(cli + ["seal", "--lang", "tr", "--by", "Ayşe Yılmaz"], input="\n",
                                capture_output=True, text=True)
    assert unanswered.returncode == 1 and "not sealed" in unanswered.stdout, unanswered.stdout
    assert seal_problems(tmp_path, ["nl", "tr"], "nl")
    sealed = subprocess.run(cli + ["seal", "--lang", "tr", "--by", "Ayşe Yılmaz"],
                            input="Handel nooit op eigen houtje.\n", capture_output=True, text=True)
    assert sealed.returncode == 0, sealed.stdout + sealed.stderr
    assert "Dutch:  Bij (signalen en vermoedens van) eergerelateerd geweld" in sealed.stdout
    assert "sealed: Namus kaynaklı" in sealed.stdout and "now:    Namus kaynaklı" in sealed.stdout
    assert seal_problems(tmp_path, ["nl", "tr", "ar", "srn", "hi"], "nl") == []
    seal = load_register(tmp_path)["seals"]["tr"]["eergerelateerd-geweld.md#danger-1"]
    assert seal["nl"] == "Handel nooit op eigen houtje." and seal["sealed_by"] == "Ayşe Yılmaz"
    assert "Asla tek başınıza" in seal["text"]
