"""lang and dir per locale; Dutch fallback content marked as Dutch; hreflang."""

from urllib.parse import urljoin

import pytest

from conftest import LOCALES, ROOT, all_html, locale_root, page_file, page_names, soup_of

DIRECTION = {"nl": "ltr", "tr": "ltr", "ar": "rtl", "srn": "ltr", "hi": "ltr"}


def locale_pages(site, locale):
    return [page_file(site, locale, name) for name in page_names()]


@pytest.mark.parametrize("locale", LOCALES)
def test_html_lang_and_dir(site, locale):
    for path in locale_pages(site, locale):
        html = soup_of(path).html
        assert html["lang"] == locale, path
        assert html["dir"] == DIRECTION[locale], path
        assert soup_of(path).body["dir"] == DIRECTION[locale], path


@pytest.mark.parametrize("locale", [l for l in LOCALES if l != "nl"])
def test_untranslated_pages_say_so_and_mark_their_content_dutch(site, locale):
    for name in page_names():
        translated = (ROOT / "docs" / locale / f"{name}.md").exists()
        soup = soup_of(page_file(site, locale, name))
        fallback = soup.select_one(".site-fallback-content")
        notice = soup.select_one(".site-notice--fallback")
        if translated:
            assert fallback is None and notice is None, f"{locale}/{name}"
        else:
            assert fallback is not None and fallback["lang"] == "nl", f"{locale}/{name}"
            assert notice is not None and notice.get_text(strip=True), f"{locale}/{name}"


def test_no_head_hreflang_links_that_would_make_material_fetch_missing_sitemaps(site):
    for path in all_html(site):
        assert not soup_of(path).select("head link[rel=alternate][hreflang]"), path


@pytest.mark.parametrize("locale", LOCALES)
def test_language_switcher_lists_every_locale_and_keeps_the_page(site, locale):
    soup = soup_of(page_file(site, locale, "gevolgen"))
    links = {a["hreflang"]: a["href"] for a in soup.select("a.md-select__link[hreflang]")}
    assert set(links) == set(LOCALES)
    here = "http://host/" + ("" if locale == "nl" else f"{locale}/") + "gevolgen/"
    for other, href in links.items():
        target = urljoin(here, href)
        expected = "http://host/" + ("" if other == "nl" else f"{other}/") + "gevolgen/"
        assert target == expected, f"{locale} -> {other}: {href}"


def test_arabic_keeps_phone_numbers_left_to_right(site):
    help_block = soup_of(page_file(site, "ar", "gevolgen")).select_one("aside.site-help")
    for link in help_block.select('a[href^="tel:"]'):
        assert link["dir"] == "ltr" and link.bdi is not None


def test_arabic_keeps_file_details_left_to_right(site):
    """"(PDF, A4)" after Arabic text would lose its closing bracket to the bidi algorithm."""
    details = soup_of(page_file(site, "ar", "index")).select(".site-downloads__meta")
    assert len(details) == 2  # the PDF and the offline copy
    assert all(detail.get("dir") == "ltr" for detail in details)


@pytest.mark.parametrize("locale", LOCALES)
def test_sitemap_per_locale_with_hreflang_for_real_translations_only(site_with_url, locale):
    import xml.etree.ElementTree as ET

    namespaces = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9",
                  "x": "http://www.w3.org/1999/xhtml"}
    root = locale_root(site_with_url, locale)
    tree = ET.parse(root / "sitemap.xml")
    prefix = "https://school.example/intranet/brochure/" + ("" if locale == "nl" else f"{locale}/")
    urls = tree.findall("s:url", namespaces)
    assert len(urls) >= 10
    for url in urls:
        location = url.find("s:loc", namespaces).text
        assert location.startswith(prefix), location
        for alternate in url.findall("x:link", namespaces):
            other = alternate.get("hreflang")
            path = location[len(prefix):].rstrip("/") or "index"
            assert (ROOT / "docs" / other / f"{path}.md").exists(), f"hreflang {other} for {location}"
    # A page that tells search engines to stay away is not offered to them.
    assert not [url for url in urls if "vertaalstatus" in url.find("s:loc", namespaces).text]
    assert (ROOT / "docs/nl/vertaalstatus.md").read_text(encoding="utf-8").count("\nrobots: noindex\n") == 1


@pytest.mark.parametrize("locale", LOCALES)
def test_404_page_per_locale_in_its_language(site_with_url, locale):
    page = soup_of(locale_root(site_with_url, locale) / "404.html")
    assert page.html["lang"] == locale
    assert page.html["dir"] == DIRECTION[locale]
    # Links relative to the site root, which <base> names (SITE_URL's path here).
    assert page.select_one("head > base")["href"] == "/intranet/brochure/"
    stylesheet = page.select_one('link[rel="stylesheet"]')["href"]
    assert stylesheet.startswith("assets/")
