"""What a shared link shows (overrides/hooks/share_cards.py, share_images.py): every
page's description, Open Graph and Twitter tags in the page's own language, titles not
doubled, each language's site name in one script, and the share image per language."""

import struct

import pytest

from conftest import DEFAULT_LOCALE, LOCALES, ROOT, SCRIPT, page_file, page_names, soup_of
from test_handouts import URL, site_with_url_and_pdfs  # noqa: F401  (fixture)
from translations import read_mkdocs_config
import pdf_text

OG_LOCALES = {"nl": "nl_NL", "tr": "tr_TR", "ar": "ar_AR", "srn": "srn_SR", "hi": "hi_IN"}


def site_names() -> dict[str, str]:
    config = read_mkdocs_config()
    names = {DEFAULT_LOCALE: config["site_name"]}
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "i18n" in plugin:
            names |= {lang["locale"]: lang["site_name"] for lang in plugin["i18n"]["languages"] if "site_name" in lang}
    return names


def translated(locale: str, name: str) -> bool:
    """The page is written in the locale (not the Dutch page shown in its place)."""
    return (ROOT / "docs" / locale / f"{name}.md").exists()


def tags(soup) -> dict[str, list[str]]:
    found = {}
    for meta in soup.select("head meta[property], head meta[name]"):
        found.setdefault(meta.get("property") or meta["name"], []).append(meta["content"])
    return found


def share_of_script(text: str, locale: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(1 for c in letters if SCRIPT[locale].match(c)) / len(letters)


@pytest.mark.parametrize("locale", LOCALES)
def test_every_page_has_a_share_card_in_its_language(site, locale):
    dutch = {name: tags(soup_of(page_file(site, DEFAULT_LOCALE, name)))["description"][0] for name in page_names()}
    for name in page_names():
        soup = soup_of(page_file(site, locale, name))
        found = tags(soup)
        where = f"{locale}/{name}"
        for key in ("description", "og:type", "og:site_name", "og:title", "og:description", "og:locale",
                    "twitter:card"):
            assert len(found.get(key, [])) == 1, f"{where}: {key} {found.get(key)}"
        description = found["description"][0]
        assert found["og:description"] == [description] and len(description) > 10, where
        assert found["og:locale"] == [OG_LOCALES[locale]], where
        assert sorted(found["og:locale:alternate"]) == sorted(v for k, v in OG_LOCALES.items() if k != locale)
        assert found["og:site_name"] == [site_names()[locale]], where
        assert found["twitter:card"] == ["summary"], where  # no image without SITE_URL
        assert "og:url" not in found and "og:image" not in found, where
        if locale != DEFAULT_LOCALE and translated(locale, name):
            # In the page's language: not the Dutch description, and in its script.
            assert description != dutch[name], f"{where}: the Dutch description"
            if locale in SCRIPT:  # (names, app names and "shame sexting" stay in Latin letters)
                assert share_of_script(description, locale) > 0.4, f"{where}: {description!r}"
        # The description is the page's lead: its first words are the page's own.
        if description != found["og:title"][0]:  # a page without a paragraph: its title
            lead = " ".join(pdf_text.words(description)[:6])
            assert lead in " ".join(pdf_text.words(soup.select_one("article").get_text())), f"{where}: {description!r}"


@pytest.mark.parametrize("locale", LOCALES)
def test_titles_are_not_doubled_and_the_site_name_has_one_script(site, locale):
    name_of_site = site_names()[locale]
    for name in page_names():
        soup = soup_of(page_file(site, locale, name))
        title = soup.title.get_text()
        parts = title.split(" - ")
        assert len(parts) == len(set(parts)), f"{locale}/{name}: {title!r}"
        if name == "index":
            assert title == name_of_site and tags(soup)["og:title"] == [name_of_site]
            h1 = " ".join(soup.select_one("article h1").get_text().rstrip("¶").split())
            assert h1 == name_of_site, f"{locale}: home page h1 {h1!r}, site name {name_of_site!r}"
        assert soup.select_one(".md-header__topic .md-ellipsis").get_text(strip=True) == name_of_site
    if locale == "hi":
        assert share_of_script(name_of_site, "hi") == 1.0, name_of_site


def test_the_arabic_and_turkish_cards(site):
    """The issue's examples: an Arabic page's description is Arabic, a Turkish one's not Dutch."""
    arabic = tags(soup_of(page_file(site, "ar", "gevolgen")))
    assert share_of_script(arabic["description"][0], "ar") > 0.8
    turkish = tags(soup_of(page_file(site, "tr", "gevolgen")))["description"][0]
    dutch = tags(soup_of(page_file(site, "nl", "gevolgen")))["description"][0]
    assert turkish != dutch and not set(turkish.lower().split()) >= {"de", "het", "een"}


def png_size(path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


def test_with_a_site_url_cards_carry_the_address_and_the_language_image(site_with_url_and_pdfs):  # noqa: F811
    for locale, prefix in (("nl", ""), ("ar", "ar/")):
        found = tags(soup_of(page_file(site_with_url_and_pdfs, locale, "handout")))
        assert found["og:url"] == [f"{URL}{prefix}handout/"]
        image = f"{URL}assets/images/share-{locale}.png"
        assert found["og:image"] == [image] and found["twitter:card"] == ["summary_large_image"]
        assert found["og:image:alt"] == [site_names()[locale]]
        path = site_with_url_and_pdfs / image[len(URL):]
        assert png_size(path) == (1200, 630)
        assert found["og:image:width"] == ["1200"] and found["og:image:height"] == ["630"]


def test_html_only_with_a_site_url_names_no_image(site_with_url):
    found = tags(soup_of(page_file(site_with_url, "ar", "gevolgen")))
    assert found["og:url"] == ["https://school.example/intranet/brochure/ar/gevolgen/"]
    assert "og:image" not in found and found["twitter:card"] == ["summary"]
    assert not (site_with_url / "assets/images/share-ar.png").exists()
