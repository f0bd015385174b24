"""Every language has every interface string of this site (and srn Material's); the
files keep the one format other tools read: translations/interface/<locale>.yml, a
comment, then one `key: "text"` line per string, the text as JSON writes it."""

import json
import re
import shutil

import pytest

from conftest import LOCALES, ROOT
import _site_strings

KEY = re.compile(r'^\s*"([\w.]+)":', re.M)


def keys(path):
    return set(KEY.findall(path.read_text(encoding="utf-8")))


def test_every_language_file_has_every_key():
    dutch = list(_site_strings.load("nl"))
    assert len(dutch) >= 8
    for locale in LOCALES:
        assert list(_site_strings.load(locale)) == dutch, locale  # the same keys, in the same order


def test_every_file_is_a_comment_then_one_json_line_per_string():
    for locale in LOCALES:
        lines = _site_strings.path(locale).read_text(encoding="utf-8").split("\n")
        assert lines[0].startswith("# ") and lines[-1] == "", locale
        entries = [line for line in lines[:-1] if not line.startswith("# ")]
        strings = _site_strings.load_with_lines(locale)
        assert len(entries) == len(strings), locale
        for key, (text, line) in strings.items():
            assert lines[line - 1] == f"{key}: {json.dumps(text, ensure_ascii=False)}", f"{locale}:{line}"


def test_set_string_and_add_strings_change_only_their_lines(tmp_path):
    shutil.copytree(ROOT / _site_strings.STRINGS_DIR, tmp_path / _site_strings.STRINGS_DIR)
    before = {locale: _site_strings.path(locale, tmp_path).read_bytes() for locale in LOCALES}
    assert _site_strings.set_string("tr", "help.police", 'Polis, "acil" değil', tmp_path)
    assert not _site_strings.set_string("tr", "help.police", 'Polis, "acil" değil', tmp_path)
    lines = before["tr"].decode().split("\n")
    line = _site_strings.load_with_lines("tr", tmp_path)["help.police"][1]
    lines[line - 1] = 'help.police: "Polis, \\"acil\\" değil"'
    assert _site_strings.path("tr", tmp_path).read_text(encoding="utf-8") == "\n".join(lines)
    with pytest.raises(KeyError):
        _site_strings.set_string("tr", "no.such.key", "x", tmp_path)
    added = _site_strings.add_strings({"help.police": {locale: "-" for locale in LOCALES},
                                       "test.new": {locale: f"{{n}} ’{locale}’" for locale in LOCALES}}, tmp_path)
    assert added == {locale: 1 for locale in LOCALES}
    for locale in LOCALES:
        text = _site_strings.path(locale, tmp_path).read_text(encoding="utf-8")
        assert text.endswith(f'\ntest.new: "{{n}} ’{locale}’"\n'), locale
        assert _site_strings.load(locale, tmp_path)["help.police"] != "-", locale


def test_sranan_material_strings_cover_what_the_site_shows():
    srn = keys(ROOT / "overrides/partials/languages/srn.html")
    for key in ("language", "direction", "action.skip", "search.placeholder",
                "search.result.none", "select.language", "toc", "footer.next"):
        assert key in srn
