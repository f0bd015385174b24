"""Each locale searches only its own pages, with its own lunr language."""

import json

import pytest

from conftest import LOCALES, ROOT, locale_root, page_file, page_names, soup_of

LUNR = {"nl": ["nl"], "tr": ["tr"], "ar": ["ar"], "hi": ["hi"], "srn": ["en"]}


def index_of(site, locale):
    return json.loads((locale_root(site, locale) / "search" / "search_index.json").read_text())


@pytest.mark.parametrize("locale", LOCALES)
def test_each_locale_has_its_own_index_with_only_its_pages(site, locale):
    index = index_of(site, locale)
    assert index["config"]["lang"] == LUNR[locale]
    own = {name for name in page_names()
           if locale == "nl" or (ROOT / "docs" / locale / f"{name}.md").exists()}
    own.discard("print")  # the print view repeats every page; it is not indexed
    located = {doc["location"].split("#")[0].rstrip("/") or "index" for doc in index["docs"]}
    assert located == own
    for doc in index["docs"]:
        assert not doc["location"].startswith(tuple(f"{l}/" for l in LOCALES)), doc["location"]


@pytest.mark.parametrize("locale", LOCALES)
def test_pages_point_search_at_their_locale_root(site, locale):
    config = json.loads(soup_of(page_file(site, locale, "gevolgen")).select_one("#__config").string)
    expected = "../" if locale == "nl" else f"../../{locale}/"
    assert config["base"].rstrip("/") + "/" == expected.replace("../../nl/", "../")


def test_search_in_chromium_under_a_sub_path(page, base_url, server):
    page.goto(base_url + "gevolgen/")
    query = page.locator("input.md-search__input")
    query.click()
    query.fill("eergerelateerd")
    query.press("End")
    first = page.locator(".md-search-result__item a").first
    first.wait_for(timeout=15000)
    href = first.get_attribute("href")
    assert "/intranet/school/brochure/" in href and "/tr/" not in href
    assert page.locator(".md-search-result__meta").inner_text()
    assert not server[0].not_found, f"404s: {server[0].not_found}"
