"""One-page handouts for parents: a web page and a PDF per language, a bilingual
handout (Dutch + each other language) aligned by section, QR codes with SITE_URL."""

import re
import shutil
import subprocess

import pytest

from conftest import LOCALES, ROOT, SCRIPT, locale_root, page_file, soup_of

OTHERS = LOCALES[1:]
SECTIONS = ["praat-met-je-kind", "openheid-beschermt", "verbieden-heeft-geen-zin",
            "dos-en-donts", "praat-met-zoons"]


def pdf_pages(path):
    if shutil.which("pdfinfo") is None:
        pytest.fail("pdfinfo not found. Install it: apt-get install -y poppler-utils")
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def pdf_text(path):
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.mark.parametrize("locale", LOCALES)
def test_handout_fits_one_page_and_holds_the_help_block(site, locale):
    pdf = site / "downloads" / f"handout-{locale}.pdf"
    assert pdf_pages(pdf) == 1
    text = pdf_text(pdf)
    for number in ("112", "0800-2000", "0900-8844"):
        assert number in text, f"{locale}: help number {number} not on the handout"


@pytest.mark.parametrize("locale", OTHERS)
def test_bilingual_handout_holds_both_languages_on_two_pages_at_most(site, locale):
    pdf = site / "downloads" / f"handout-nl-{locale}.pdf"
    assert pdf_pages(pdf) <= 2
    text = pdf_text(pdf)
    assert "Stel vragen en wees belangstellend" in re.sub(r"\s+", " ", text)
    if locale in SCRIPT:  # pdftotext splits Arabic and Devanagari words: count letters
        letters = [c for c in text if c.isalpha()]
        share = sum(1 for c in letters if SCRIPT[locale].match(c)) / len(letters)
        assert 0.25 < share < 0.75, f"{locale}: {share:.0%} of the letters in its script"
    else:
        translated = soup_of(page_file(site, locale, "handout")).select_one("article h2").get_text(strip=True)
        assert translated.split()[0] in text


@pytest.mark.parametrize("locale", OTHERS)
def test_bilingual_rows_are_aligned_with_their_own_lang_and_dir(site, locale):
    soup = soup_of(locale_root(site, locale) / "handout-tweetalig" / "index.html")
    rows = soup.select(".handout-pair > .handout-row")
    assert len(rows) == len(SECTIONS) + 1  # title row + one per section
    for row, section in zip(rows[1:], SECTIONS):
        dutch, other = row.select(":scope > .handout-col")
        assert (dutch["lang"], dutch["dir"]) == ("nl", "ltr")
        assert (other["lang"], other["dir"]) == (locale, "rtl" if locale == "ar" else "ltr")
        assert dutch.select_one("h2")["id"] == f"{section}-nl"
        assert other.select_one("h2")["id"] == section
    assert soup.select_one(".handout-pair")["dir"] == "ltr"  # Dutch left, Arabic right


@pytest.mark.parametrize("locale", LOCALES)
def test_handouts_are_linked_from_home_and_the_advice_chapter(site, locale):
    for name in ("index", "adviezen"):
        page = page_file(site, locale, name)
        hrefs = [a["href"] for a in soup_of(page).select(".site-handouts a[href]")]
        targets = {(page.parent / href).resolve() for href in hrefs}
        expected = {(locale_root(site, locale) / "handout").resolve(),
                    (site / "downloads" / f"handout-{locale}.pdf").resolve()}
        if locale != "nl":
            expected |= {(locale_root(site, locale) / "handout-tweetalig").resolve(),
                         (site / "downloads" / f"handout-nl-{locale}.pdf").resolve()}
        assert targets == expected, f"{locale}/{name}: {hrefs}"
        for target in targets:
            assert target.exists(), target


def test_qr_codes_only_with_a_site_url(site, site_with_url):
    assert not soup_of(page_file(site, "tr", "handout")).select(".handout-qr svg")
    figure = soup_of(page_file(site_with_url, "tr", "handout")).select_one(".handout-qr")
    assert figure.select_one("svg") is not None
    assert "https://school.example/intranet/brochure/tr/handout/" in figure.get_text()
