"""Every character the pages show is covered by a self-hosted font face, so nothing
falls back to a font the reader (or the PDF) may not have."""

import re

import pytest

from conftest import LOCALES, ROOT, all_html, locale_root, soup_of

RANGE = re.compile(r"U\+([0-9A-F]+)(?:-([0-9A-F]+))?")


def covered() -> list[tuple[int, int]]:
    css = (ROOT / "overrides/assets/stylesheets/fonts.css").read_text()
    ranges = []
    for declaration in re.findall(r"unicode-range:\s*([^;]+);", css):
        for start, end in RANGE.findall(declaration):
            ranges.append((int(start, 16), int(end or start, 16)))
    return ranges


@pytest.mark.parametrize("locale", LOCALES)
def test_page_text_is_covered_by_the_self_hosted_fonts(site, locale):
    ranges = covered()
    missing = {}
    root = locale_root(site, locale)
    pages = [p for p in all_html(root) if locale != "nl" or not any(
        part in LOCALES for part in p.relative_to(site).parts[:1])]
    for path in pages:
        article = soup_of(path).select_one("article")
        if article is None:
            continue
        for char in set(article.get_text()):
            if char.isspace() or char in "¶":
                continue
            if not any(start <= ord(char) <= end for start, end in ranges):
                missing.setdefault(f"U+{ord(char):04X} {char}", path.relative_to(site).as_posix())
    assert not missing, f"characters without a self-hosted font: {missing}"
