"""WCAG 2.2 AA in every language, in a real browser: axe-core on every page, the
keyboard path through a chapter, language marks, and reflow."""

import json
import re

import pytest

from accessibility import run_axe, site_pages
from conftest import LOCALES, ROOT, page_names

CHAPTERS = [name for name in page_names() if name not in ("print", "begrippen-in-vijf-talen")]


def url_of(base_url, locale, name):
    prefix = "" if locale == "nl" else f"{locale}/"
    return base_url + prefix + ("" if name == "index" else f"{name}/")


def test_axe_finds_no_violations_on_any_page(site, base_url, page):
    """Every page of every language, the print views and the handouts included; and on
    every one of them nothing is requested from another host and nothing fails."""
    pages = site_pages(site)
    assert len(pages) >= len(LOCALES) * len(page_names())
    origin = base_url.split("/intranet")[0]
    foreign, failed = [], []
    page.on("request", lambda r: not r.url.startswith((origin, "data:", "blob:")) and foreign.append(r.url))
    page.on("requestfailed", lambda r: failed.append(r.url))
    page.on("response", lambda r: r.status >= 400 and failed.append(r.url))
    report, rules = [], set()
    for path in pages:
        page.goto(base_url + path)
        result = run_axe(page)
        rules.update(result["passes"])
        for violation in result["violations"]:
            rules.add(violation["id"])
            report.append(f"/{path}: {violation['id']}: {violation['help']}: {violation['nodes'][:2]}")
    assert not report, "\n".join(report)
    assert not foreign, f"requests to other hosts: {foreign}"
    assert not failed, f"failed requests: {failed}"
    # The accessibility statement cites these numbers: they must be the current ones.
    cited = json.loads((ROOT / "scripts/data/accessibility-results.json").read_text())
    assert (cited["pages"], cited["rules"], cited["violations"]) == (len(pages), len(rules), 0), (
        f"the statement cites {cited}, measured {len(pages)} pages, {len(rules)} rules: "
        "run 'scripts/build && .venv/bin/python scripts/accessibility.py --write'")


def test_axe_reports_a_real_violation(page, base_url):
    """The harness is not vacuous: an image without alt text is found."""
    page.goto(base_url)
    page.evaluate("""document.querySelector('article').insertAdjacentHTML('beforeend',
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">')""")
    assert "image-alt" in [v["id"] for v in run_axe(page)["violations"]]


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
