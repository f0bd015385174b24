"""Search quality: recall@5 of a set of queries per language, as readers type or paste
them, in Chromium (tests/test_search_quality.py and scripts/benchmark.py).

Each language's queries are in tests/data/search-queries/<locale>.yml: the query and
the page that should be among the first five results."""

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "overrides" / "hooks"))

from _chromium import TRACK_SEARCH, search  # noqa: E402

QUERIES = ROOT / "tests" / "data" / "search-queries"
TOP = 5


def queries(locale: str) -> list[dict]:
    return yaml.safe_load((QUERIES / f"{locale}.yml").read_text(encoding="utf-8"))


def page_of(href: str, locale_root_url: str) -> str | None:
    """The page slug a result links to, or None for a result outside the locale."""
    if not href.startswith(locale_root_url):
        return None
    path = href[len(locale_root_url):].split("#", 1)[0].split("?", 1)[0].strip("/")
    first = path.split("/", 1)[0]
    return first or "index"


def measure(browser, locale_root_url: str, locale: str, how: str, default_locale: str = "nl") -> dict:
    """Search every query of the locale from its home page; how: "type" or "paste"."""
    context = browser.new_context()
    context.add_init_script(TRACK_SEARCH)
    page = context.new_page()
    page.goto(locale_root_url)
    cases, misses, foreign, ranks = queries(locale), [], [], []
    other_locales = ("tr/", "ar/", "srn/", "hi/")
    for case in cases:
        results = search(page, case["query"], how=how)
        pages = [page_of(href, locale_root_url) for href in results]
        # The default locale's root holds the other locales' folders too.
        foreign += [href for href, slug in zip(results, pages)
                    if slug is None or (locale == default_locale and f"{slug}/" in other_locales)]
        rank = pages.index(case["page"]) + 1 if case["page"] in pages[:TOP] else None
        ranks.append(rank)
        if rank is None:
            misses.append(f"{case['query']!r}: expected {case['page']}, got {pages[:TOP]}")
    context.close()
    found = sum(rank is not None for rank in ranks)
    return {"queries": len(cases), "found": found, "recall_at_5": round(found / len(cases), 3),
            "first": sum(rank == 1 for rank in ranks), "misses": misses, "foreign": foreign}
