"""Handing a handout to a parent from the worker's phone (partials/handout-share.html,
assets/javascripts/handout-share.js) on every handout page (`handout: true`): "Share
link" opens the share sheet with the handout's address, or copies it, or shows it to
copy, or says why a page opened from a file has no address to share; "Show QR code"
(only with SITE_URL) fills the screen with the code. Chromium at 390 x 844, the share
sheet stubbed."""

import re
import shutil

import pytest

from accessibility import run_axe, run_equal_access
from conftest import LOCALES, ROOT, locale_root, node_tool, page_file, serve, soup_of
from test_html_valid import nu_check
import _site_strings

URL = "https://school.example/intranet/brochure/"  # the site_with_url fixture's SITE_URL
PHONE = {"width": 390, "height": 844}
# Records what the page hands to the share sheet instead of opening one.
SHARE_SHEET = """navigator.share = async (data) => { window.__shared = data; };"""
NO_SHARE_SHEET = """delete Navigator.prototype.share; navigator.share = undefined;"""
CLIPBOARD_REFUSED = """Object.defineProperty(navigator, 'clipboard', {value: {
  writeText: () => Promise.reject(new DOMException('refused', 'NotAllowedError'))}});"""


def handout_pages() -> list[str]:
    """Every page whose front matter says `handout: true`, in any language."""
    names = set()
    for path in (ROOT / "docs").glob("*/*.md"):
        front = re.match(r"---\n(.*?)\n---\n", path.read_text(encoding="utf-8"), re.S)
        if front and re.search(r"^handout: true$", front.group(1), re.M):
            names.add(path.stem)
    return sorted(names)


def handout_paths() -> list[tuple[str, str]]:
    """(locale, page) of every built handout page: written in the locale, or the Dutch
    one shown in its place (the bilingual ones exist in translations only)."""
    return [(locale, name) for locale in LOCALES for name in handout_pages()
            if (ROOT / "docs" / locale / f"{name}.md").exists() or (ROOT / "docs" / "nl" / f"{name}.md").exists()]


@pytest.fixture(scope="module")
def url_server(site_with_url):
    server = serve(site_with_url)
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture
def phone(browser):
    contexts = []

    def open_page(*scripts, **options):
        context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, **options)
        for script in scripts:
            context.add_init_script(script)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


def path_of(locale, name):
    return ("" if locale == "nl" else f"{locale}/") + f"{name}/"


def test_every_handout_page_has_the_controls_and_only_handout_pages(site, site_with_url):
    assert "handout" in handout_pages() and "handout-tweetalig" in handout_pages()
    for locale, name in handout_paths():
        plain = soup_of(page_file(site, locale, name)).select_one("article .site-handout-share")
        assert plain is not None and plain.select_one("button.site-handout-share__share"), f"{locale}/{name}"
        # Without SITE_URL: no QR code, so no QR control.
        assert not plain.select(".site-handout-share__qr, dialog"), f"{locale}/{name}"
        with_url = soup_of(page_file(site_with_url, locale, name)).select_one("article .site-handout-share")
        address = URL + path_of(locale, name)
        assert with_url["data-url"] == address
        svg = with_url.select_one("dialog svg[role=img]")
        assert svg["aria-label"] == address and svg.has_attr("viewbox"), f"{locale}/{name}"
    for locale in LOCALES:
        assert soup_of(page_file(site, locale, "gevolgen")).select_one(".site-handout-share") is None


@pytest.mark.parametrize("locale, name", handout_paths())
def test_share_opens_the_share_sheet_with_the_handouts_address(phone, url_server, locale, name):
    page = phone(SHARE_SHEET)
    page.goto(url_server + path_of(locale, name) + "#praat-met-je-kind")
    button = page.locator(".site-handout-share__share")
    box = button.bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], box
    button.click()
    page.wait_for_function("window.__shared !== undefined")
    shared = page.evaluate("window.__shared")
    assert shared["url"] == URL + path_of(locale, name)  # the public address, not the server's
    heading = page.locator("article h1").inner_text().replace("¶", "").strip()
    assert shared["title"] == heading


@pytest.mark.parametrize("locale", ["nl", "ar"])
def test_without_a_share_sheet_the_address_is_copied_or_shown(phone, url_server, locale):
    strings = _site_strings.load(locale)
    address = URL + path_of(locale, "handout")
    page = phone(NO_SHARE_SHEET, permissions=["clipboard-read", "clipboard-write"])
    page.goto(url_server + path_of(locale, "handout"))
    page.locator(".site-handout-share__share").click()
    status = page.locator(".site-handout-share__status")
    status.filter(has_text=strings["share.copied"]).wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == address
    # No clipboard either (an intranet page over plain http): the address, selected to copy.
    page = phone(NO_SHARE_SHEET, CLIPBOARD_REFUSED)
    page.goto(url_server + path_of(locale, "handout"))
    page.locator(".site-handout-share__share").click()
    field = page.locator("#site-handout-address")
    field.wait_for()
    assert field.input_value() == address
    assert page.evaluate("document.activeElement.id") == "site-handout-address"
    assert page.evaluate("[getSelection().toString(), (e => e.value.slice(e.selectionStart, e.selectionEnd))"
                         "(document.activeElement)][1]") == address
    assert page.locator("label[for=site-handout-address]").inner_text() == strings["share.manual"]


def test_without_a_site_url_the_page_shares_its_own_address(phone, base_url):
    page = phone(SHARE_SHEET)
    page.goto(base_url + "tr/handout/")
    page.locator(".site-handout-share__share").click()
    page.wait_for_function("window.__shared !== undefined")
    assert page.evaluate("window.__shared.url") == base_url + "tr/handout/"
    assert page.locator(".site-handout-share__qr").count() == 0


def test_opened_from_a_file_it_says_the_address_will_not_work(phone, site):
    page = phone(SHARE_SHEET)
    page.goto((locale_root(site, "ar") / "handout" / "index.html").as_uri())
    page.locator(".site-handout-share__share").click()
    expected = _site_strings.load("ar")["share.offline"]
    page.locator(".site-handout-share__status").filter(has_text=expected).wait_for()
    assert page.evaluate("window.__shared") is None


@pytest.mark.parametrize("locale", ["nl", "ar"])
def test_the_qr_code_fills_the_screen_and_closes(phone, url_server, locale):
    page = phone()
    page.goto(url_server + path_of(locale, "handout"))
    opener = page.locator(".site-handout-share__qr")
    opener.click()
    dialog = page.locator("dialog#site-handout-qr")
    assert page.evaluate("document.querySelector('dialog#site-handout-qr').open")
    box = dialog.bounding_box()
    assert box["width"] >= PHONE["width"] - 1 and box["height"] >= PHONE["height"] - 1, box
    code = dialog.locator("svg").bounding_box()
    assert code["width"] >= 0.8 * PHONE["width"] and code["y"] + code["height"] <= PHONE["height"], code
    assert dialog.locator("svg").get_attribute("aria-label") == URL + path_of(locale, "handout")
    page.keyboard.press("Escape")
    assert not page.evaluate("document.querySelector('dialog#site-handout-qr').open")
    assert page.evaluate("document.activeElement.classList.contains('site-handout-share__qr')")
    opener.click()
    dialog.locator(".site-handout-share__close").click()
    assert not page.evaluate("document.querySelector('dialog#site-handout-qr').open")


@pytest.mark.parametrize("locale", ["nl", "ar"])
def test_axe_and_equal_access_with_the_qr_code_open_and_the_address_shown(phone, url_server, locale):
    node_tool("accessibility-checker-engine/ace.js")
    found = []
    page = phone(NO_SHARE_SHEET, CLIPBOARD_REFUSED)
    page.goto(url_server + path_of(locale, "handout"))
    page.locator(".site-handout-share__share").click()
    page.locator("#site-handout-address").wait_for()
    page.locator(".site-handout-share__qr").click()
    found += [f"axe {v['id']}: {v['nodes'][:2]}" for v in run_axe(page)["violations"]]
    found += [f"IBM {v['id']}: {v['node']}" for v in run_equal_access(page)["violations"]]
    assert not found, "\n".join(found)


def test_handout_pages_with_a_site_url_are_valid_html(site_with_url, tmp_path):
    """The QR view is only built with SITE_URL, which the whole-site Nu check has not."""
    for locale, name in handout_paths():
        shutil.copy(page_file(site_with_url, locale, name), tmp_path / f"{locale}-{name}.html")
    errors = nu_check(tmp_path)
    assert not errors, [(e["url"].rsplit("/", 1)[-1], e["message"]) for e in errors[:10]]
