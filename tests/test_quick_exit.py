"""Quick exit ("Snel weg") on every page of every language, in Chromium."""

import pytest

from conftest import LOCALES, page_file, page_names, soup_of
import _site_strings
from translations import read_mkdocs_config

TARGET = read_mkdocs_config()["extra"]["quick_exit"]["url"]


def site_string(locale, key):
    return _site_strings.load(locale)[key]


def neutral_site(context):
    """Stand in for the neutral site, so the test never leaves this machine."""
    context.route(TARGET, lambda route: route.fulfill(
        status=200, content_type="text/html", body="<title>neutral</title>"))


def phone_with_chapter_open(browser, base_url, locale, came_from_home=False):
    """A phone-sized browser on the chapter 'gevolgen', the neutral site stood in."""
    context = browser.new_context(viewport={"width": 390, "height": 700})
    neutral_site(context)
    page = context.new_page()
    prefix = "" if locale == "nl" else f"{locale}/"
    if came_from_home:
        page.goto(base_url + prefix)
    page.goto(base_url + prefix + "gevolgen/")
    return context, page


@pytest.mark.parametrize("locale", LOCALES)
def test_every_page_has_an_exit_link_after_the_skip_link_and_a_button(site, locale):
    for name in page_names():
        soup = soup_of(page_file(site, locale, name))
        focusable = soup.select("a[href], button, input:not(.md-toggle)")  # md-toggle: hidden checkboxes
        assert "md-skip" in focusable[0].get("class", []), f"{locale}/{name}"
        assert "quick-exit__skip" in focusable[1].get("class", []), f"{locale}/{name}"
        button = soup.select_one("header.md-header + aside.quick-exit > a.quick-exit__button")
        assert button is not None, f"{locale}/{name}: no exit button right after the header"
        assert button.parent["aria-label"] == site_string(locale, "exit.button")
        for exit_link in (focusable[1], button):
            assert exit_link["href"] == TARGET
            assert site_string(locale, "exit.button") in exit_link.get_text()
            assert site_string(locale, "exit.hint") in exit_link.get_text()
        # Beside the button, the line saying Back can bring the site back, linking to
        # the safe-use page's section on it.
        note = button.parent.select_one("a.quick-exit__note")
        assert note is not None and note.get_text(strip=True) == site_string(locale, "exit.back_note"), f"{locale}/{name}"
        target = (page_file(site, locale, name).parent / note["href"].split("#")[0]).resolve() / "index.html"
        assert target == page_file(site, locale, "veilig-gebruik").resolve(), f"{locale}/{name}: {note['href']}"
        assert note["href"].endswith("#wat-snel-weg-niet-doet")


@pytest.mark.parametrize("locale", LOCALES)
def test_second_tab_shows_the_exit_link_and_enter_leaves(browser, base_url, locale):
    context, page = phone_with_chapter_open(browser, base_url, locale)
    link = page.locator(".quick-exit__skip")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('quick-exit__skip')")
    box = link.bounding_box()
    shown = page.evaluate("""() => {
        const link = document.querySelector('.quick-exit__skip');
        const box = link.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return getComputedStyle(link).opacity === '1' && link.contains(hit);
    }""")
    assert shown and box["y"] >= 0 and box["x"] >= 0 and box["x"] + box["width"] <= 390
    page.keyboard.press("Enter")
    page.wait_for_url(TARGET)
    context.close()


@pytest.mark.parametrize("locale", LOCALES)
def test_button_leaves_and_back_does_not_return(browser, base_url, locale):
    context, page = phone_with_chapter_open(browser, base_url, locale, came_from_home=True)
    button = page.locator(".quick-exit__button")
    assert button.is_visible()  # on a phone too
    page.mouse.wheel(0, 3000)
    assert button.is_visible()  # stays in view while reading
    note = page.locator(".quick-exit__note")
    assert note.is_visible() and note.inner_text() == site_string(locale, "exit.back_note")
    note_box, button_box = note.bounding_box(), button.bounding_box()
    # Beside the button, in the same bar: its middle within the button's height.
    assert button_box["y"] <= note_box["y"] + note_box["height"] / 2 <= button_box["y"] + button_box["height"]
    button.click()
    page.wait_for_url(TARGET)
    page.go_back()
    assert not page.url.endswith("gevolgen/"), "Back returned to the page that was left"
    context.close()


def test_page_is_hidden_at_once(browser, base_url):
    """In the same task as the click, before the next site has even been asked for."""
    context = browser.new_context()
    neutral_site(context)
    page = context.new_page()
    page.goto(base_url + "gevolgen/")
    state = page.evaluate("""() => {
        document.querySelector('.quick-exit__button').click();
        return [getComputedStyle(document.body).visibility, document.title];
    }""")
    assert state == ["hidden", ""]
    page.wait_for_url(TARGET)
    context.close()


@pytest.mark.parametrize("locale", LOCALES)
def test_shift_three_times_leaves_with_messages_in_the_page_language(browser, base_url, locale):
    context = browser.new_context()
    neutral_site(context)
    page = context.new_page()
    page.clock.install()
    prefix = "" if locale == "nl" else f"{locale}/"
    page.goto(base_url + prefix + "gevolgen/")
    status = page.locator("[data-quick-exit-status]")
    page.keyboard.press("Shift")
    assert status.text_content() == site_string(locale, "exit.press_2")
    page.keyboard.press("Shift")
    assert status.text_content() == site_string(locale, "exit.press_1")
    page.clock.fast_forward(6000)  # more than 5 s: the count starts again
    assert status.text_content() == site_string(locale, "exit.expired")
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(TARGET)
    context.close()


def test_exit_is_hidden_in_print(page, base_url):
    page.goto(base_url + "gevolgen/")
    page.locator(".quick-exit__skip").focus()
    page.emulate_media(media="print")
    assert not page.locator(".quick-exit__button").is_visible()
    assert not page.locator(".quick-exit__skip").is_visible()


@pytest.mark.parametrize("locale", LOCALES)
def test_safe_use_page_explains_what_quick_exit_does_not_do(site, locale):
    soup = soup_of(page_file(site, locale, "veilig-gebruik"))
    ids = {h["id"] for h in soup.select("article h2[id]")}
    assert {"snel-weg", "wat-snel-weg-niet-doet", "prive-browsen", "veilig-apparaat"} <= ids


# What is open on the page: checked toggles (menu drawer, search, phone contents), open
# details, the search query, and whether the menu or search covers the middle of the screen.
OPEN_NOW = """() => {
  const middle = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
  return {
    toggles: [...document.querySelectorAll('input.md-toggle')].filter(t => t.checked).map(t => t.id),
    details: [...document.querySelectorAll('details')].filter(d => d.open).map(d => d.className),
    query: document.querySelector('input.md-search__input').value,
    covered: Boolean(middle && middle.closest('.md-sidebar--primary, .md-search__inner, .md-overlay')),
  };
}"""


@pytest.mark.parametrize("locale", LOCALES)
def test_after_quick_exit_back_shows_no_open_menu_search_or_details(browser, base_url, site, locale):
    """On a phone: the menu opened to go to a chapter, there a folded block and search
    opened, then quick exit; Back shows the page before with nothing open."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    neutral_site(context)
    page = context.new_page()
    home = base_url + ("" if locale == "nl" else f"{locale}/")
    page.goto(home)
    page.locator('.md-header button[data-md-for="__drawer"]').click()
    chapter = page.locator('.md-nav--primary a.md-nav__link[href$="gevolgen/"]').first
    chapter.wait_for(state="visible")
    chapter.click()
    page.wait_for_url("**/gevolgen/")
    page.locator("details.site-handouts__details > summary").click()
    page.locator('.md-header button[data-md-for="__search"]').click()
    page.locator("input.md-search__input").press_sequentially("sexting")
    state = page.evaluate(OPEN_NOW)
    assert state["toggles"] == ["__search"] and state["details"] and state["query"], state
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(TARGET)
    page.go_back()
    page.wait_for_url(home)
    page.wait_for_load_state()
    state = page.evaluate(OPEN_NOW)
    context.close()
    # Only what the page's own HTML opens (read from the built file) may be open.
    open_in_html = [" ".join(d.get("class", [])) for d in soup_of(page_file(site, locale, "index")).select("details[open]")]
    assert state == {"toggles": [], "details": open_in_html, "query": "", "covered": False}, state
