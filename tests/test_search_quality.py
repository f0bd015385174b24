"""Search finds what readers type: for each language a set of queries (tests/data/
search-queries/<locale>.yml, at least 25, as readers type them, a few with words the
brochure does not use) finds the expected page among the first five results, typed
key by key and pasted at once, and every result is in the reader's language."""

import pytest

from conftest import LOCALES
from search_quality import measure, queries

GOAL = 0.95


@pytest.mark.parametrize("how", ["type", "paste"])
@pytest.mark.parametrize("locale", LOCALES)
def test_recall_at_5(browser, base_url, locale, how):
    assert len(queries(locale)) >= 25
    root = base_url + ("" if locale == "nl" else f"{locale}/")
    result = measure(browser, root, locale, how)
    print(f"{locale} {how}: recall@5 {result['recall_at_5']} ({result['found']}/{result['queries']}),"
          f" first {result['first']}")
    assert not result["foreign"], f"results in another language: {result['foreign']}"
    assert result["recall_at_5"] >= GOAL, f"{locale} {how}: recall@5 {result['recall_at_5']}:\n" + \
        "\n".join(result["misses"])
