"""Chapters, headings, ids and links of the built site, in every locale."""

import re
from urllib.parse import urljoin, urlsplit

import pytest

from conftest import LOCALES, all_html, locale_root, page_file, page_names, soup_of
from translations import read_mkdocs_config

# The help numbers and address as mkdocs.yml sets them (the build checks them against the
# brochure and their recorded sources: hooks/settings_checks.py).
HELP = read_mkdocs_config()["extra"]["help"]
HELP_PHONES = [HELP["emergency_phone"], HELP["veilig_thuis_phone"], HELP["police_phone"]]
HELP_LINKS = [f"tel:{re.sub(r'[^0-9+]', '', phone)}" for phone in HELP_PHONES] + [HELP["helpwanted_url"]]

ASCII_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@pytest.mark.parametrize("locale", LOCALES)
def test_every_chapter_exists_with_one_h1_and_explicit_ids(site, locale):
    for name in page_names():
        soup = soup_of(page_file(site, locale, name))
        article = soup.select_one("article")
        h1s = article.select("h1")
        assert len(h1s) == 1 if name != "print" else len(h1s) > 10, f"{locale}/{name}: h1 count {len(h1s)}"
        for heading in article.select("h1, h2, h3, h4, h5, h6"):
            if "site-help__title" in (heading.get("class") or []):
                continue
            assert heading.get("id"), f"{locale}/{name}: heading without id: {heading.get_text()!r}"
            assert ASCII_ID.match(heading["id"]), f"{locale}/{name}: generated-looking id #{heading['id']}"


def test_heading_ids_are_unique_across_the_brochure(site):
    seen = {}
    for name in page_names():
        if name == "print":
            continue
        article = soup_of(page_file(site, "nl", name)).select_one("article")
        for heading in article.select("[id]"):
            chrome = ("site-help", "site-handouts", "site-side-by-side")  # page furniture
            if any(heading.find_parent(class_=c) or c in heading.get("class", []) for c in chrome):
                continue
            assert heading["id"] not in seen, f"#{heading['id']} in {name} and {seen.get(heading['id'])}"
            seen[heading["id"]] = name


def test_no_printed_page_reference_is_left(site):
    """The brochure's text has none left; only an editorial note quotes one (to say where
    the link goes instead), and the colophon, which describes and lists the notes."""
    for path in all_html(site):
        if path.parent.name == "over-deze-website" or path.name not in ("index.html", "404.html"):
            continue  # the colophon; name.html: redirect pages (address_redirects.py)
        article = soup_of(path).select_one("article")
        text = " ".join(string for string in article.find_all(string=True)
                        if not string.find_parent(class_="editorial-note"))
        assert not re.search(r"\bpagina\s+\d+", text), f"{path}: 'pagina N' left"


def test_every_internal_link_and_anchor_resolves(site):
    checked = 0
    for path in all_html(site):
        if path.name == "404.html":
            continue
        url = "file://" + str(path)
        for link in soup_of(path).select("a[href]"):
            href = link["href"]
            if re.match(r"^[a-z]+:", href) or href.startswith("//"):
                continue
            target = urlsplit(urljoin(url, href))
            file = target.path + ("index.html" if target.path.endswith("/") else "")
            assert file.startswith(str(site)), f"{path}: link {href} leaves the site"
            from pathlib import Path

            assert Path(file).exists(), f"{path}: link {href} -> missing {file}"
            if target.fragment:
                ids = {tag["id"] for tag in soup_of(Path(file)).select("[id]")}
                assert target.fragment in ids, f"{path}: link {href}: no #{target.fragment}"
            checked += 1
    assert checked > 500


def test_links_are_relative_so_any_sub_path_works(site):
    for path in all_html(site):
        if path.name == "404.html":
            continue
        soup = soup_of(path)
        for tag, attribute in (("a", "href"), ("link", "href"), ("script", "src"), ("img", "src")):
            for node in soup.select(f"{tag}[{attribute}]"):
                value = node[attribute]
                assert not value.startswith("/"), f"{path}: absolute path {value}"


@pytest.mark.parametrize("locale", LOCALES)
def test_help_block_on_every_page_with_the_source_numbers(site, locale):
    for name in page_names():
        help_block = soup_of(page_file(site, locale, name)).select("aside.site-help")
        assert len(help_block) == 1, f"{locale}/{name}"
        hrefs = [a["href"] for a in help_block[0].select("a")]
        assert hrefs == HELP_LINKS
        text = help_block[0].get_text(" ")
        for number in HELP_PHONES:
            assert number in text


def test_safety_rules_stand_out_as_admonitions(site):
    gevolgen = soup_of(page_file(site, "nl", "gevolgen")).select(".admonition")
    assert any("Veilig Thuis of de politie raadplegen" in a.get_text() for a in gevolgen)
    eer = soup_of(page_file(site, "nl", "eergerelateerd-geweld")).select(".admonition.danger")
    texts = " ".join(a.get_text() for a in eer)
    assert "advies te vragen aan een expert van Veilig Thuis of de politie" in texts
    assert "Zet nooit stappen buiten de jongere om" in texts


def test_external_links_are_only_the_sources_and_help(site):
    allowed = {
        "https://www.youtube.com/watch?v=JWnNmCYSxKA",
        "https://www.zininutrecht.nu",
        # Not in the brochure: the editors' additions, each with its source (issue 24).
        "https://www.kis.nl/publicatie/praten-met-ouders-over-shame-sexting",
        "https://www.movisie.nl/verandering-binnenuit",
        "mailto:consortium.zelfbeschikking@gmail.com",
        *HELP_LINKS,
    }
    for path in all_html(site):
        for link in soup_of(path).select("article a[href]"):
            href = link["href"]
            if re.match(r"^(https?|mailto|tel):", href):
                assert href in allowed, f"{path}: unexpected external link {href}"


def test_unresolved_links_render_as_plain_text_from_the_registry(site):
    import yaml

    from conftest import ROOT

    registry = yaml.safe_load((ROOT / "translations/external-links.yml").read_text())
    unresolved = {key for key, entry in registry.items() if not entry.get("url")}
    assert unresolved, "the registry lists the addresses still to be supplied"
    rendered = set()
    for path in all_html(locale_root(site, "nl")):
        for span in soup_of(path).select("span.site-unlinked[data-link-key]"):
            rendered.add(span["data-link-key"])
        assert not soup_of(path).select('a[href^="link:"]'), f"{path}: unrendered link: marker"
    assert rendered == unresolved


def test_every_address_the_brochure_does_not_give_carries_its_source(site):
    """An address in the registry is either in the brochure (tests/data/brochure.nl.txt,
    where `in_brochure` says it is) or the editors' addition with `source:` (publisher,
    checked year-month); each links from its passage in every language."""
    import yaml

    from conftest import ROOT

    brochure = "".join((ROOT / "tests/data/brochure.nl.txt").read_text(encoding="utf-8").split())
    registry = yaml.safe_load((ROOT / "translations/external-links.yml").read_text(encoding="utf-8"))
    added = {}
    for key, entry in registry.items():
        if not entry.get("url"):
            continue
        if entry["url"] in brochure:
            assert entry.get("in_brochure") or entry.get("source"), key
            continue
        assert not entry.get("in_brochure"), f"{key}: says the brochure gives {entry['url']}, it does not"
        source = entry.get("source") or {}
        assert str(source.get("publisher") or "").strip(), f"{key}: address not in the brochure, no source publisher"
        assert re.fullmatch(r"\d{4}-\d{2}", str(source.get("checked"))), f"{key}: no year-month when checked"
        added[key] = entry["url"]
    assert added, "the registry holds the editors' additions of issue 24"
    for locale in LOCALES:
        for key, url in added.items():
            page = soup_of(page_file(site, locale, registry[key]["page"][:-3]))
            links = page.select(f'article a[data-link-key="{key}"]')
            assert [link["href"] for link in links] == [url], f"{locale}: {key}"


@pytest.mark.parametrize("locale", LOCALES)
def test_intranet_editors_page_is_dutch_only_and_not_in_the_menu(site, locale):
    """docs/nl/intranet.md (translate: false): no translations; every language shows the
    Dutch text marked lang="nl" with a notice that it is Dutch only, and no menu lists it."""
    from _translation import page_state
    from conftest import ROOT

    soup = soup_of(locale_root(site, locale) / "intranet" / "index.html")
    ids = [h["id"] for h in soup.article.select("h2[id]")]
    assert ids[:3] == ["intranet-linken", "intranet-offline", "intranet-qr"]
    assert not soup.select('.md-nav a[href$="intranet/"]')
    if locale == "nl":
        assert not soup.select(".site-notice")
        return
    assert not (ROOT / "docs" / locale / "intranet.md").exists()
    assert page_state(ROOT / "docs", "nl", locale, "intranet.md").state == "nl-only"
    assert soup.select_one(".site-notice--fallback").get_text(strip=True) != ""
    assert soup.select_one(".site-fallback-content")["lang"] == "nl"
    fallback = soup_of(page_file(site, locale, "gevolgen")).select_one(".site-notice--fallback")
    assert fallback is None or fallback.get_text() != soup.select_one(".site-notice--fallback").get_text()
