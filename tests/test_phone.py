"""Reading on a phone (390 x 844, touch, in Chromium): the site title is not cut off,
the quick exit button covers no text, "link to this section" shows without hover,
names and numbers stay whole in Arabic, long chapters open with their contents and
"back to top" leads back to them, and the print view has its PDF link first."""

import re

import pytest
import yaml

from conftest import LOCALES, ROOT, page_file, soup_of

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}


def open_page(browser, base_url, locale, path, **options):
    context = browser.new_context(**{**PHONE, **options})
    page = context.new_page()
    page.goto(base_url + ("" if locale == "nl" else f"{locale}/") + path)
    return context, page


@pytest.mark.parametrize("locale", LOCALES)
def test_site_title_fits_the_phone_header(browser, base_url, locale):
    context, page = open_page(browser, base_url, locale, "")
    title = page.locator(".md-header__topic:first-child .md-ellipsis")
    clipped = title.evaluate("e => [e.scrollWidth > e.clientWidth + 1, e.scrollHeight > e.clientHeight + 1]")
    box, header = title.bounding_box(), page.locator(".md-header").bounding_box()
    context.close()
    assert clipped == [False, False], f"{locale}: site title cut off"
    assert box["y"] >= header["y"] and box["y"] + box["height"] <= header["y"] + header["height"]


@pytest.mark.parametrize("locale", ["nl", "ar"])
def test_quick_exit_button_covers_no_text(browser, base_url, locale):
    """The button has a bar of its own across the bottom: what is under it is the bar."""
    context, page = open_page(browser, base_url, locale, "adviezen/")
    page.mouse.wheel(0, 1500)
    page.wait_for_timeout(300)
    button = page.locator(".quick-exit__button").bounding_box()
    y = button["y"] + button["height"] / 2
    covered = page.evaluate("""y => [5, 100, 200, 300, 385].map(x => {
        const e = document.elementFromPoint(x, y);
        return e && e.closest('aside.quick-exit') ? null : e && e.outerHTML.slice(0, 60); })""", y)
    background = page.evaluate("getComputedStyle(document.querySelector('aside.quick-exit')).backgroundColor")
    context.close()
    assert covered == [None] * 5, f"{locale}: text beside the button: {covered}"
    assert background == "rgb(255, 255, 255)"


def test_link_to_section_shows_on_touch_screens_and_on_hover_with_a_mouse(browser, base_url):
    context, page = open_page(browser, base_url, "nl", "gevolgen/")
    link = page.locator("h2 .headerlink").first
    assert link.evaluate("e => getComputedStyle(e).opacity") == "1"
    box = link.bounding_box()
    assert box["width"] >= 24 and box["height"] >= 24
    context.close()
    context = browser.new_context()
    page = context.new_page()
    page.goto(base_url + "gevolgen/")
    link = page.locator("h2 .headerlink").first
    assert link.evaluate("e => getComputedStyle(e).opacity") == "0"
    link.locator("xpath=..").hover()
    page.wait_for_timeout(300)
    assert link.evaluate("e => getComputedStyle(e).opacity") == "1"
    context.close()


@pytest.mark.parametrize("locale", LOCALES)
def test_help_numbers_and_names_are_isolated_and_unbroken(site, locale):
    for name in ("index", "eergerelateerd-geweld", "adviezen", "gevolgen"):
        soup = soup_of(page_file(site, locale, name))
        for text in soup.article.find_all(string=re.compile(r"Veilig Thuis|0800-2000|0900-8844")):
            if text.find_parent("script"):
                continue
            around = text.find_parents(["bdi", "a"])
            assert any(e.get("dir") == "ltr" for e in around), f"{locale}/{name}: {text!r} not isolated"
            assert any("site-nowrap" in (e.get("class") or []) or e.get("href", "").startswith("tel:")
                       for e in around), f"{locale}/{name}: {text!r} may break"


def test_in_arabic_the_help_numbers_and_veilig_thuis_stay_on_one_line(browser, base_url):
    context, page = open_page(browser, base_url, "ar", "eergerelateerd-geweld/", viewport={"width": 320, "height": 700})
    lines = page.evaluate("""[...document.querySelectorAll('article .site-nowrap, article a[href^="tel:"]')]
        .map(e => [e.textContent, e.getClientRects().length])""")
    context.close()
    assert len(lines) >= 5 and all(count == 1 for _, count in lines), lines


def page_toc_on() -> list[str]:
    class Loader(yaml.SafeLoader):
        pass
    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader)["extra"]["page_toc_on"]


def test_long_chapters_are_the_ones_with_contents_at_the_top():
    """extra.page_toc_on lists the chapters (in the menu) of 600 words or more (in Dutch)
    with sections."""
    from conftest import page_names

    long = set()
    for path in (ROOT / "docs/nl" / f"{name}.md" for name in page_names()):
        text = path.read_text(encoding="utf-8")
        if path.stem not in ("index", "print") and "\nhandout: true" not in text and \
                len(text.split()) >= 600 and "\n## " in text:
            long.add(path.name)
    assert set(page_toc_on()) == long


@pytest.mark.parametrize("locale", LOCALES)
def test_long_chapter_opens_with_its_contents_and_back_to_top_leads_there(browser, base_url, locale):
    context, page = open_page(browser, base_url, locale, "adviezen/")
    contents = page.locator("article details.site-page-toc")
    assert contents.is_visible()
    assert contents.evaluate("e => e.getBoundingClientRect().bottom") < 844, "not on the first screen"
    contents.locator("summary").click()
    links = contents.locator("a")
    assert links.count() >= 10
    ids = [link.get_attribute("href") for link in links.all()]
    assert all(href.startswith("#") for href in ids)
    links.nth(5).click()
    page.wait_for_timeout(500)
    page.mouse.wheel(0, -200)  # Material shows "back to top" while scrolling up
    top = page.locator(".md-top")
    top.wait_for(state="visible", timeout=5000)
    top.click()
    page.wait_for_function("window.scrollY < 50", timeout=5000)
    assert contents.locator("summary").evaluate("e => e.getBoundingClientRect().bottom") < 844
    context.close()
    wide = browser.new_context(viewport={"width": 1400, "height": 900})
    page = wide.new_page()
    page.goto(base_url + ("" if locale == "nl" else f"{locale}/") + "adviezen/")
    assert not page.locator("article details.site-page-toc").is_visible()  # the sidebar has them
    wide.close()


@pytest.mark.parametrize("locale", LOCALES)
def test_print_view_has_its_pdf_link_first(site, locale):
    soup = soup_of(page_file(site, locale, "print"))
    article = soup.article
    first = article.find(["p", "h1", "h2", "header", "section"])
    assert "site-downloads--pdf" in (first.get("class") or []), first
    assert len(article.select(".site-downloads--pdf")) == 1


def danger_texts(site, locale):
    soup = soup_of(page_file(site, locale, "eergerelateerd-geweld"))
    return [" ".join(p.get_text(" ", strip=True) for p in box.select("p:not(.admonition-title)"))
            for box in soup.article.select(".admonition.danger")]


@pytest.mark.parametrize("locale", LOCALES)
def test_home_page_first_screen_holds_safety_advice_handout_and_pdf(browser, base_url, site, locale):
    """'Begin hier': the brochure's safety rule and the links a worker needs, above the
    introduction, all on the first phone screen (above the quick exit bar)."""
    context, page = open_page(browser, base_url, locale, "")
    home = base_url + ("" if locale == "nl" else f"{locale}/")
    bar = page.locator("aside.quick-exit").bounding_box()["y"]
    wanted = {"safety": "eergerelateerd-geweld/#wat-is-eergerelateerd-geweld", "advice": "adviezen/#niveau-2",
              "handout": "handout/", "pdf": f"downloads/praten-over-shame-sexting-{locale}.pdf"}
    found = {}
    for link in page.locator("nav.site-start a[href]").all():
        href = link.evaluate("a => a.href")
        for key, target in wanted.items():
            root = base_url if key == "pdf" else home
            if href == root + target:
                box = link.bounding_box()
                found[key] = box["y"] + box["height"] <= bar and box["y"] >= 0
                assert page.request.get(href.split("#")[0]).status == 200, href
    rule = page.locator("nav.site-start .admonition.danger p:not(.admonition-title)").all_inner_texts()
    start_is_first = page.evaluate("""() => { const s = document.querySelector('nav.site-start');
        const h1 = document.querySelector('article h1'); const intro = h1.nextElementSibling;
        return !!(s.compareDocumentPosition(intro) & Node.DOCUMENT_POSITION_FOLLOWING); }""")
    context.close()
    assert found == dict.fromkeys(wanted, True), f"{locale}: {found}"
    assert [" ".join(text.split()) for text in rule[:2]] == [" ".join(t.split()) for t in danger_texts(site, locale)]
    assert start_is_first


@pytest.mark.parametrize("locale", LOCALES)
def test_safety_rule_stands_at_the_top_of_the_parents_chapter(site, locale):
    article = soup_of(page_file(site, locale, "in-gesprek-met-ouders")).article
    first = article.find(class_="admonition")
    assert "danger" in first["class"] and first.find_next("h1") is not None, "not before the chapter's text"
    texts = [" ".join(p.get_text(" ", strip=True) for p in first.select("p:not(.admonition-title)"))]
    assert all(rule in " ".join(texts) for rule in danger_texts(site, locale))
    assert first.select_one("a")["href"] == "../eergerelateerd-geweld/#wat-is-eergerelateerd-geweld"
