"""The colophon ("Over deze website") in every language says what this edition is:
based on the KIS brochure, what it changed, which languages are drafts, every
editorial note and corrected slip, and the version; nothing claims KIS wrote the site."""

import datetime

import pytest
import yaml

from conftest import BUILD_COMMIT, BUILD_EPOCH, LOCALES, ROOT, all_html, page_file, page_names, soup_of
from test_pdfs import pdf_of

NOTES = yaml.safe_load((ROOT / "translations/editorial-notes.yml").read_text(encoding="utf-8"))["notes"]
CORRECTIONS = yaml.safe_load((ROOT / "translations/brochure-corrections.yml").read_text(encoding="utf-8"))["corrections"]
LINKS = yaml.safe_load((ROOT / "translations/external-links.yml").read_text(encoding="utf-8"))
KIS_PUBLICATION = "https://www.kis.nl/publicatie/praten-met-ouders-over-shame-sexting"


def test_colophon_is_in_the_navigation():
    assert "over-deze-website" in page_names()


@pytest.mark.parametrize("locale", LOCALES)
def test_colophon_in_every_language(site, locale):
    path = page_file(site, locale, "over-deze-website")
    page = soup_of(path)
    article = page.select_one("article")
    # A real translation, not the Dutch fallback, and linked from the navigation.
    assert article.find_parent(attrs={"lang": True})["lang"] == locale
    assert page.select_one('nav.md-nav--primary a.md-nav__link--active[href="./"]')
    assert "Kennisplatform Integratie & Samenleving" in article.get_text()
    # Every editorial note, linked to its passage.
    notes = article.select("#noten ~ ul")[0].select("li")
    assert len(notes) == len(NOTES)
    for item, note in zip(notes, NOTES):
        href = item.a["href"]
        target, _, anchor = href.partition("#")
        assert anchor == note["section"]
        target_page = (path.parent / target / "index.html").resolve() if target else path
        assert soup_of(target_page).find(id=anchor) is not None, href
    # Every corrected slip, in Dutch.
    rows = article.select(".site-corrections tbody tr")
    assert [row.select("td")[1].get_text() for row in rows] == [c["site"] for c in CORRECTIONS]
    assert all(row["lang"] == "nl" for row in rows)
    # Each translation's review state, one line per translated language.
    states = article.select("#vertalingen ~ ul")[0].select("li")
    assert [item.bdi["lang"] for item in states] == [code for code in LOCALES if code != "nl"]
    # The version: build date (the tests date their builds, SOURCE_DATE_EPOCH) and commit.
    built_on = datetime.datetime.fromtimestamp(int(BUILD_EPOCH), datetime.timezone.utc).date().isoformat()
    commit = BUILD_COMMIT
    version = article.select("#versie ~ p")[0].get_text()
    assert built_on in version and commit and commit in version


def passage_of(colophon, item):
    """The section a colophon list item's first link points to (on its page)."""
    target, _, anchor = item.a["href"].partition("#")
    page = (colophon.parent / target / "index.html").resolve() if target else colophon
    section = soup_of(page).find(id=anchor)
    assert section is not None, item.a["href"]
    return section


def link_in_section(section, key):
    """The element with data-link-key KEY in the section that starts at this heading."""
    level = int(section.name[1])
    for element in section.find_all_next():
        if element.name in [f"h{n}" for n in range(1, level + 1)]:
            return None
        if element.get("data-link-key") == key:
            return element
    return None


@pytest.mark.parametrize("locale", LOCALES)
def test_colophon_links_the_source_publication_and_the_sources_of_added_addresses(site, locale):
    """The KIS publication the site is made from is linked before the first section; every
    address the editors added (not in the brochure) is listed with its publisher and the
    month it was checked, and every link still without address is listed, each linked to
    its passage."""
    path = page_file(site, locale, "over-deze-website")
    article = soup_of(path).select_one("article")
    intro = article.select_one("h2").find_all_previous("a", href=KIS_PUBLICATION)
    assert len(intro) == 1 and intro[0].get_text(strip=True) != "", f"{locale}: no link to the KIS publication"
    added = [(key, entry) for key, entry in LINKS.items() if entry.get("url") and entry.get("source")]
    items = article.select("#adressen ~ ul")[0].select("li")
    assert len(items) == len(added), locale
    for item, (key, entry) in zip(items, added):
        assert [a["href"] for a in item.select("a")][1:] == [entry["url"]], f"{locale}: {key}"
        text = item.get_text()
        assert entry["source"]["publisher"] in text and str(entry["source"]["checked"]) in text, f"{locale}: {key}"
        assert item.select_one('[lang="nl"]') is not None or locale == "nl", f"{locale}: {key}: the name unmarked"
        link = link_in_section(passage_of(path, item), key)
        assert link is not None and link.name == "a" and link["href"] == entry["url"], f"{locale}: {key}"
    unlinked = [key for key, entry in LINKS.items() if not entry.get("url")]
    items = article.select("#wat-ontbreekt ~ ul")[0].select("li")
    assert len(items) == len(unlinked), locale
    for item, key in zip(items, unlinked):
        link = link_in_section(passage_of(path, item), key)
        assert link is not None and "site-unlinked" in link["class"], f"{locale}: {key}"


def test_no_page_and_no_pdf_says_kis_wrote_the_website(site):
    from pypdf import PdfReader

    for path in all_html(site):
        assert soup_of(path).select_one('meta[name="author"]') is None, path
    for locale in LOCALES:
        metadata = PdfReader(pdf_of(site, locale)).metadata or {}
        assert "Kennisplatform" not in str(metadata.get("/Author", "")) and "KIS" not in str(metadata.get("/Author", ""))
