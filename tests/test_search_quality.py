"""Search answers what readers type: for each language a set of natural queries that a
fresh reader proposed from the pages (tests/data/search-queries/<locale>.yml, at least
25, with the page#section answering each), typed key by key and pasted at once: the
first result answers at least 90 % of them (precision@1), and an answer is among the
first three results for every one (recall@3); every result is in the reader's language.
scripts/search_quality.py measures (and lists the misses: `scripts/search_quality.py
[site/] [--paste] [locale ...]`)."""

import pytest

from conftest import LOCALES
from search_quality import FLOOR, GOALS, measure, queries


@pytest.mark.parametrize("how", ["type", "paste"])
@pytest.mark.parametrize("locale", LOCALES)
def test_precision_at_1_and_recall_at_3(browser, base_url, locale, how):
    assert len(queries(locale)) >= 25
    root = base_url + ("" if locale == "nl" else f"{locale}/")
    result = measure(browser, root, locale, how)
    print(f"{locale} {how}: P@1 {result['precision_at_1']} ({result['first']}/{result['queries']}),"
          f" R@3 {result['recall_at_3']} ({result['within_3']}/{result['queries']})")
    assert not result["foreign"], f"results in another language: {result['foreign']}"
    measured = f"{locale} {how}: P@1 {result['precision_at_1']}, R@3 {result['recall_at_3']}"
    assert all(result[key] >= FLOOR[key] for key in FLOOR), \
        f"{measured}: below the floor {FLOOR}, the ranking fell back:\n" + "\n".join(result["misses"])
    if not all(result[key] >= GOALS[key] for key in GOALS):
        # Shown as XFAIL in every run, with the figures, until the goals are met (#23).
        pytest.xfail(f"{measured}: goals {GOALS} not met yet ({len(result['misses'])} misses)")


@pytest.mark.parametrize("locale", LOCALES)
def test_every_answer_exists(site, locale):
    """Each query's answers are a page and heading id of the built locale."""
    from conftest import page_file, soup_of

    for case in queries(locale):
        for answer in [case["answer"], *case.get("also", [])]:
            page, _, section = answer.partition("#")
            soup = soup_of(page_file(site, locale, page))
            assert not section or soup.find(id=section), f"{locale}: {case['query']!r}: no {answer}"
