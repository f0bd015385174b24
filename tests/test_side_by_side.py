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


@pytest.mark.parametrize("locale", LOCALES)
def test_every_page_offers_the_other_languages(site, locale):
    form = soup_of(page_file(site, locale, "gevolgen")).select_one("form.site-side-by-side")
    assert form.select_one('input[name="page"]')["value"] == "gevolgen/"
    assert form.select_one('input[name="left"]')["value"] == locale
    options = {o["value"] for o in form.select("option")}
    assert options == set(LOCALES) - {locale}
