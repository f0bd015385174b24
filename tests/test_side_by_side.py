"""Any page in two languages side by side, aligned by section ids, in Chromium."""

import pytest

from conftest import LOCALES, page_file, soup_of


def view(base_url, page_path, left, right, root=""):
    return f"{base_url}{root}naast-elkaar/?page={page_path}&left={left}&right={right}"


@pytest.mark.parametrize("right", LOCALES[1:])
def test_sections_aligned_with_their_own_lang_and_dir(site, page, base_url, right):
    page.goto(view(base_url, "gevolgen/", "nl", right))
    rows = page.locator(".side-by-side > .handout-row")
    rows.first.wait_for()
    dutch_ids = [h["id"] for h in soup_of(page_file(site, "nl", "gevolgen")).select("article > h1[id], article > h2[id]")]
    assert rows.evaluate_all("rows => rows.map(r => r.id)") == dutch_ids
    for index in range(rows.count()):
        columns = rows.nth(index).locator(":scope > .handout-col")
        assert columns.nth(0).get_attribute("lang") == "nl"
        assert columns.nth(1).get_attribute("lang") == right
        assert columns.nth(1).get_attribute("dir") == ("rtl" if right == "ar" else "ltr")
    # The translated column says it is a draft, in its own language.
    assert page.locator(f'.handout-col[lang="{right}"] .site-notice').count() == 1


def test_links_inside_keep_the_pair(page, base_url):
    page.goto(view(base_url, "adviezen/", "tr", "nl", root="tr/"))
    link = page.locator('.handout-col[lang="tr"] a[href*="wettelijk-kader"]').first
    link.wait_for()
    assert link.get_attribute("href").startswith("?page=wettelijk-kader/&left=tr&right=nl")
    link.click()
    page.locator(".side-by-side #wettelijk-kader").wait_for()


def test_columns_stack_by_section_on_a_phone(page, base_url):
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto(view(base_url, "gevolgen/", "nl", "tr"))
    row = page.locator(".side-by-side > .handout-row").nth(1)
    row.wait_for()
    first, second = (row.locator(":scope > .handout-col").nth(i).bounding_box() for i in (0, 1))
    assert second["y"] >= first["y"] + first["height"] - 1


def offered_on(name: str) -> bool:
    """Every page but the view itself and the handouts (which have their bilingual sheet)."""
    from conftest import ROOT

    text = (ROOT / "docs" / "nl" / f"{name}.md").read_text(encoding="utf-8")
    return "\nside_by_side: true" not in text and "\nhandout: true" not in text


@pytest.mark.parametrize("locale", LOCALES)
def test_every_page_offers_the_other_languages_at_its_top(site, locale):
    """Before the page's title (after a draft notice), hidden until side-by-side.js shows
    it: the view needs JavaScript, so without it the form is not offered."""
    from conftest import page_names

    for name in filter(offered_on, page_names()):
        soup = soup_of(page_file(site, locale, name))
        form = soup.select_one("form.site-side-by-side")
        assert form is not None, f"{locale}/{name}"
        assert form.find_next("h1") is soup.select_one("article h1"), f"{locale}/{name}: not above the title"
        assert form.has_attr("hidden")
        path = "" if name == "index" else f"{name}/"
        assert form.select_one('input[name="page"]')["value"] == path
        assert form.select_one('input[name="left"]')["value"] == locale
        options = [o["value"] for o in form.select("option")]
        assert set(options) == set(LOCALES) - {locale}
        if locale != "nl":
            assert options[0] == "nl"  # "read beside Dutch" first


@pytest.mark.parametrize("locale", LOCALES)
def test_on_a_phone_the_control_is_in_the_first_two_screens_and_only_with_javascript(browser, base_url, locale):
    from conftest import page_names

    names = list(filter(offered_on, page_names()))
    tops = {}
    for javascript in (True, False):
        context = browser.new_context(viewport={"width": 390, "height": 844}, java_script_enabled=javascript)
        page = context.new_page()
        for name in names:
            page.goto(base_url + ("" if locale == "nl" else f"{locale}/") + ("" if name == "index" else f"{name}/"))
            form = page.locator("form.site-side-by-side")
            if javascript:
                assert form.is_visible(), f"{locale}/{name}"
                tops[name] = form.bounding_box()["y"]
            else:
                assert not form.is_visible(), f"{locale}/{name}: offered without JavaScript"
        context.close()
    assert all(top < 2 * 844 for top in tops.values()), tops


def test_the_control_opens_the_view(page, base_url):
    page.goto(base_url + "hi/gevolgen/")
    page.locator("form.site-side-by-side select").select_option("nl")
    page.locator("form.site-side-by-side button").click()
    page.locator('.side-by-side .handout-col[lang="hi"]').first.wait_for()
