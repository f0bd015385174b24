"""The editors' dashboard (vertaalstatus.md): every page × language with the state the
status command reports, linked from the colophon in every language, out of the reader
navigation, the search index and search engines."""

import json
import re
import subprocess
import sys

import pytest

from conftest import LOCALES, ROOT, locale_root, page_file, soup_of


def dashboard_states(site) -> dict[tuple[str, str], str]:
    soup = soup_of(page_file(site, "nl", "vertaalstatus"))
    table = soup.select_one(".site-dashboard table")
    locales = [th.get_text(strip=True).rsplit("(", 1)[1].rstrip(")") for th in table.select("thead th")[3:]]
    states = {}
    for row in table.select("tbody tr"):
        name = row.th.get_text(strip=True)
        for locale, cell in zip(locales, row.select("td")[2:]):
            states[(name, locale)] = cell.select_one(".site-dashboard__state")["class"][1].split("--")[1]
    return states


def test_dashboard_shows_what_the_status_command_reports(site):
    status = subprocess.run([sys.executable, str(ROOT / "scripts/translations.py"), "status"],
                            capture_output=True, text=True, check=True).stdout.splitlines()
    header = status[0].split()[1:]
    expected = {}
    for line in status[1:]:
        if not line.strip():
            break
        name, *states = line.split()
        expected.update({(name, locale): state for locale, state in zip(header, states)})
    assert header == LOCALES[1:]
    assert dashboard_states(site) == expected


@pytest.mark.parametrize("locale", LOCALES)
def test_dashboard_is_linked_from_the_colophon_but_not_the_menu(site, locale):
    colophon = soup_of(page_file(site, locale, "over-deze-website"))
    assert colophon.select_one('.md-content a[href$="vertaalstatus/#vertaalstatus"]')
    assert not colophon.select('.md-nav a[href*="vertaalstatus"]')
    dashboard = soup_of(page_file(site, locale, "vertaalstatus"))
    assert dashboard.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    index = json.loads((locale_root(site, locale) / "search/search_index.json").read_text(encoding="utf-8"))
    assert not [doc for doc in index["docs"] if doc["location"].startswith("vertaalstatus/")]


def test_every_languages_safety_rules_read_back_in_dutch(site_with_url):
    """The dashboard shows, per language, each sealed safety text beside its Dutch source and
    its back-translation into Dutch, as the register records them."""
    from _safety_seals import load_register

    seals = load_register(ROOT)["seals"]
    soup = soup_of(page_file(site_with_url, "nl", "vertaalstatus"))
    for locale in ("tr", "ar", "srn", "hi"):
        caption = soup.select_one(f"#site-safety-{locale}")
        assert caption is not None, f"no safety table for {locale}"
        rows = {row.th.get_text(strip=True): [td.get_text(" ", strip=True) for td in row.select("td")]
                for row in caption.find_parent("table").select("tbody tr")}
        assert set(rows) == set(seals[locale]) and len(rows) >= 15, locale
        for unit_id, seal in seals[locale].items():
            dutch, back, translation, _ = rows[unit_id]
            assert back == seal["nl"], (locale, unit_id)
            assert translation == without_tags(seal["text"]), (locale, unit_id)
            assert dutch == without_tags(seals["nl"][unit_id]["text"]), (locale, unit_id)


def without_tags(text: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", text).split())
