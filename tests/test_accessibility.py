"""WCAG 2.2 AA in every language, in a real browser: axe-core and IBM's Equal Access
engine on every page, the keyboard path through a chapter, language marks, and reflow."""

import json
import re

import pytest

from accessibility import locale_of, run_axe, run_equal_access, scan, site_pages
from conftest import LOCALES, ROOT, node_tool, page_file, page_names, record_failed_requests, soup_of

CHAPTERS = [name for name in page_names() if name not in ("print", "begrippen-in-vijf-talen")]


def url_of(base_url, locale, name):
    prefix = "" if locale == "nl" else f"{locale}/"
    return base_url + prefix + ("" if name == "index" else f"{name}/")


CITED = json.loads((ROOT / "scripts/data/accessibility-results.json").read_text())
RECORD = "run 'scripts/build && .venv/bin/python scripts/accessibility.py --write'"


@pytest.mark.parametrize("locale", LOCALES)
def test_axe_and_equal_access_find_no_violations_on_any_page(site, base_url, page, browser, locale):
    """Every page of the language, the print view and the handouts included, by both
    engines (one language per test, so the workers share them); on every one of them
    nothing is requested from another host and nothing fails."""
    node_tool("accessibility-checker-engine/ace.js")
    paths = [path for path in site_pages(site) if locale_of(path) == locale]
    assert len(paths) >= len(page_names()), paths
    origin = base_url.split("/intranet")[0]
    foreign, failed = [], []
    ibm_context = browser.new_context()
    ibm_page = ibm_context.new_page()
    for each in (page, ibm_page):
        each.on("request", lambda r: not r.url.startswith((origin, "data:", "blob:")) and foreign.append(r.url))
        record_failed_requests(each, failed)
    result = scan(page, ibm_page, base_url, paths)
    ibm_context.close()
    assert not result["violations"], f"{len(result['violations'])} violations:\n" + "\n".join(result["violations"][:60])
    assert not foreign, f"requests to other hosts: {foreign}"
    assert not failed, f"failed requests: {failed}"
    # The accessibility statement cites the rules both engines applied over all pages:
    # each language's share of them must be the one recorded.
    measured = {"axe": sorted(result["axe"]), "ibm": sorted(result["ibm"])}
    assert CITED.get("rules_by_locale", {}).get(locale) == measured, \
        f"{locale}: the rules applied are not the ones the statement counts: {RECORD}"


def test_the_statement_cites_the_pages_and_rules_recorded(site):
    """The totals the statement shows are those of the per-language records above."""
    by_locale = CITED["rules_by_locale"]
    assert sorted(by_locale) == sorted(LOCALES)
    measured = {"pages": len(site_pages(site)), "violations": 0, "ibm_violations": 0,
                "rules": len(set().union(*(rules["axe"] for rules in by_locale.values()))),
                "ibm_rules": len(set().union(*(rules["ibm"] for rules in by_locale.values())))}
    assert {key: CITED.get(key) for key in measured} == measured, f"the statement cites {CITED}: {RECORD}"
    statement = soup_of(page_file(site, "nl", "toegankelijkheid")).select_one("article").get_text()
    assert all(str(CITED[key]) in statement for key in ("pages", "rules", "ibm_rules"))


def test_axe_reports_a_real_violation(page, base_url):
    """The harness is not vacuous: an image without alt text is found."""
    page.goto(base_url)
    page.evaluate("""document.querySelector('article').insertAdjacentHTML('beforeend',
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">')""")
    assert "image-alt" in [v["id"] for v in run_axe(page)["violations"]]


def test_equal_access_reports_what_material_wrote(page, base_url):
    """Nor for IBM's engine: Material's own drawer label (a label without text for a
    hidden checkbox, before overrides/hooks/material_markup.py) is found."""
    node_tool("accessibility-checker-engine/ace.js")
    page.goto(base_url)
    page.evaluate("""document.querySelector('article').insertAdjacentHTML('beforeend',
        '<label class="md-nav__title" for="__drawer"></label>')""")
    found = {v["id"] for v in run_equal_access(page)["violations"]}
    assert {"label_ref_valid", "label_content_exists"} <= found, found


FOCUS_STATE = """() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  const rect = el.getBoundingClientRect();
  // What a sighted keyboard user sees at the centre of the focused element.
  const x = Math.min(Math.max(rect.left + rect.width / 2, 0), innerWidth - 1);
  const y = Math.min(Math.max(rect.top + rect.height / 2, 0), innerHeight - 1);
  const hit = document.elementFromPoint(x, y);
  const visibleFocus = (parseFloat(style.outlineWidth) > 0 && style.outlineStyle !== 'none')
      || (style.boxShadow && style.boxShadow !== 'none') || style.textDecorationLine.includes('underline');
  return {tag: el.tagName, text: (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 40),
          cls: el.className, href: el.getAttribute('href'), visibleFocus,
          hidden: !(hit && (el.contains(hit) || hit.contains(el) || hit.closest('label') === el.closest('label'))),
          offscreen: rect.width === 0 || rect.height === 0};
}"""


@pytest.mark.parametrize("locale", LOCALES)
def test_keyboard_path_through_a_chapter(page, base_url, locale):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(url_of(base_url, locale, "gevolgen"))
    page.keyboard.press("Tab")
    first = page.evaluate(FOCUS_STATE)
    assert "md-skip" in first["cls"], f"first Tab lands on {first}"
    seen = []
    for _ in range(80):
        page.keyboard.press("Tab")
        state = page.evaluate(FOCUS_STATE)
        if state["offscreen"] or state["tag"] == "BODY":
            continue
        assert state["visibleFocus"], f"no visible focus on {state}"
        if state["hidden"]:  # let transitions (the search overlay closing) finish
            page.wait_for_timeout(500)
            state = page.evaluate(FOCUS_STATE)
        assert not state["hidden"], f"focused element under the sticky header: {state}"
        seen.append(state)
    labels = " ".join(f"{s['cls']} {s['href']} {s['tag']}" for s in seen)
    assert "md-search__input" in labels, "search is not reachable by keyboard"
    assert "md-header__button" in labels or "md-select" in labels, "language switch not reachable"


@pytest.mark.parametrize("locale", LOCALES[1:])
def test_language_switch_works_by_keyboard(page, base_url, locale):
    page.goto(url_of(base_url, "nl", "gevolgen"))
    page.locator(f'a.md-select__link[hreflang="{locale}"]').focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(f"/{locale}/gevolgen/$"))
    assert page.locator("html").get_attribute("lang") == locale


@pytest.mark.parametrize("locale", LOCALES[1:])
def test_dutch_names_inside_translations_carry_lang_nl(site, locale):
    from conftest import page_file, soup_of

    for name in CHAPTERS:
        if not (ROOT / "docs" / locale / f"{name}.md").exists():
            continue
        article = soup_of(page_file(site, locale, name)).select_one("article")
        for text in article.find_all(string=re.compile(r"Veilig Thuis|Meldcode|Openbaar Ministerie")):
            assert text.find_parent(attrs={"lang": "nl"}) is not None, \
                f"{locale}/{name}: Dutch name without lang=nl: {text.strip()[:60]!r}"


NO_HORIZONTAL_SCROLL = "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1"


@pytest.mark.parametrize("locale", LOCALES)
def test_chapters_reflow_at_320px_and_200_percent_text(page, base_url, locale):
    """320 CSS px (WCAG 1.4.10), and a 1280 px window zoomed to 200%, which the
    browser lays out at 640 CSS px (WCAG 1.4.4), with the language menu open."""
    for name in CHAPTERS:
        for width, what in ((320, "320 px"), (640, "200% zoom")):
            page.set_viewport_size({"width": width, "height": 640})
            page.goto(url_of(base_url, locale, name))
            assert page.evaluate(NO_HORIZONTAL_SCROLL), f"{locale}/{name}: scrolls sideways at {what}"
            page.locator(".md-header .md-select").first.hover()
            assert page.evaluate(NO_HORIZONTAL_SCROLL), f"{locale}/{name}: language menu sticks out at {what}"


@pytest.mark.parametrize("locale", LOCALES)
def test_both_engines_on_a_phone(browser, base_url, locale):
    """At phone width Material shows other controls (the menu and search buttons, the
    contents entry in the menu): both engines find nothing there either."""
    node_tool("accessibility-checker-engine/ace.js")
    context = browser.new_context(viewport={"width": 390, "height": 700})
    page = context.new_page()
    page.goto(url_of(base_url, locale, "gevolgen"))
    found = [f"axe {v['id']}: {v['nodes'][:2]}" for v in run_axe(page)["violations"]]
    found += [f"IBM {v['id']}: {v['node']}" for v in run_equal_access(page)["violations"]]
    context.close()
    assert not found, "\n".join(found)


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("results", ["some", "none"])
def test_both_engines_with_search_open(browser, base_url, locale, results):
    """With search open, showing results or none (the status line, the results' scroll
    area), at desktop width: both engines find nothing."""
    from _chromium import TRACK_SEARCH, search
    from search_quality import queries

    node_tool("accessibility-checker-engine/ace.js")
    context = browser.new_context()
    context.add_init_script(TRACK_SEARCH)
    page = context.new_page()
    page.goto(url_of(base_url, locale, "gevolgen"))
    links = search(page, queries(locale)[0]["query"] if results == "some" else "zzqqxx", how="paste")
    assert bool(links) == (results == "some")
    found = [f"axe {v['id']}: {v['nodes'][:2]}" for v in run_axe(page)["violations"]]
    found += [f"IBM {v['id']}: {v['node']}" for v in run_equal_access(page)["violations"]]
    context.close()
    assert not found, "\n".join(found)
