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


def test_synonyms_are_in_the_index_of_their_entry_not_in_its_text(site):
    """translations/search-synonyms.yml: each word on the index entry of its page or
    section, and (a word the brochure does not use) nowhere in the text a reader sees."""
    import yaml

    from search_synonyms import target_of

    languages = yaml.safe_load((ROOT / "translations/search-synonyms.yml").read_text(encoding="utf-8"))["languages"]
    termbase = (ROOT / "translations/termbase.yml").read_text(encoding="utf-8")  # renders the glossary
    assert set(languages) == set(LOCALES)
    checked = 0
    for locale, entry in languages.items():
        assert entry["review"] in ("draft", "reviewed")
        docs = {target_of(doc["location"]): doc for doc in index_of(site, locale)["docs"]}
        for target, words in entry["pages"].items():
            name = target.split("#")[0]
            for word in words:
                assert word in docs[target]["synonyms"], (locale, target, word)
                if word not in (ROOT / "docs" / locale / f"{name}.md").read_text(encoding="utf-8") + termbase:
                    article = soup_of(page_file(site, locale, name)).select_one("article")
                    assert word not in article.get_text(), (locale, target, word)
                    checked += 1
    assert checked >= 20


def test_a_synonym_for_a_missing_section_stops_the_build_naming_file_and_line(tmp_path):
    from conftest import copy_for_cli, run_build

    copy_for_cli(tmp_path)
    synonyms = tmp_path / "translations/search-synonyms.yml"
    lines = synonyms.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.strip().startswith("wettelijk-kader:"))
    lines.insert(at, "      wettelijk-kader#geen-sectie: [wetboek]")
    synonyms.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_build(tmp_path / "site", docs_dir=tmp_path / "docs", env={"SITE_LANGUAGES": "nl", "SITE_PDF": "0"})
    output = result.stdout + result.stderr
    assert result.returncode != 0 and "Traceback" not in output
    assert f"translations/search-synonyms.yml:{at + 1}: nl: 'wettelijk-kader#geen-sectie' is no page or section" in output


@pytest.mark.parametrize("locale", LOCALES)
def test_each_glossary_term_is_a_short_search_result_of_its_own(site, locale):
    soup = soup_of(page_file(site, locale, "begrippenlijst"))
    terms = [dt["id"] for dt in soup.select("dl.site-glossary > dt[id]")]
    docs = {doc["location"]: doc for doc in index_of(site, locale)["docs"]}
    assert len(terms) >= 15
    for term in terms:
        doc = docs[f"begrippenlijst/#{term}"]
        assert doc["title"] == " ".join(soup.find(id=term).get_text().split())
        assert 0 < len(doc["text"]) <= 600, (term, len(doc["text"]))
    assert len(docs["begrippenlijst/"]["text"]) <= 600  # the page's opening only


def search_on_a_phone(browser, base_url, locale):
    from _chromium import TRACK_SEARCH

    context = browser.new_context(viewport={"width": 390, "height": 844})
    context.add_init_script(TRACK_SEARCH)
    page = context.new_page()
    page.goto(base_url + ("" if locale == "nl" else f"{locale}/"))
    page.locator('.md-header button[data-md-for="__search"]').click()
    return context, page


RESULT_LENGTHS = """() => [...document.querySelectorAll('.md-search-result__article')]
  .map(article => article.textContent.replace(/\\s+/g, ' ').trim().length)"""


@pytest.mark.parametrize("locale", LOCALES)
def test_no_search_result_is_longer_than_600_characters(browser, base_url, locale):
    """On a phone, for a glossary word and the language's first queries: every result,
    folded ones included, shows at most 600 characters (title and text)."""
    from search_quality import queries

    context, page = search_on_a_phone(browser, base_url, locale)
    words = [glossary_word(locale)] + [case["query"] for case in queries(locale)[:6]]
    longest = {}
    for word in words:
        search(page, word, how="paste")
        lengths = page.evaluate(RESULT_LENGTHS)
        assert lengths, word
        longest[word] = max(lengths)
    context.close()
    assert max(longest.values()) <= 600, longest


# "Veilig Thuis" in every language: the chapter that says when to call it, or the home
# page's "Begin hier", first.
VEILIG_THUIS_ANSWERS = ("eergerelateerd-geweld", "index")


@pytest.mark.parametrize("how", ["type", "paste"])
@pytest.mark.parametrize("locale", LOCALES)
def test_veilig_thuis_answers_with_the_chapter_or_begin_hier_first(browser, base_url, locale, how):
    from search_quality import RANKED, target_of

    context, page = search_on_a_phone(browser, base_url, locale)
    search(page, "Veilig Thuis", how=how)
    results = [target_of(href, base_url + ("" if locale == "nl" else f"{locale}/")) for href in page.evaluate(RANKED)]
    context.close()
    assert results and results[0].split("#")[0] in VEILIG_THUIS_ANSWERS, results[:3]


# A page that holds the reader's words ranks above one found only through a synonym or
# one shared title word; a word with a suffix or clitic finds the word's other forms.
HOLDS_THE_WORDS = {
    "nl": ["aangifte doen", "Veilig Thuis"],
    "tr": ["şikayet", "kızımın fotoğrafı yayılıyor"],
    "ar": ["بالشرطة", "ابتزاز"],
    "srn": ["Veilig Thuis"],
    "hi": ["लड़कियों की तस्वीरें", "ब्लैकमेल"],
}


@pytest.mark.parametrize("locale", LOCALES)
def test_first_result_holds_the_words_or_their_forms(browser, base_url, locale):
    """Each of these finds a first result with no query word "missing" (Material lists
    the words a result lacks under it), typed key by key."""
    context, page = search_on_a_phone(browser, base_url, locale)
    missing = {}
    for words in HOLDS_THE_WORDS[locale]:
        search(page, words)
        first = page.locator(".md-search-result__item").first
        # (folded entries' lines read as empty: only what is shown counts)
        missing[words] = [text for text in first.locator(".md-search-result__terms").all_inner_texts() if text.strip()]
    context.close()
    assert not any(missing.values()), missing
