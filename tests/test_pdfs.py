"""The brochure PDFs: one per language, linked from every page of that language,
fonts embedded, text in the right language (read with poppler's pdftotext/pdffonts).
Every PDF (brochures, handouts, bilingual handouts) read as readers' tools read it
(scripts/pdf_text.py): the page's words come back whole and in order through pdftotext
and PDFium, bookmarks are the headings once each, in order, and the structure tree
gives each passage its language."""

import copy
import re
import shutil
import subprocess

import pytest

from conftest import LOCALES, SCRIPT, in_print_view, page_file, page_names, soup_of
import pdf_text

INSTALL = "apt-get install -y poppler-utils"


def poppler(tool, *args):
    if shutil.which(tool) is None:
        pytest.fail(f"{tool} not found. Install it: {INSTALL}")
    return subprocess.run([tool, *args], capture_output=True, text=True, check=True).stdout


def pdf_of(site, locale):
    return site / "downloads" / f"praten-over-shame-sexting-{locale}.pdf"


@pytest.mark.parametrize("locale", LOCALES)
def test_pdf_exists_and_every_page_of_its_language_links_it(site, locale):
    pdf = pdf_of(site, locale)
    assert pdf.exists() and pdf.stat().st_size > 50_000
    for name in page_names():
        page = page_file(site, locale, name)
        links = [a for a in soup_of(page).select(".site-downloads--pdf a[href]")]
        assert len(links) == 1, f"{locale}/{name}"
        target = (page.parent / links[0]["href"]).resolve()
        assert target == pdf.resolve(), f"{locale}/{name}: {links[0]['href']}"


@pytest.mark.parametrize("locale", LOCALES)
def test_pdf_pages_fonts_and_text(site, locale):
    pdf = pdf_of(site, locale)
    info = poppler("pdfinfo", str(pdf))
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert 12 <= pages <= 40, pages
    assert re.search(r"Tagged:\s+yes", info)
    fonts = poppler("pdffonts", str(pdf)).splitlines()[2:]
    assert fonts
    for line in fonts:
        assert line.split()[-5] == "yes", f"font not embedded: {line}"
    text = poppler("pdftotext", "-layout", str(pdf), "-")
    if locale in SCRIPT:
        letters = [c for c in text if c.isalpha()]
        in_script = sum(1 for c in letters if SCRIPT[locale].match(c))
        assert in_script / len(letters) > 0.6, f"{locale}: only {in_script}/{len(letters)} letters in script"
    else:
        flat = re.sub(r"\s+", " ", text)
        for name in filter(in_print_view, page_names()):
            title = soup_of(page_file(site, locale, name)).select_one("article h1").get_text().rstrip("¶")
            assert re.sub(r"\s+", " ", title).strip() in flat, f"{locale}: chapter title {title!r} not in PDF"
    # External links are printed with their address.
    assert "zininutrecht.nu" in text
    # Page numbers in the footer: "1 / N" ... "N / N".
    assert f"{pages} / {pages}" in text


PDFS = ([f"praten-over-shame-sexting-{locale}.pdf" for locale in LOCALES]
        + [f"handout-{locale}.pdf" for locale in LOCALES] + [f"handout-nl-{locale}.pdf" for locale in LOCALES[1:]])
# Measured (scripts/data/pdf-text-results.json; README, "PDF text"): Arabic through
# both extractors stays under the bar even after pdf_export.py's /ActualText fix:
# PDFium breaks Arabic words at every vowel mark (shadda, tanwin), and poppler orders a
# line as left-to-right where Latin words ("shame sexting") outnumber the Arabic. Not
# fixed yet: these fail, and pass the day they are fixed.
CHROMIUM_TEXT_DEFECT = {
    ("praten-over-shame-sexting-ar.pdf", "pdftotext"), ("praten-over-shame-sexting-ar.pdf", "pdfium"),
    ("handout-ar.pdf", "pdfium"), ("handout-nl-ar.pdf", "pdftotext"), ("handout-nl-ar.pdf", "pdfium"),
}


def known_text_defect(*case):
    return pytest.param(*case, marks=pytest.mark.xfail(
        strict=True, reason="Arabic words lost from the PDF's text (issue #22, README: PDF text)"))


def text_cases(cases):
    return [known_text_defect(*case) if case[:2] in CHROMIUM_TEXT_DEFECT else case for case in cases]


def locale_cases(locales, known: set = frozenset()):
    """(locale, extractor) pairs, those in known (measured to fail: a subset of
    CHROMIUM_TEXT_DEFECT's PDFs) marked."""
    return [known_text_defect(locale, extractor) if (locale, extractor) in known
            else (locale, extractor) for locale in locales for extractor in pdf_text.EXTRACTORS]


def occurrences(words: list[str], phrase: list[str]) -> int:
    """How often the phrase's words stand one after another, whole, in the words."""
    return sum(1 for start in range(len(words) - len(phrase) + 1) if words[start:start + len(phrase)] == phrase)


@pytest.mark.parametrize("name, extractor", text_cases([(name, extractor) for name in PDFS
                                                        for extractor in pdf_text.EXTRACTORS]))
def test_pdf_text_is_the_printed_text(site, name, extractor):
    """At least 98 % of the page's words come back whole and in logical order."""
    if extractor == "pdftotext" and shutil.which("pdftotext") is None:
        pytest.fail(f"pdftotext not found. Install it: {INSTALL}")
    reference = pdf_text.page_words(pdf_text.source_page(site, name))
    share, lost = pdf_text.recovery(reference, pdf_text.extracted_words(site / "downloads" / name, extractor))
    assert share >= pdf_text.RECOVERY_BAR, f"{name} ({extractor}): {share:.1%} of the words, lost e.g. {lost[:10]}"


def printed_headings(soup) -> list[str]:
    """The headings a printed page shows, in order (the print view's own title is hidden),
    without the help block's (a handout's layout moves it to the foot of page 1)."""
    article = copy.copy(soup.select_one("article"))  # soup_of's soups are shared: change a copy
    for hidden in article.select(".site-print-hide, #print, .headerlink, .site-help"):
        hidden.decompose()
    return [" ".join(h.get_text().split()) for h in article.select("h1, h2, h3, h4, h5, h6")]


@pytest.mark.parametrize("name", PDFS)
def test_bookmarks_are_the_headings_once_in_order(site, name):
    outline = pdf_text.bookmarks(site / "downloads" / name, levels=True)
    marks = [" ".join(title.split()) for _, title in outline]
    soup = soup_of(pdf_text.source_page(site, name))
    help_title = " ".join(soup.select_one("article .site-help h2").get_text().split())
    assert marks.count(help_title) == 1, f"{name}: {marks}"
    assert [mark for mark in marks if mark != help_title] == printed_headings(soup), name
    for mark in marks:  # never "TitleTitle"
        half = len(mark) // 2
        assert not (len(mark) % 2 == 0 and mark[:half] == mark[half:]), f"{name}: doubled {mark!r}"
    if name.startswith("praten-over-shame-sexting-"):
        locale = name[:-4].rsplit("-", 1)[1]
        titles = [" ".join(soup_of(page_file(site, locale, page)).select_one("article h1").get_text()
                           .replace("¶", "").split()) for page in filter(in_print_view, page_names())]
        chapters = [" ".join(title.split()) for level, title in outline if level == 0]
        assert [chapter for chapter in chapters if chapter in titles] == titles, f"{name}: chapters {chapters}"


@pytest.mark.parametrize("locale", LOCALES[1:])
def test_the_dutch_column_of_a_bilingual_handout_is_tagged_dutch(site, locale):
    """Every heading, paragraph and list item of the Dutch column is /Lang nl, the rest of
    the document the locale's."""
    pdf = site / "downloads" / f"handout-nl-{locale}.pdf"
    assert pdf_text.document_language(pdf) == locale
    tagged = pdf_text.structure_languages(pdf)
    soup = soup_of(site / locale / "handout-tweetalig" / "index.html")
    dutch = [block for column in soup.select('.handout-col[lang="nl"]') for block in column.select("h1, h2, h3, p, li")]
    assert sorted(kind for kind, lang in tagged if lang == "nl") == sorted(f"/{b.name.upper()}" for b in dutch)
    assert {lang for _, lang in tagged} == {"nl", locale}
