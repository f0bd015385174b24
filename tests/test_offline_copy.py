"""The offline copy (overrides/hooks/offline_copy.py): a zip of the whole site, linked
from every language's home page with its size, that works unpacked and opened from
file://: every link resolves to a file, the PDFs are inside, search works in every
language, and nothing is requested from anywhere but the copy itself."""

import re
import zipfile
from urllib.parse import unquote, urlsplit

import pytest

from _chromium import search
from benchmark import SEARCH_WORD
from conftest import LOCALES, all_html, locale_root, page_file, page_names, soup_of

ZIP = "downloads/praten-over-shame-sexting-offline.zip"


@pytest.fixture(scope="module")
def copy(site, tmp_path_factory):
    target = tmp_path_factory.mktemp("offline")
    with zipfile.ZipFile(site / ZIP) as archive:
        archive.extractall(target)
    return target / "praten-over-shame-sexting"


@pytest.mark.parametrize("locale", LOCALES)
def test_home_page_links_the_zip_with_its_size(site, locale):
    home = page_file(site, locale, "index")
    links = soup_of(home).select(".site-downloads--offline a[href]")
    assert len(links) == 1
    assert (home.parent / links[0]["href"]).resolve() == (site / ZIP).resolve()
    size_mb = round((site / ZIP).stat().st_size / 1_000_000)
    meta = links[0].find_next_sibling(class_="site-downloads__meta").get_text()
    assert meta == f"(ZIP, {max(1, size_mb)} MB)"
    for name in page_names():
        if name != "index":
            assert not soup_of(page_file(site, locale, name)).select(".site-downloads--offline")


def test_every_link_in_the_copy_resolves_to_a_file(copy):
    pages = all_html(copy)
    assert len(pages) >= len(LOCALES) * len(page_names())
    broken = {}
    for path in pages:
        for element in soup_of(path).select("[href], [src], form[action]"):
            value = element.get("href") or element.get("src") or element.get("action")
            if re.match(r"^(https?|mailto|tel|data):|^#", value):
                continue
            target = path.parent / unquote(urlsplit(value).path)
            if value.startswith("/") or not target.is_file():
                broken.setdefault(path.relative_to(copy).as_posix(), []).append(value)
    assert not broken, f"links that do not open from file://: {broken}"


def test_copy_holds_the_pdfs_and_no_server_files(site, copy):
    assert sorted(p.name for p in (copy / "downloads").glob("*.pdf")) == \
        sorted(p.name for p in (site / "downloads").glob("*.pdf"))
    assert not list(copy.rglob("404.html")) and not (copy / "_headers").exists()
    assert not list(copy.rglob("*.map"))
    # No copy of the copy, and no side-by-side form: file:// pages cannot fetch pages.
    assert not soup_of(copy / "index.html").select(".site-downloads--offline, form.site-side-by-side")


@pytest.mark.parametrize("locale", LOCALES)
def test_search_works_from_file_and_nothing_leaves_the_copy(browser, copy, locale):
    context = browser.new_context()
    page = context.new_page()
    requests, errors = [], []
    page.on("request", lambda request: requests.append(request.url))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto((locale_root(copy, locale) / "index.html").as_uri())
    search(page, SEARCH_WORD[locale])
    page.locator(".md-search-result__item").first.wait_for(timeout=15000)
    first = page.locator(".md-search-result__item a").first.get_attribute("href")
    target = urlsplit(first)
    assert target.scheme == "file" and target.path.endswith(".html")
    assert target.path.startswith(locale_root(copy, locale).as_uri()[len("file://"):])
    page.goto(first)
    assert page.locator("article h1").count() == 1
    context.close()
    assert not errors
    foreign = [url for url in requests if not url.startswith(("file://", "data:", "blob:", "about:"))]
    assert not foreign, foreign
