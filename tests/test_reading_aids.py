"""Reading aids: a link to each section, the language switch keeping the section,
and read-aloud with the browser's own speech synthesis."""

import pytest

from conftest import LOCALES, page_file, soup_of

FAKE_VOICES = """
(() => {
  const spoken = [];
  window.__spoken = spoken;
  window.SpeechSynthesisUtterance = function (text) { this.text = text; };
  const voices = "%s".split(",").map(lang => ({lang, name: "test voice " + lang, default: true,
                                                localService: true, voiceURI: lang}));  // "nl,ar": two
  Object.defineProperty(window, "speechSynthesis", {value: {
    getVoices: () => voices, speak: u => spoken.push({text: u.text, lang: u.lang}),
    cancel: () => {}, addEventListener: () => {}, onvoiceschanged: null}});
})();
"""


def url_of(base_url, locale, path):
    return base_url + ("" if locale == "nl" else f"{locale}/") + path


@pytest.mark.parametrize("locale", LOCALES)
def test_every_heading_has_a_named_link_to_itself(site, locale):
    article = soup_of(page_file(site, locale, "gevolgen")).select_one("article")
    for heading in article.select(":scope > h1[id], :scope > h2[id]"):  # content, not the help block
        link = heading.select_one("a.headerlink")
        assert link is not None and link["href"] == f"#{heading['id']}"
        assert link["aria-label"] and link["aria-label"] != "Permanent link"


@pytest.mark.parametrize("locale", LOCALES[1:])
def test_language_switch_keeps_page_and_section(page, base_url, locale):
    page.goto(url_of(base_url, "nl", "gevolgen/#victim-blaming"))
    page.locator(".md-header .md-select").first.hover()
    page.locator(f'a.md-select__link[hreflang="{locale}"]').click()
    page.wait_for_url(f"**/{locale}/gevolgen/#victim-blaming")


@pytest.mark.parametrize("locale", LOCALES)
def test_read_aloud_reads_the_section_in_the_page_language(browser, base_url, locale):
    context = browser.new_context()
    context.add_init_script(FAKE_VOICES % locale)
    page = context.new_page()
    page.goto(url_of(base_url, locale, "gevolgen/"))
    buttons = page.locator("button.read-aloud")
    assert buttons.count() >= 5
    buttons.nth(1).click()  # the first h2 section
    spoken = page.evaluate("window.__spoken")
    assert len(spoken) == 1 and spoken[0]["lang"] == locale
    section = page.locator("article h2").first.inner_text().rstrip("¶").strip()
    assert spoken[0]["text"].startswith(section)
    assert buttons.nth(1).get_attribute("aria-pressed") == "true"
    context.close()


@pytest.mark.parametrize("locale", LOCALES)
def test_read_aloud_is_there_on_every_page_with_or_without_a_voice(browser, base_url, locale):
    """On a phone, on every page of the language: the buttons are there with a voice
    for the language and without one; without, a press says so in the page's language
    (and how to add a voice), and nothing is spoken."""
    from conftest import page_names

    import _site_strings

    no_voice = _site_strings.load(locale)["read.no_voice"]
    counts = {}
    for voices in (locale, "en" if locale != "en" else "de"):  # "en": a voice, not for this language
        context = browser.new_context(viewport={"width": 390, "height": 844})
        context.add_init_script(FAKE_VOICES % voices)
        page = context.new_page()
        for name in page_names():
            page.goto(url_of(base_url, locale, "" if name == "index" else f"{name}/"))
            counts[(voices, name)] = page.locator("button.read-aloud").count()
        if voices != locale:
            page.goto(url_of(base_url, locale, "gevolgen/"))
            button = page.locator("button.read-aloud").first
            button.click()
            note = page.locator(".read-aloud-note").first
            assert note.is_visible() and note.inner_text() == no_voice
            assert note.get_attribute("role") == "status" and note.get_attribute("lang") == locale
            assert page.evaluate("window.__spoken") == []
        context.close()
    assert all(count >= 1 for count in counts.values()), [key for key, count in counts.items() if not count]


@pytest.mark.parametrize("locale", LOCALES)
def test_read_aloud_reads_the_section_not_the_contents_list_or_permalinks(browser, base_url, site, locale):
    """The page's first section (its title and opening, with the collapsed contents
    list below the title on a phone) is read without the list, permalinks or notices."""
    import _site_strings

    soup = soup_of(page_file(site, locale, "gevolgen"))
    toc = soup.select_one("details.site-page-toc")
    assert toc is not None
    context = browser.new_context(viewport={"width": 390, "height": 844})
    context.add_init_script(FAKE_VOICES % locale)
    page = context.new_page()
    page.goto(url_of(base_url, locale, "gevolgen/"))
    page.locator("button.read-aloud").first.click()
    spoken = page.evaluate("window.__spoken")[0]["text"]
    context.close()
    title = " ".join(soup.select_one("article h1").get_text(" ").replace("¶", "").split())
    first_paragraph = " ".join(soup.select_one("article h1 ~ p").get_text().split())
    assert spoken.startswith(title) and first_paragraph[:40] in spoken, spoken[:200]
    for unwanted in [toc.select_one("summary").get_text(strip=True), "¶", _site_strings.load(locale)["notice.draft"],
                     *[link.get_text(strip=True) for link in toc.select("a")][:3]]:
        assert unwanted not in spoken, (unwanted, spoken[:300])


READING_SIZES = """() => {
  const article = document.querySelector('article');
  const body = getComputedStyle(article.querySelector(':scope > p'));
  const callouts = [...article.querySelectorAll('.admonition.danger, .admonition.warning')].map(
    a => parseFloat(getComputedStyle(a.querySelector('p:not(.admonition-title)')).fontSize));
  const headings = [...article.querySelectorAll('h1, h2, h3')].map(h => {
    const s = getComputedStyle(h);
    return {text: h.textContent.trim().slice(0, 30), color: s.color, weight: parseInt(s.fontWeight)};
  });
  return {body: parseFloat(body.fontSize), color: body.color, callouts, headings};
}"""


@pytest.mark.parametrize("locale", LOCALES)
def test_safety_callouts_at_body_size_and_headings_in_full_contrast(browser, base_url, locale):
    """On a phone: the safety rules are as large as the text around them (Material sets
    callouts at 80%), and headings are in the text's colour, not light grey."""
    context = browser.new_context(viewport={"width": 390, "height": 700})
    page = context.new_page()
    page.goto(url_of(base_url, locale, "gevolgen/"))
    sizes = page.evaluate(READING_SIZES)
    context.close()
    assert sizes["body"] >= 16 and sizes["callouts"], sizes
    assert all(size >= sizes["body"] for size in sizes["callouts"]), sizes
    for heading in sizes["headings"]:
        assert heading["color"] == sizes["color"] and heading["weight"] >= 400, (heading, sizes["color"])
