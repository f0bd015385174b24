"""Each locale searches only its own pages, with its own lunr language."""

import json

import pytest

from _chromium import search
from conftest import LOCALES, ROOT, locale_root, page_file, page_names, soup_of

LUNR = {"nl": ["nl"], "tr": ["tr"], "ar": ["ar"], "hi": ["hi"], "srn": ["en"]}


def index_of(site, locale):
    return json.loads((locale_root(site, locale) / "search" / "search_index.json").read_text())


@pytest.mark.parametrize("locale", LOCALES)
def test_each_locale_has_its_own_index_with_only_its_pages(site, locale):
    index = index_of(site, locale)
    assert index["config"]["lang"] == LUNR[locale]
    # The locale's own pages, less those excluded from search (the print view
    # repeats every page; the bilingual handout repeats two; the five-language term
    # table would flood every result list).
    own = {path.stem for path in (ROOT / "docs" / locale).glob("*.md")
           if "\n  exclude: true" not in path.read_text(encoding="utf-8")} - {"begrippen-in-vijf-talen"}
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
    search(page, "eergerelateerd")
    first = page.locator(".md-search-result__item a").first
    first.wait_for(timeout=15000)
    href = first.get_attribute("href")
    assert "/intranet/school/brochure/" in href and "/tr/" not in href
    assert page.locator(".md-search-result__meta").inner_text()
    assert not server[0].not_found, f"404s: {server[0].not_found}"


def glossary_word(locale: str) -> str:
    """A word of the glossary term 'eergerelateerd geweld' in the locale's language."""
    import re

    import yaml

    terms = yaml.safe_load((ROOT / "translations/termbase.yml").read_text(encoding="utf-8"))["terms"]
    term = next(t for t in terms if t["id"] == "eergerelateerd-geweld")[locale]["term"]
    words = [w for w in re.split(r"[\s\-()]+", re.sub(r"<[^>]+>", " ", term)) if len(w) >= 4]
    return max(words, key=len)


@pytest.mark.parametrize("locale", LOCALES)
def test_each_language_finds_its_own_glossary_term_and_only_its_pages(page, base_url, locale):
    prefix = "" if locale == "nl" else f"{locale}/"
    page.goto(base_url + prefix + "begrippenlijst/")
    search(page, glossary_word(locale))
    page.locator(".md-search-result__item a").first.wait_for(timeout=15000)
    hrefs = page.locator(".md-search-result__item a").evaluate_all("els => els.map(e => e.href)")
    assert hrefs
    for href in hrefs:
        path = href.split("/intranet/school/brochure/", 1)[1]
        first = path.split("/", 1)[0]
        if locale == "nl":
            assert first not in LOCALES, href
        else:
            assert first == locale, href


@pytest.mark.parametrize("locale", LOCALES)
def test_the_term_table_stays_out_of_search_and_the_glossary_in(site, locale):
    located = {doc["location"].split("#")[0] for doc in index_of(site, locale)["docs"]}
    assert "begrippen-in-vijf-talen/" not in located and "begrippenlijst/" in located


def test_synonyms_are_in_the_index_of_their_page_not_in_its_text(site):
    """translations/search-synonyms.yml: each word on its page's own index entry, and
    (a word the brochure does not use) nowhere in the page a reader sees."""
    import yaml

    languages = yaml.safe_load((ROOT / "translations/search-synonyms.yml").read_text(encoding="utf-8"))["languages"]
    termbase = (ROOT / "translations/termbase.yml").read_text(encoding="utf-8")  # renders the glossary
    assert set(languages) == set(LOCALES)
    checked = 0
    for locale, entry in languages.items():
        assert entry["review"] in ("draft", "reviewed")
        docs = {doc["location"]: doc for doc in index_of(site, locale)["docs"]}
        for name, words in entry["pages"].items():
            doc = docs["" if name == "index" else f"{name}/"]
            for word in words:
                assert word in doc["synonyms"], (locale, name, word)
                if word not in (ROOT / "docs" / locale / f"{name}.md").read_text(encoding="utf-8") + termbase:
                    assert word not in soup_of(page_file(site, locale, name)).get_text(), (locale, name, word)
                    checked += 1
    assert checked >= 20
