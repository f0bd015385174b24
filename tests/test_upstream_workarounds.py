"""Workarounds for upstream gaps, each with the test that says when it can go."""

import re


def test_static_i18n_still_rejects_srn_so_the_shim_is_needed():
    """When this fails, static-i18n accepts 3-letter codes (its PR #348): delete
    overrides/hooks/srn_locale.py, its entry point in pyproject.toml and the
    `srn-locale` plugin in mkdocs.yml."""
    import srn_locale

    assert not srn_locale.STOCK_RE_LOCALE.match("srn")
    assert srn_locale.WIDENED_RE_LOCALE.match("srn")


def test_material_still_ships_no_sranan_strings():
    """When Material ships partials/languages/srn.html, ours can build on it."""
    from importlib.resources import files

    languages = files("material") / "templates" / "partials" / "languages"
    assert not (languages / "srn.html").is_file()


def test_material_still_loads_search_on_page_load_so_search_on_demand_is_needed(page, base_url):
    """When this fails, Material itself waits for the reader to open search: delete
    overrides/assets/javascripts/search-on-demand.js and its script tag in main.html."""
    from page_weight import first_load, kind_of

    page.route("**/search-on-demand.js", lambda route: route.abort())
    loaded = first_load(page, base_url + "gevolgen/")
    assert [url for url in loaded if kind_of(url) == "search"], "Material no longer loads search eagerly"


def test_material_still_searches_on_keyup_only_so_search_input_is_needed(browser, base_url):
    """When this fails, Material answers pasted text by itself: drop the keyup relay
    from overrides/assets/javascripts/search-input.js (its NFC step stays)."""
    from _chromium import TRACK_SEARCH, search

    context = browser.new_context()
    context.add_init_script(TRACK_SEARCH)
    context.route("**/search-input.js", lambda route: route.fulfill(body="", content_type="text/javascript"))
    page = context.new_page()
    page.goto(base_url + "gevolgen/")
    try:
        search(page, "ouders", how="paste", timeout=4000)
        answered = True
    except Exception:  # Playwright's TimeoutError: no answer to the paste
        answered = False
    context.close()
    assert not answered, "Material now searches on input events"
