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


def outline_titles(pdf) -> list[str]:
    """The PDF's bookmarks (Chromium makes one per heading), in order."""
    from pypdf import PdfReader

    def walk(items):
        for item in items:
            yield from walk(item) if isinstance(item, list) else [item.title]

    return list(walk(PdfReader(pdf).outline))


@pytest.mark.parametrize("locale", LOCALES)
def test_the_handout_is_in_the_menu_but_not_in_the_print_view_or_the_pdf(site, locale):
    """The parent handout is a page of the menu with `print_view: false`: the brochure's
    print view (its chapters and contents) and its PDF leave it out, and hold no box of
    handout links either."""
    from test_pdfs import pdf_of

    assert "handout" in page_names() and not in_print_view("handout")
    handout = soup_of(page_file(site, locale, "handout")).article
    ids = [heading["id"] for heading in handout.select("h1[id], h2[id]") if not heading.find_parent(class_="site-help")]
    assert len(ids) >= 6, ids
    printed = soup_of(page_file(site, locale, "print"))
    chapters = printed.select("section.print-chapter")
    assert chapters and not [i for i in ids if printed.select(f'section.print-chapter [id="{i}"]')]
    assert not [a for a in printed.select(".print-toc a[href]") if a["href"][1:] in ids]
    assert not printed.select("section.print-chapter .site-handouts")
    # In the PDFs, the same headings give the same bookmarks: the brochure shares with
    # the handout only the help block that closes both.
    brochure, sheet = outline_titles(pdf_of(site, locale)), outline_titles(site / "downloads" / f"handout-{locale}.pdf")
    assert len(sheet) == len(ids) + 1 and len(brochure) > len(chapters)
    assert set(brochure) & set(sheet) == {brochure[-1]} == {sheet[-1]}


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
