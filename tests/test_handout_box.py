"""The parent handouts box on every page of every language, and the handout in every
language's menu. The box (partials/handouts.html) links the five handout pages, the
four bilingual ones and their nine PDFs, each language named in the page's language
and in its own script; it is open on extra.handout_box_open_on (home and Adviezen)
and closed to its heading elsewhere. The words are checked against the home page's
box, which tests/test_handouts.py checks against the interface strings."""

from collections import Counter

import pytest

from conftest import LOCALES, all_html, locale_root, page_file, page_names, soup_of
from test_handouts import NAMES

OPEN_ON = ("index", "adviezen")


def handout_targets(site):
    """Every handout page and PDF: five handouts, four bilingual ones, nine PDFs."""
    targets = set()
    for code in LOCALES:
        targets |= {locale_root(site, code) / "handout", site / "downloads" / f"handout-{code}.pdf"}
        if code != "nl":
            targets |= {locale_root(site, code) / "handout-tweetalig", site / "downloads" / f"handout-nl-{code}.pdf"}
    return {target.resolve() for target in targets}


def content_pages(site):
    """(locale, name, path) of every built page: each directory's index.html; not the
    404 pages (no box: they lead home, where it is open) nor the redirect pages
    (`name.html`)."""
    for path in all_html(site):
        if path.name != "index.html":
            continue
        parts = path.relative_to(site).parts
        locale = parts[0] if len(parts) > 1 and parts[0] in LOCALES[1:] else "nl"
        rest = parts[1:] if locale != "nl" else parts
        yield locale, (rest[0] if len(rest) > 1 else "index"), path


def rows(box):
    """Per list item: (the language's code, its label with spaces collapsed, the item)."""
    out = []
    for item in box.select("li"):
        codes = {a["hreflang"] for a in item.select("a[href]")}
        assert len(codes) == 1, item
        label = item.select_one(".site-handouts__language")
        out.append((codes.pop(), " ".join(label.get_text().split()), item))
    return out


def test_every_page_links_every_handout_named_in_both_scripts(site):
    pages = list(content_pages(site))
    assert len(pages) >= len(LOCALES) * len(page_names())
    expected = handout_targets(site)
    assert len([t for t in expected if t.suffix == ".pdf"]) == 9 and all(t.exists() for t in expected)
    home = {locale: soup_of(page_file(site, locale, "index")).select_one("aside.site-handouts") for locale in LOCALES}
    for locale, name, path in pages:
        where = path.relative_to(site)
        soup = soup_of(path)
        boxes = soup.select("aside.site-handouts")
        assert len(boxes) == 1, f"{where}: {len(boxes)} handouts boxes"
        box = boxes[0]
        assert "site-print-hide" in box["class"], where
        targets = {(path.parent / a["href"]).resolve() for a in box.select("a[href]")}
        assert targets == expected, f"{where}: missing {expected - targets}, extra {targets - expected}"
        # Each language's links under its name in the page's language ("Arabisch") and,
        # for another language, in its own script and direction ("— العربية").
        found = rows(box)
        assert [row[:2] for row in found] == [row[:2] for row in rows(home[locale])], where
        assert [code for code, _, _ in found] == [locale] + [code for code in LOCALES if code != locale], where
        for code, label, item in found:
            native = item.select(f'.site-handouts__language [lang="{code}"]')
            if code == locale:
                assert not native and label, f"{where}: {label}"
                continue
            assert len(native) == 1 and native[0].get_text() == NAMES[code], f"{where}: {label}"
            assert native[0]["dir"] == ("rtl" if code == "ar" else "ltr"), f"{where}: {code}"
            if label != NAMES[code]:  # a name the same in both languages stands once
                assert label.endswith(f" — {NAMES[code]}") and label != f" — {NAMES[code]}", f"{where}: {label}"
        # Open where a worker looks for it, elsewhere one closed line: its name the same.
        heading = home[locale].select_one("h2#site-handouts-title").get_text(strip=True)
        details = box.select_one("details")
        title = soup.find(id=box["aria-labelledby"])
        if name in OPEN_ON:
            assert details is None and title.name == "h2", where
        else:
            assert details is not None and not details.has_attr("open"), where
            assert title.name == "summary" and title.parent is details, where
        assert title.get_text(strip=True) == heading and box.select_one("p").get_text() == \
            home[locale].select_one("p").get_text(), where
        duplicates = [key for key, count in Counter(tag["id"] for tag in soup.select("[id]")).items() if count > 1]
        assert not duplicates, f"{where}: duplicate ids {duplicates}"


@pytest.mark.parametrize("locale", LOCALES)
def test_the_handout_is_in_every_languages_menu(site, locale):
    """On every page of the menu, a link to the language's own handout, named as the
    box names it; the handout's previous and next links are its menu neighbours."""
    names = page_names()
    assert "handout" in names and names.index("handout") > names.index("adviezen")
    handout = (locale_root(site, locale) / "handout").resolve()
    heading = soup_of(page_file(site, locale, "index")).select_one("#site-handouts-title").get_text(strip=True)
    for name in names:
        path = page_file(site, locale, name)
        links = [a for a in soup_of(path).select("nav.md-nav--primary a.md-nav__link[href]")
                 if "#" not in a["href"] and (path.parent / a["href"]).resolve() == handout]
        assert len(links) == 1, f"{locale}/{name}: {len(links)} menu links to the handout"
        assert links[0].get_text(" ", strip=True) == heading, f"{locale}/{name}"
    path = page_file(site, locale, "handout")
    footer = soup_of(path).select_one(".md-footer")
    position = names.index("handout")
    for kind, neighbour in (("prev", names[position - 1]), ("next", names[position + 1])):
        link = footer.select_one(f"a.md-footer__link--{kind}")
        assert (path.parent / link["href"]).resolve() == page_file(site, locale, neighbour).parent.resolve(), kind
