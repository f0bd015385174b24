"""The whole-brochure print view per locale, and the print stylesheet."""

import pytest

from conftest import LOCALES, ROOT, in_print_view, page_file, page_names, soup_of


@pytest.mark.parametrize("locale", LOCALES)
def test_print_view_holds_every_chapter_in_order(site, locale):
    soup = soup_of(page_file(site, locale, "print"))
    chapters = soup.select("section.print-chapter")
    names = [name for name in page_names() if name != "print" and in_print_view(name)]
    assert len(chapters) == len(names)
    for section, name in zip(chapters, names):
        expected = soup_of(page_file(site, locale, name)).select_one("article h1")
        assert section.select_one("h1")["id"] == expected["id"]
        assert section.select_one("h1").get_text() == expected.get_text()
    links = [a["href"] for a in soup.select("section.print-chapter a[href]")]
    assert not [h for h in links if not h.startswith(("#", "http", "mailto:", "tel:"))], \
        "links between chapters point inside the print view"


def test_print_stylesheet_rules():
    css = (ROOT / "overrides/assets/stylesheets/print.css").read_text()
    for rule in ("size: A4", 'content: " (" attr(href) ")"', "break-after: avoid-page",
                 ".md-header", ".md-search"):
        assert rule in css


def test_print_in_chromium_hides_navigation_and_prints_urls(page, base_url):
    page.goto(base_url + "print/")
    page.emulate_media(media="print")
    assert not page.locator(".md-header").is_visible()
    assert not page.locator(".md-sidebar--primary").is_visible()
    after = page.evaluate(
        "getComputedStyle(document.querySelector('article a[href^=\"https://www.zininutrecht\"]'), '::after').content")
    assert "zininutrecht" in after or "attr" in after
    assert page.locator(".admonition").first.is_visible()
