"""Nothing is requested from another host; no cookies."""

import re

import pytest

from _chromium import search
from conftest import LOCALES, all_html, page_names, record_failed_requests, soup_of

EXTERNAL = re.compile(r"^(https?:)?//", re.I)


def test_no_external_resources_in_html(site):
    for path in all_html(site):
        soup = soup_of(path)
        for tag, attribute in (("link", "href"), ("script", "src"), ("img", "src"),
                               ("iframe", "src"), ("source", "src")):
            for node in soup.select(f"{tag}[{attribute}]"):
                assert not EXTERNAL.match(node[attribute]), f"{path}: {tag} {node[attribute]}"
        assert "fonts.googleapis" not in str(soup) and "fonts.gstatic" not in str(soup)


def test_no_external_urls_in_our_stylesheets(site):
    for css in (site / "assets" / "stylesheets").glob("*.css"):
        if css.name.startswith(("main.", "palette.")):
            continue
        assert not re.search(r"url\(\s*['\"]?(https?:)?//", css.read_text()), css


@pytest.mark.parametrize("locale", LOCALES)
def test_chromium_requests_nothing_from_other_hosts(browser, base_url, server, locale):
    context = browser.new_context()
    page = context.new_page()
    requests, failed = [], []
    page.on("request", lambda request: requests.append(request.url))
    record_failed_requests(page, failed)
    prefix = "" if locale == "nl" else f"{locale}/"
    for name in ("index", "gevolgen", "begrippenlijst"):
        page.goto(base_url + prefix + ("" if name == "index" else f"{name}/"))
        page.wait_for_load_state("networkidle")
    search(page, "ouders")  # search loads when opened: its worker and index count too
    origin = base_url.split("/intranet")[0]
    foreign = [url for url in requests if not url.startswith((origin, "data:", "blob:"))]
    assert not foreign, foreign
    assert not failed, failed
    assert not server[0].not_found, server[0].not_found
    assert context.cookies() == []
    # What Material keeps in the browser, as the safe-use page says: nothing.
    storage = page.evaluate("() => [localStorage.length, sessionStorage.length]")
    assert storage == [0, 0], storage
    context.close()
