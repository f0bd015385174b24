"""The offline copy (overrides/hooks/offline_copy.py): a zip of the whole site, linked
from every language's home page with its size, that works unpacked and opened from
file://: every link resolves to a file, the PDFs are inside, search works in every
language, and nothing is requested from anywhere but the copy itself. An address
copied from the copy (`gevolgen.html`) opens the same page online and one copied from
the site (`gevolgen/`) the same page in the copy, section included
(overrides/hooks/address_redirects.py)."""

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


SECTION = ("gevolgen", "psychische-schade")  # a page and one of its sections


def page_names_of(site, locale):
    """The menu's pages (the handout among them) and the bilingual handout, outside it."""
    return [name for name in page_names() if name != "index"] + \
        (["handout-tweetalig"] if locale != "nl" else [])


@pytest.mark.parametrize("locale", LOCALES)
def test_every_page_has_its_other_address_in_both_copies(site, copy, locale):
    for name in page_names_of(site, locale):
        online = soup_of(locale_root(site, locale) / f"{name}.html")
        assert online.select_one("p a")["href"] == f"{name}/", f"{locale}/{name}.html"
        assert online.html["lang"] == locale
        offline = soup_of(locale_root(copy, locale) / name / "index.html")
        assert offline.select_one("p a")["href"] == f"../{name}.html", f"{locale}/{name}/index.html"
        title = soup_of(page_file(site, locale, name)).title.get_text()
        assert online.title.get_text() == offline.title.get_text() == title


@pytest.mark.parametrize("javascript", [True, False])
def test_an_address_from_the_copy_opens_the_page_online_and_back(browser, base_url, copy, javascript):
    """With JavaScript the section comes along; without, the page opens at its top."""
    name, section = SECTION
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    fragment = f"#{section}" if javascript else ""
    page.goto(base_url + f"tr/{name}.html#{section}")
    page.wait_for_url(base_url + f"tr/{name}/{fragment}")
    assert page.locator("html").get_attribute("lang") == "tr" and page.locator(f"h2#{section}").count() == 1
    page.goto((copy / "tr" / name / "index.html").as_uri() + f"#{section}")
    page.wait_for_url((copy / "tr" / f"{name}.html").as_uri() + fragment)
    assert page.locator(f"h2#{section}").count() == 1
    context.close()
