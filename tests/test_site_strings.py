"""Every language has every interface string of this site (and srn Material's)."""

import re

from conftest import LOCALES, ROOT

KEY = re.compile(r'^\s*"([\w.]+)":', re.M)


def keys(path):
    return set(KEY.findall(path.read_text(encoding="utf-8")))


def test_every_language_file_has_every_key():
    site = ROOT / "overrides/partials/languages/site"
    dutch = keys(site / "nl.html")
    assert len(dutch) >= 8
    for locale in LOCALES:
        assert keys(site / f"{locale}.html") == dutch, locale


def test_sranan_material_strings_cover_what_the_site_shows():
    srn = keys(ROOT / "overrides/partials/languages/srn.html")
    for key in ("language", "direction", "action.skip", "search.placeholder",
                "search.result.none", "select.language", "toc", "footer.next"):
        assert key in srn
