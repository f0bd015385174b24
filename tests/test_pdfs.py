"""The brochure PDFs: one per language, linked from every page of that language,
fonts embedded, text in the right language (read with poppler's pdftotext/pdffonts)."""

import re
import shutil
import subprocess

import pytest

from conftest import LOCALES, SCRIPT, in_print_view, page_file, page_names, soup_of

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
