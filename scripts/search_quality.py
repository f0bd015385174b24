"""Search quality: precision@1 and recall@3 of a set of natural queries per language, as
readers type or paste them, in Chromium (tests/test_search_quality.py; the benchmark
calls report()).

Each language's queries are in tests/data/search-queries/<locale>.yml, proposed by a
fresh reader of that language's pages: the query, the `answer` (`page#section`, or
`page` for a page's opening text) and sections that `also` answer it. A result is one
page or section shown with its text, in the order Material shows them (RANKED). A page
answer is met by any result on that page, a section answer only by that section.
- precision@1: the first result answers the query;
- recall@3: an answer is among the first three results."""

import sys
from pathlib import Path
from urllib.parse import urlsplit

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "overrides" / "hooks"))

from _chromium import CHROMIUM, CHROMIUM_ARGS, TRACK_SEARCH, search  # noqa: E402

QUERIES = ROOT / "tests" / "data" / "search-queries"
LOCALES = ["nl", "tr", "ar", "srn", "hi"]
GOALS = {"precision_at_1": 0.9, "recall_at_3": 1.0}
# What this site's ranking must never fall below (Material's default ranking gave about
# P@1 0.24 and R@3 0.5 on these queries; ours 0.59-0.76 and 0.75-0.90 on 2026-12-08):
# below it, a change has undone the ranking. The goals above are not reached yet (#23).
FLOOR = {"precision_at_1": 0.5, "recall_at_3": 0.7}

# The results as Material shows them: pages in its order, and of each page the entries
# it shows with their text, those with the page's best score (its others are folded
# away under "more", and the page's title alone is no answer).
RANKED = """() => [...document.querySelectorAll('.md-search-result__list > .md-search-result__item')]
  .flatMap(item => {
    const links = [...item.querySelectorAll('a.md-search-result__link')].map(link => ({
      href: link.href, score: parseFloat(link.querySelector('[data-md-score]').dataset.mdScore)}));
    const best = Math.max(...links.map(link => link.score));
    return links.filter(link => link.score === best).map(link => link.href);
  })"""


def queries(locale: str) -> list[dict]:
    return yaml.safe_load((QUERIES / f"{locale}.yml").read_text(encoding="utf-8"))


def target_of(href: str, locale_root_url: str) -> str | None:
    """'page#section' (or 'page') of a result link, None outside the locale's root."""
    parts = urlsplit(href)
    root = urlsplit(locale_root_url).path
    if not parts.path.startswith(root):
        return None
    page = parts.path[len(root):].strip("/").split("/", 1)[0] or "index"
    return f"{page}#{parts.fragment}" if parts.fragment else page


def answers(result: str | None, case: dict) -> bool:
    if result is None:
        return False
    for wanted in [case["answer"], *case.get("also", [])]:
        if result == wanted or ("#" not in wanted and result.split("#")[0] == wanted):
            return True
    return False


def measure(browser, locale_root_url: str, locale: str, how: str, default_locale: str = "nl") -> dict:
    """Search every query of the locale from its home page; how: "type" or "paste"."""
    context = browser.new_context()
    context.add_init_script(TRACK_SEARCH)
    page = context.new_page()
    page.goto(locale_root_url)
    cases, misses, foreign = queries(locale), [], []
    first = within_3 = within_5 = 0
    other_locales = tuple(f"{code}/" for code in LOCALES if code != default_locale)
    for case in cases:
        search(page, case["query"], how=how)
        hrefs = page.evaluate(RANKED)
        results = [target_of(href, locale_root_url) for href in hrefs]
        # The default locale's root holds the other locales' folders too.
        foreign += [href for href, result in zip(hrefs, results)
                    if result is None or (locale == default_locale and f"{result.split('#')[0]}/" in other_locales)]
        hit_1 = answers(results[0] if results else None, case)
        hit_3 = any(answers(result, case) for result in results[:3])
        first += hit_1
        within_3 += hit_3
        within_5 += any(answers(result, case) for result in results[:5])
        if not hit_1:
            misses.append(f"{'   ' if hit_3 else 'R@3'} {case['query']!r}: expected {case['answer']}"
                          f"{' or ' + ', '.join(case['also']) if case.get('also') else ''}, got {results[:3]}")
    context.close()
    count = len(cases)
    return {"queries": count, "first": first, "within_3": within_3,
            "precision_at_1": round(first / count, 3), "recall_at_3": round(within_3 / count, 3),
            "recall_at_5": round(within_5 / count, 3),  # the measure scripts/benchmark.py reported before
            "misses": misses, "foreign": foreign}


def report(browser, base_url: str) -> dict:
    """{locale: {"type": measure(...), "paste": measure(...)}} for a site served at
    base_url (its default locale's root): for the benchmark."""
    return {locale: {how: measure(browser, base_url + ("" if locale == "nl" else f"{locale}/"), locale, how)
                     for how in ("type", "paste")}
            for locale in LOCALES}


def table(results: dict) -> str:
    """The benchmark's lines: P@1 and R@3 per language, typed and pasted."""
    lines = [f"{'locale':<7}{'queries':>8}{'P@1 typed':>11}{'R@3 typed':>11}{'P@1 pasted':>12}{'R@3 pasted':>12}"
             f"   (goals: P@1 >= {GOALS['precision_at_1']}, R@3 = {GOALS['recall_at_3']})"]
    for locale, by_how in results.items():
        typed, pasted = by_how["type"], by_how["paste"]
        lines.append(f"{locale:<7}{typed['queries']:>8}{typed['precision_at_1']:>11}{typed['recall_at_3']:>11}"
                     f"{pasted['precision_at_1']:>12}{pasted['recall_at_3']:>12}")
    return "\n".join(lines)


def main() -> int:
    """scripts/search_quality.py [SITE_DIR] [--paste] [LOCALE ...]: measure a built site
    (default site/) and list each query that misses."""
    from playwright.sync_api import sync_playwright

    from _chromium import serve

    args = sys.argv[1:]
    hows = ["paste"] if "--paste" in args else ["type", "paste"]
    args = [a for a in args if a != "--paste"]
    site = Path(args[0]) if args and args[0] not in LOCALES else ROOT / "site"
    locales = [a for a in args if a in LOCALES] or LOCALES
    server = serve(site)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    failed = False
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for locale in locales:
            for how in hows:
                result = measure(browser, base + ("" if locale == "nl" else f"{locale}/"), locale, how)
                print(f"{locale} {how}: P@1 {result['precision_at_1']} ({result['first']}/{result['queries']}),"
                      f" R@3 {result['recall_at_3']} ({result['within_3']}/{result['queries']})")
                print("\n".join("  " + miss for miss in result["misses"]))
                failed |= result["precision_at_1"] < GOALS["precision_at_1"] or result["recall_at_3"] < GOALS["recall_at_3"]
        browser.close()
    server.shutdown()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
