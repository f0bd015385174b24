"""Editorial notes (translations/editorial-notes.yml): each one stands next to its
passage on its page, in every language, as a distinct note in the page's language,
and in the print view and the PDF; a note that cannot be placed fails the build."""

import re

import pytest
import yaml

from conftest import DEFAULT_LOCALE, LOCALES, ROOT, page_file, run_build, soup_of
import _site_strings
from test_authoring_errors import project  # noqa: F401  (fixture: a copy of the project)
from test_pdfs import locale_cases, occurrences, pdf_of
import pdf_text

NOTES_FILE = ROOT / "translations/editorial-notes.yml"
NOTES = yaml.safe_load(NOTES_FILE.read_text(encoding="utf-8"))["notes"]
DIGITS = re.compile(r"\d+[a-z]?")
HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"]


def label(locale: str) -> str:
    return _site_strings.load(locale)["note.label"]


def plain(html_text: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", "", html_text).split())


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("note", NOTES, ids=lambda note: note["id"])
def test_note_stands_next_to_its_passage(site, note, locale):
    page = soup_of(page_file(site, locale, note["page"][:-3]))
    aside = page.select_one(f"aside#noot-{note['id']}")
    assert aside is not None, f"{locale}/{note['page']}: note {note['id']} missing"
    assert "editorial-note" in aside["class"] and aside["role"] == "note"
    # In the page's language, labelled as the editors' note, with the note's own text.
    assert aside.find_parent(attrs={"lang": True})["lang"] == locale
    assert "lang" not in aside.attrs
    assert aside.strong.get_text() == f"{label(locale)}:"
    assert plain(note["text"][locale]) in " ".join(aside.get_text().split())
    # Numbers (articles, years) as in the Dutch note.
    assert sorted(DIGITS.findall(plain(note["text"][locale]))) == sorted(DIGITS.findall(plain(note["text"][DEFAULT_LOCALE])))
    # Never inside a brochure sentence, and in its section.
    assert aside.find_parent("p") is None
    if note["section"].startswith("term-"):
        assert aside.find_previous("dt")["id"] == note["section"]
    else:
        assert aside.find_previous(HEADINGS)["id"] == note["section"]
    if note.get("after", "").startswith("link:"):
        holder = aside.parent if aside.parent.name in ("li", "dd") else aside.find_previous_sibling()
        assert holder.select_one(f'[data-link-key="{note["after"][5:]}"]') is not None


# pdftotext orders the Arabic label's line left to right (README, "PDF text").
@pytest.mark.parametrize("locale, extractor", locale_cases(LOCALES, known={("ar", "pdftotext")}))
def test_every_note_is_in_the_print_view_and_the_pdf(site, locale, extractor):
    """Each note's label comes back whole, word for word, through pdftotext and PDFium."""
    print_view = soup_of(page_file(site, locale, "print"))
    for note in NOTES:
        assert print_view.select_one(f"aside#noot-{note['id']}.editorial-note") is not None, note["id"]
    text = pdf_text.extracted_words(pdf_of(site, locale), extractor)
    assert occurrences(text, pdf_text.words(label(locale))) == len(NOTES), f"{locale}: notes in the PDF"
    for number in ("240b", "252", "2024"):
        assert number in text


def test_a_note_that_cannot_be_placed_fails_the_build_with_file_and_line(project):  # noqa: F811
    path = project / "translations/editorial-notes.yml"
    text = path.read_text(encoding="utf-8")
    broken = """- id: zonder-pagina
  page: bestaat-niet.md
  section: x
  text: {nl: a, tr: a, ar: a, srn: a, hi: a}
- id: zonder-sectie
  page: gevolgen.md
  section: bestaat-niet
  text: {nl: a, tr: a, ar: a, srn: a, hi: a}
- id: zonder-passage
  page: gevolgen.md
  section: psychische-schade
  after: link:bestaat-niet
  text: {nl: a, tr: a, ar: a, srn: a, hi: a}
- id: zonder-hindi
  page: gevolgen.md
  section: psychische-schade
  text: {nl: a, tr: a, ar: a, srn: a}
"""
    start = text.count("\n") + 1
    path.write_text(text + broken, encoding="utf-8")
    result = run_build(project / "site", docs_dir=project / "docs", env={"SITE_PDF": "0"})
    output = result.stdout + result.stderr
    assert result.returncode != 0
    where = "translations/editorial-notes.yml"
    assert f"{where}:{start}: note 'zonder-pagina': page 'bestaat-niet.md' does not exist" in output
    assert f"{where}:{start + 4}: note 'zonder-sectie': docs/nl/gevolgen.md has no section '#bestaat-niet'" in output
    assert (f"{where}:{start + 8}: note 'zonder-passage': 'link:bestaat-niet' is not in section "
            "'#psychische-schade' of docs/nl/gevolgen.md") in output
    assert f"{where}:{start + 16}: note 'zonder-hindi' has no text in hi" in output
