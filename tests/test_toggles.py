"""Material's drawer, search and phone table of contents open with buttons and plain
elements instead of labels of hidden checkboxes (overrides/hooks/material_markup.py,
assets/javascripts/toggles.js, assets/stylesheets/toggles.css), and work as before."""

import re

import pytest

from conftest import LOCALES, ROOT, page_file, page_names, soup_of

MATERIAL_CSS = next((ROOT / ".venv").glob("lib/python*/site-packages/material/templates/assets/stylesheets/main.*.min.css"))
TOGGLE_SELECTOR = re.compile(r"[^{}@]*\[for=__(?:drawer|search|toc)\][^{}]*(?=\{)")


def test_every_material_rule_for_a_toggle_label_is_carried_over():
    """Material styles its toggle labels by `[for=__…]`: each such selector has its
    `[data-md-for=__…]` copy in toggles.css (a Material update that adds one fails here)."""
    ours = (ROOT / "overrides/assets/stylesheets/toggles.css").read_text(encoding="utf-8")
    material = re.sub(r"/\*.*?\*/", "", MATERIAL_CSS.read_text(encoding="utf-8"), flags=re.S)
    selectors = {s.strip() for group in TOGGLE_SELECTOR.findall(material) for s in group.split(",")
                 if "[for=__" in s}
    assert len(selectors) >= 20
    missing = [s for s in selectors if s.replace("[for=", "[data-md-for=") not in ours]
    assert not missing, missing


@pytest.mark.parametrize("locale", LOCALES)
def test_no_label_points_at_a_hidden_toggle(site, locale):
    for name in page_names():
        soup = soup_of(page_file(site, locale, name))
        labels = soup.select('label[for^="__"]')
        # Only the hidden, empty stand-in Material's bundle looks up.
        assert [(l.get("for"), l.has_attr("hidden"), l.get_text(strip=True)) for l in labels] == \
            [("__search", True, "")], f"{locale}/{name}"
        for button in soup.select("button[data-md-for]"):
            assert button.get("aria-label") or button.get_text(strip=True), f"{locale}/{name}: {button}"
        assert not soup.select("input.md-toggle[autocomplete]")


@pytest.mark.parametrize("locale", ["nl", "ar"])
def test_phone_menu_search_and_contents_open_and_close(browser, base_url, locale):
    context = browser.new_context(viewport={"width": 390, "height": 700})
    page = context.new_page()
    page.goto(base_url + ("" if locale == "nl" else f"{locale}/") + "gevolgen/")
    checked = lambda toggle: page.evaluate(f"document.getElementById('{toggle}').checked")
    menu = page.locator('.md-header button[data-md-for="__drawer"]')
    # By keyboard: the menu button is the third stop, after the skip and quick exit links.
    for _ in range(3):
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('data-md-for')") == "__drawer"
    page.keyboard.press("Enter")
    assert checked("__drawer") and menu.get_attribute("aria-expanded") == "true"
    page.wait_for_timeout(300)
    contents = page.locator('.md-nav--primary button[data-md-for="__toc"]')
    assert contents.is_visible()
    contents.click()
    assert checked("__toc") and contents.get_attribute("aria-expanded") == "true"
    page.wait_for_timeout(300)
    # The overlay beside the drawer closes it, as before.
    page.mouse.click(380 if locale == "nl" else 10, 400)
    assert not checked("__drawer") and menu.get_attribute("aria-expanded") == "false"
    page.locator('.md-header button[data-md-for="__search"]').click()
    assert checked("__search")
    assert page.evaluate("document.activeElement.matches('input.md-search__input')")
    page.wait_for_timeout(300)
    page.locator('.md-search__icon[data-md-for="__search"]').click()  # the back arrow
    assert not checked("__search")
    context.close()
