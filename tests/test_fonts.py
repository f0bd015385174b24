"""Fonts. On screen the site uses the reader's system fonts and downloads none (the
weight budget test checks every page). On paper the print stylesheet asks for Noto by
its installed family names, so every PDF embeds Noto only, with the script face its
language needs; any other font means a character fell back to whatever the machine had."""

import re

import pytest

from conftest import LOCALES
from test_pdfs import poppler

INSTALL_NOTO = "apt-get install -y fonts-noto-core"
SCRIPT_FACE = {"ar": "NotoSansArabic", "hi": "NotoSansDevanagari"}


def embedded_fonts(pdf) -> set[str]:
    lines = poppler("pdffonts", str(pdf)).splitlines()[2:]
    return {re.sub(r"^[A-Z]{6}\+", "", line.split()[0]) for line in lines}


@pytest.mark.parametrize("locale", LOCALES)
def test_pdfs_embed_noto_only_with_their_scripts_face(site, locale):
    pdfs = sorted((site / "downloads").glob(f"*-{locale}.pdf"))
    assert len(pdfs) == (2 if locale == "nl" else 3), pdfs  # brochure, handout, bilingual handout
    for pdf in pdfs:
        fonts = embedded_fonts(pdf)
        assert fonts and all(font.startswith("NotoSans") for font in fonts), \
            f"{pdf.name} embeds {sorted(fonts)}: is Noto installed? {INSTALL_NOTO}"
        assert "NotoSans-Regular" in fonts and "NotoSans-Bold" in fonts, f"{pdf.name}: {sorted(fonts)}"
        if locale in SCRIPT_FACE:
            assert {f"{SCRIPT_FACE[locale]}-Regular", f"{SCRIPT_FACE[locale]}-Bold"} <= fonts, \
                f"{pdf.name}: {sorted(fonts)}"


def test_screen_pages_declare_no_web_fonts(page, base_url):
    for prefix in ("", "ar/", "hi/"):
        page.goto(base_url + prefix + "gevolgen/")
        assert page.evaluate("document.fonts.size") == 0, prefix
