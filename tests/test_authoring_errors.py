"""An editor's or translator's slip fails the build with a message naming the file, the
line and what to do: one case per scenario of the fault review (faults.md, 44 realistic
mistakes), plus the other authoring errors.

Each case breaks a copy of the project. The cases are grouped so that one HTML-only
build of one copy, of the Dutch and one language (SITE_LANGUAGES), serves a whole group:
within a group every case breaks its own page (or its own line of a shared file), and
each expected message is looked up in that build's output, with the line computed from
the broken copy. A few slips stop the build at once (a file that cannot be read); they
have a group of their own. The harmless ones (a byte-order mark, Windows line endings,
a missing translation) must keep the build passing, without a false "outdated". Every
translation of a copy is stamped first (but in the group that must pass), so that the
comparison with the Dutch covers every page whatever the translators' progress."""

import os
import re
import shutil
import socket
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pytest

from conftest import ROOT, run_build

COPIED = ("mkdocs.yml", "docs", "overrides", "translations", "scripts")


# -- editing a copy ------------------------------------------------------------------------

def text(project: Path, name: str) -> str:
    return (project / name).read_bytes().decode("utf-8", errors="replace")


def write(project: Path, name: str, content: str):
    (project / name).write_text(content, encoding="utf-8")


def replace(project: Path, name: str, old: str, new: str, count: int = 1):
    """Replace old (which must be there: a case that cannot break anything fails)."""
    content = text(project, name)
    assert old in content, f"{name}: {old!r} not found; the case needs updating to the content"
    write(project, name, content.replace(old, new, count))


def replace_pattern(project: Path, name: str, pattern: str, new: str, flags=re.M):
    content = text(project, name)
    changed, found = re.subn(pattern, new, content, count=1, flags=flags)
    assert found, f"{name}: /{pattern}/ not found; the case needs updating to the content"
    write(project, name, changed)


def append(project: Path, name: str, line: str):
    write(project, name, text(project, name).rstrip("\n") + "\n\n" + line + "\n")


def replacing(name: str, old: str, new: str) -> Callable:
    """A case's mutation that replaces one text of one file."""
    return lambda project: replace(project, name, old, new)


def replacing_pattern(name: str, pattern: str, new: str) -> Callable:
    """A case's mutation that replaces the first match of a pattern in one file."""
    return lambda project: replace_pattern(project, name, pattern, new)


def line_of(project: Path, name: str, needle: str, occurrence: int = 1) -> int:
    seen = 0
    for number, line in enumerate(text(project, name).splitlines(), 1):
        if needle in line:
            seen += 1
            if seen == occurrence:
                return number
    raise AssertionError(f"{name}: {needle!r} not found")


def section_lines(project: Path, name: str, section: str) -> tuple[int, int]:
    """(index of the heading line, index of the next heading) in the file's lines."""
    lines = text(project, name).split("\n")
    start = next(i for i, line in enumerate(lines) if re.search(rf"\{{\s*#{section}\s*\}}", line))
    end = next((i for i in range(start + 1, len(lines)) if re.match(r"#{1,6} ", lines[i])), len(lines))
    return start, end


def delete_lines(project: Path, name: str, first: int, last: int):
    """Delete lines first..last (0-based, inclusive)."""
    lines = text(project, name).split("\n")
    write(project, name, "\n".join(lines[:first] + lines[last + 1:]))


def drop_first_paragraph(project: Path, name: str, section: str):
    start, end = section_lines(project, name, section)
    lines = text(project, name).split("\n")
    first = next(i for i in range(start + 1, end) if lines[i].strip() and not lines[i].startswith(("-", "!!!", " ")))
    last = next((i for i in range(first, end) if not lines[i].strip()), end) - 1
    delete_lines(project, name, first, last + 1)


def items_in(project: Path, name: str, section: str) -> list[int]:
    start, end = section_lines(project, name, section)
    return [i for i, line in enumerate(text(project, name).split("\n")[start:end], start) if line.startswith("- ")]


def dutch_of(project: Path, locale_name: str) -> str:
    return "docs/nl/" + locale_name.split("/", 2)[2]


# -- the cases -----------------------------------------------------------------------------

@dataclass
class Case:
    id: str                 # the scenario's number in faults.md (or a name for other checks)
    what: str
    group: str              # which build of which copy (see GROUPS)
    mutate: Callable
    expect: Callable        # project -> the messages (substrings) the output must hold
    verify: Callable | None = None   # (project, site) -> None: what the built pages show


def msg(*parts):
    return lambda project: [part(project) if callable(part) else part for part in parts]


CASES: list[Case] = []


def case(id, what, group, expect, verify=None):
    def register(mutate):
        CASES.append(Case(id, what, group, mutate, expect, verify))
        return mutate
    return register


# 1 - heading ids
@case("1a", "nl: a new heading without { #id }", "nl",
      msg(lambda p: f"docs/nl/gevolgen.md:{line_of(p, 'docs/nl/gevolgen.md', '## Hulp zoeken')}: heading "
                    "'Hulp zoeken' has no explicit id. Add one"))
def _(p):
    append(p, "docs/nl/gevolgen.md", "## Hulp zoeken")


@case("1b", "translation drops { #psychische-schade } (on the Hindi page)", "hi",
      msg(lambda p: f"docs/hi/gevolgen.md:{line_of(p, 'docs/hi/gevolgen.md', '## ', 2)}: heading "))
def _(p):
    replace(p, "docs/hi/gevolgen.md", " { #psychische-schade }", "")


@case("2", "'{ #gevolg }' instead of '{ #gevolgen }' (Arabic page)", "ar",
      msg(lambda p: f"docs/ar/gevolgen.md:{line_of(p, 'docs/ar/gevolgen.md', '{ #gevolg }')}: heading id "
                    "'#gevolg' is not the Dutch page's '#gevolgen' at this place — translations keep the Dutch ids."))
def _(p):
    replace(p, "docs/ar/gevolgen.md", "{ #gevolgen }", "{ #gevolg }")


# 3 - text left out, boxes weakened
@case("3a", "the suicide-risk paragraph of #psychische-schade dropped", "tr",
      msg(lambda p: f"docs/tr/gevolgen.md:{line_of(p, 'docs/tr/gevolgen.md', '{ #psychische-schade }')}: section "
                    "#psychische-schade has 0 paragraph(s), the Dutch has 1 — translate every paragraph"))
def _(p):
    drop_first_paragraph(p, "docs/tr/gevolgen.md", "psychische-schade")


@case("3b", "handout: one do/don't item dropped", "tr",
      msg(lambda p: f"docs/tr/handout.md:{line_of(p, 'docs/tr/handout.md', '{ #dos-en-donts }')}: section "
                    f"#dos-en-donts has {len(items_in(p, 'docs/tr/handout.md', 'dos-en-donts'))} list item(s), "
                    f"the Dutch has {len(items_in(p, 'docs/nl/handout.md', 'dos-en-donts'))} — translate every item"))
def _(p):
    last = items_in(p, "docs/tr/handout.md", "dos-en-donts")[-1]
    delete_lines(p, "docs/tr/handout.md", last, last)


@case("3c", "the second !!! danger deleted (Sranan page)", "srn",
      msg(lambda p: f"docs/srn/eergerelateerd-geweld.md:"
                    f"{line_of(p, 'docs/srn/eergerelateerd-geweld.md', '{ #wat-is-eergerelateerd-geweld }')}: "
                    "section #wat-is-eergerelateerd-geweld: the boxes differ from the Dutch: Dutch !!! danger, "
                    "!!! danger, this page !!! danger — keep each Dutch box"))
def _(p):
    name = "docs/srn/eergerelateerd-geweld.md"
    lines = text(p, name).split("\n")
    second = [i for i, line in enumerate(lines) if line.startswith("!!! danger")][1]
    end = next((i for i in range(second + 2, len(lines)) if lines[i].strip() and not lines[i].startswith("    ")), len(lines))
    delete_lines(p, name, second, end - 1)


@case("3d", "!!! danger -> !!! note", "tr",
      msg(lambda p: f"docs/tr/eergerelateerd-geweld.md:{line_of(p, 'docs/tr/eergerelateerd-geweld.md', '!!! note')}: "
                    "'!!! note' is not a box type of this site — use '!!! warning' or '!!! danger'",
          "this page !!! note, !!! tehlike — keep each Dutch box"))
def _(p):
    replace(p, "docs/tr/eergerelateerd-geweld.md", "!!! danger", "!!! note")


@case("3e", "the keyword translated: !!! tehlike", "tr",
      msg(lambda p: f"docs/tr/eergerelateerd-geweld.md:{line_of(p, 'docs/tr/eergerelateerd-geweld.md', '!!! tehlike')}: "
                    "'!!! tehlike' is not a box type of this site"))
def _(p):
    replace(p, "docs/tr/eergerelateerd-geweld.md", "!!! danger", "!!! tehlike")  # the second box (3d took the first)


# 4 - facts
@case("4a", "age range 12 ile 25 -> 12 ile 18", "tr",
      msg(lambda p: f"docs/tr/slachtoffers.md:{line_of(p, 'docs/tr/slachtoffers.md', '12 ile 18')}: section "
                    "#slachtoffers: numbers differ from the Dutch: the Dutch has 25, which this section lacks; "
                    "this section has 18, which the Dutch does not — write the Dutch numbers"))
def _(p):
    replace(p, "docs/tr/slachtoffers.md", "12 ile 25", "12 ile 18")


@case("4b", "a year 2019 -> 2020 among many numbers (Sranan page)", "srn",
      msg(lambda p: f"docs/srn/slachtoffers.md:{line_of(p, 'docs/srn/slachtoffers.md', '2020')}: section "
                    "#aantallen: numbers differ from the Dutch: the Dutch has 2019, which this section lacks; "
                    "this section has 2020, which the Dutch does not"))
def _(p):
    replace(p, "docs/srn/slachtoffers.md", "2019", "2020")


@case("4c", "article 204b -> 240b (Hindi page)", "hi",
      msg(lambda p: f"docs/hi/wettelijk-kader.md:{line_of(p, 'docs/hi/wettelijk-kader.md', '240b')}: section "
                    "#wettelijk-kader: numbers differ from the Dutch: the Dutch has 204, which this section lacks; "
                    "this section has 240"))
def _(p):
    replace(p, "docs/hi/wettelijk-kader.md", "204b", "240b")


@case("4d", "maximaal twee jaar -> en fazla üç yıl (a number in words)", "tr",
      msg(lambda p: f"docs/tr/wettelijk-kader.md:{line_of(p, 'docs/tr/wettelijk-kader.md', 'üç yıl')}: section "
                    "#wettelijk-kader: numbers differ from the Dutch: the Dutch has 2 ('twee'), which this section "
                    "lacks; this section has 3 ('üç'), which the Dutch does not"))
def _(p):
    replace(p, "docs/tr/wettelijk-kader.md", "iki yıl", "üç yıl")


@case("4e", "a phone number with a typo added to a warning", "tr",
      msg(lambda p: f"docs/tr/gevolgen.md:{line_of(p, 'docs/tr/gevolgen.md', '0800-2200')}: section "
                    "#risico-op-eergerelateerd-geweld: numbers differ from the Dutch: this section has 0800, 2200"))
def _(p):
    replace_pattern(p, "docs/tr/gevolgen.md", r"^(    .*danışmalıdır\.)$", r"\1 (0800-2200)")


@case("4f", "an interface string gains 'Polis (155)'", "tr",
      msg(lambda p: f"translations/interface/tr.yml:"
                    f"{line_of(p, 'translations/interface/tr.yml', 'help.police')}: 'help.police' has "
                    "155, which the Dutch string does not — numbers, phone numbers and addresses stay as in nl.yml"))
def _(p):
    replace(p, "translations/interface/tr.yml", 'help.police: "Polis', 'help.police: "Polis (155)')


# 5 - links
@case("5a", "a link to a page that does not exist", "tr",
      msg(lambda p: f"docs/tr/gevolgen.md:{line_of(p, 'docs/tr/gevolgen.md', 'yasal-cerceve.md')}: link "
                    "'yasal-cerceve.md' points to a page that does not exist"))
def _(p):
    replace_pattern(p, "docs/tr/gevolgen.md", r"^(Belirtilmesi gereken.*)$", r"\1 Bkz. [yasa](yasal-cerceve.md).")


@case("5b", "a link to an anchor that does not exist", "tr",
      msg(lambda p: f"docs/tr/index.md:{line_of(p, 'docs/tr/index.md', '#yasal-cerceve')}: link "
                    "'wettelijk-kader.md#yasal-cerceve' points to '#yasal-cerceve', which docs/tr/wettelijk-kader.md "
                    "does not define"))
def _(p):
    replace_pattern(p, "docs/tr/index.md", r"^([^\W\d_].{40,})$", r"\1 [Yasa](wettelijk-kader.md#yasal-cerceve).")


@case("5c", "an external link the Dutch does not have (Arabic page)", "ar",
      msg(lambda p: f"docs/ar/adviezen.md:{line_of(p, 'docs/ar/adviezen.md', 'kadindayanismavakfi')}: link to "
                    "'https://www.kadindayanismavakfi.org.tr' is not in the Dutch page"))
def _(p):
    replace_pattern(p, "docs/ar/adviezen.md", r"^([^\W\d_].{40,})$",
                    r"\1 [وقف](https://www.kadindayanismavakfi.org.tr)")


# 6 - Dutch changed, translation not updated
@case("6a", "nl: one word changed, translations not re-stamped: the page says so, status --check names it",
      "passes",
      msg(lambda p: f"docs/tr/gevolgen.md:{line_of(p, 'docs/tr/gevolgen.md', 'source_sha256')}: outdated (Dutch "
                    "text changed since translation) — update the translation to docs/nl/gevolgen.md, then run "
                    "'scripts/translations.py stamp --lang tr gevolgen.md'."),
      verify=lambda p, site: page_has(site / "tr/gevolgen/index.html", ".site-notice--outdated"))
def _(p):
    replace(p, "docs/nl/gevolgen.md", "Het eerste wat slachtoffers", "Het eerste dat slachtoffers")


@case("6b", "nl: a sentence added, then 'stamp --lang tr' without translating: refused; --all shows the "
      "change and asks; stamped anyway, the build finds the missing paragraph", "stamp",
      msg("Name the pages you have translated: scripts/translations.py stamp --lang tr gevolgen.md",
          "+Neem bij twijfel altijd eerst contact op met Veilig Thuis.",
          "Nothing stamped.", "stamped docs/tr/gevolgen.md",
          lambda p: f"docs/tr/gevolgen.md:{line_of(p, 'docs/tr/gevolgen.md', '{ #risico-op-eergerelateerd-geweld }')}: "
                    "section #risico-op-eergerelateerd-geweld has ",
          "paragraph(s), the Dutch has"))
def _(p):
    replace_pattern(p, "docs/nl/gevolgen.md", r"^(Als de familie vindt .*)$",
                    r"\1\n\nNeem bij twijfel altijd eerst contact op met Veilig Thuis.")


# 7 - front matter
@case("7a", "broken YAML indentation in the front matter", "tr",
      msg(lambda p: f"docs/tr/in-gesprek-met-ouders.md:{line_of(p, 'docs/tr/in-gesprek-met-ouders.md', 'source_sha256')}: "
                    "not valid YAML"))
def _(p):
    replace(p, "docs/tr/in-gesprek-met-ouders.md", "\n  source_sha256:", "\n   source_sha256:")


@case("7a2", "the closing --- of the front matter deleted", "tr",
      msg("docs/tr/plegers-en-motieven.md:1: the front matter that starts here is not closed — add a line '---'"))
def _(p):
    replace_pattern(p, "docs/tr/plegers-en-motieven.md", r"(source_sha256: \w+\n)---\n", r"\1")


@case("7b", "status: reviewed without reviewed_by / reviewed_on", "tr",
      msg(lambda p: f"docs/tr/overzichtskaart.md:{line_of(p, 'docs/tr/overzichtskaart.md', 'status:')}: status "
                    "'reviewed' needs 'reviewed_by:' with the name of the native speaker",
          lambda p: f"docs/tr/overzichtskaart.md:{line_of(p, 'docs/tr/overzichtskaart.md', 'status:')}: status "
                    "'reviewed' needs 'reviewed_on:' with the date of the review"))
def _(p):
    replace(p, "docs/tr/overzichtskaart.md", "status: draft", "status: reviewed")


@case("7c", "an unknown status: klaar", "tr",
      msg(lambda p: f"docs/tr/index.md:{line_of(p, 'docs/tr/index.md', 'status:')}: translation status 'klaar' "
                    "is not known — write 'draft', or 'reviewed'"))
def _(p):
    replace(p, "docs/tr/index.md", "status: draft", "status: klaar")


# 8 - pages and navigation
@case("8a", "nl: a new page not in the navigation", "nl",
      msg("docs/nl/nieuwe-pagina.md:1: page is not in the navigation. Add 'nieuwe-pagina.md' to 'nav'"))
def _(p):
    write(p, "docs/nl/nieuwe-pagina.md", "# Nieuwe pagina { #nieuwe-pagina }\n")


@case("8b", "a translation deleted: the Dutch is shown with a notice, status --check names it", "passes",
      msg(re.compile(r"^overzichtskaart\.md +missing ", re.M)),
      verify=lambda p, site: page_has(site / "tr/overzichtskaart/index.html", ".site-notice--fallback"))
def _(p):
    (p / "docs/tr/overzichtskaart.md").unlink()


@case("8c", "mkdocs.yml: nav typo gevolg.md", "nl",
      msg(lambda p: f"mkdocs.yml:{line_of(p, 'mkdocs.yml', '- gevolg.md')}: nav entry 'gevolg.md' is not a page in "
                    "docs/nl/ — fix the file name ('gevolgen.md'?)"))
def _(p):
    replace(p, "mkdocs.yml", "  - gevolgen.md\n", "  - gevolg.md\n")


# 9 - Markdown that renders raw
@case("9a", "a box's text indented 2 spaces instead of 4 (Arabic page)", "ar",
      msg(lambda p: f"docs/ar/eergerelateerd-geweld.md:{line_of(p, 'docs/ar/eergerelateerd-geweld.md', '!!! danger')}: "
                    "the '!!! danger' box has no text — indent its text by 4 spaces"))
def _(p):
    replace_pattern(p, "docs/ar/eergerelateerd-geweld.md", r"(^!!! danger\n\n)    ", r"\1  ")


@case("9b", "a stray unclosed <div> (Sranan page with anchors below it)", "srn",
      msg(lambda p: f"docs/srn/gevolgen.md:{line_of(p, 'docs/srn/gevolgen.md', '<div>')}: <div> is opened here "
                    "and never closed — add </div>"))
def _(p):
    replace_pattern(p, "docs/srn/gevolgen.md", r"^(## .*\{ #psychische-schade \})$", r"<div>\n\n\1")


@case("9b2", "a stray unclosed <div> (Hindi page, no anchors below it)", "hi",
      msg(lambda p: f"docs/hi/slachtoffers.md:{line_of(p, 'docs/hi/slachtoffers.md', '<div>')}: <div> is opened "
                    "here and never closed"))
def _(p):
    replace_pattern(p, "docs/hi/slachtoffers.md", r"^(## .*\{ #aantallen \})$", r"<div>\n\n\1")


@case("9c", "nl: a table pasted with no empty line before it", "nl",
      msg(lambda p: f"docs/nl/wat-is-shame-sexting.md:{line_of(p, 'docs/nl/wat-is-shame-sexting.md', '| Gevolg |')}: "
                    "this table follows a line of text without an empty line between — add an empty line"))
def _(p):
    replace_pattern(p, "docs/nl/wat-is-shame-sexting.md", r"^(Er is sprake van shame sexting.*)$",
                    r"\1\n| Gevolg | Wanneer |\n| --- | --- |\n| Pesten | direct |")


# 10 - encodings and line endings
@case("10a", "an invalid UTF-8 byte", "unreadable",
      msg(lambda p: f"docs/tr/gevolgen.md:{line_of(p, 'docs/tr/gevolgen.md', 'Sosyal zarar')}: not valid UTF-8 "
                    "(byte 0xfe in column 1) — save the file as UTF-8"))
def _(p):
    path = p / "docs/tr/gevolgen.md"
    path.write_bytes(path.read_bytes().replace("## Sosyal".encode(), b"\xfe# Sosyal", 1))


@case("10b", "a UTF-8 byte-order mark: harmless, no false 'outdated'", "passes",
      msg(lambda p: re.compile(rf"^begrippenlijst\.md +{state_in_main('tr', 'begrippenlijst.md')} ", re.M)),
      verify=lambda p, site: page_has(site / "tr/begrippenlijst/index.html",
                                      f".site-notice--{state_in_main('tr', 'begrippenlijst.md')}"))
def _(p):
    path = p / "docs/tr/begrippenlijst.md"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())


@case("10c", "a translation with Windows line endings: harmless", "passes",
      msg(lambda p: re.compile(rf"^toegankelijkheid\.md +{state_in_main('tr', 'toegankelijkheid.md')} ", re.M)),
      verify=lambda p, site: page_has(site / "tr/toegankelijkheid/index.html",
                                      f".site-notice--{state_in_main('tr', 'toegankelijkheid.md')}"))
def _(p):
    path = p / "docs/tr/toegankelijkheid.md"
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))


@case("10d", "nl: Windows line endings, text unchanged: no translation turns outdated", "passes",
      msg(lambda p: re.compile(r"^adviezen\.md +" + " +".join(state_in_main(locale, "adviezen.md")
                                                                for locale in ("tr", "ar", "srn", "hi")) + " *$", re.M)),
      verify=lambda p, site: page_has(site / "tr/adviezen/index.html",
                                      f".site-notice--{state_in_main('tr', 'adviezen.md')}"))
def _(p):
    path = p / "docs/nl/adviezen.md"
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))


# 11 - the term base
@case("11a", "termbase: a term loses its tr entry", "nl",
      msg(lambda p: f"translations/termbase.yml:{line_of(p, 'translations/termbase.yml', '- id: catcalling')}: term "
                    "'catcalling' has no tr entry — add 'tr:' with 'term:' and 'definition:'"))
def _(p):
    name = "translations/termbase.yml"
    lines = text(p, name).split("\n")
    start = lines.index("- id: catcalling")
    tr = next(i for i in range(start, len(lines)) if lines[i] == "  tr:")
    end = next(i for i in range(tr + 1, len(lines)) if not lines[i].startswith("    "))
    delete_lines(p, name, tr, end - 1)


@case("11b", "termbase: see: points to a missing anchor", "nl",
      msg(lambda p: f"translations/termbase.yml:{line_of(p, 'translations/termbase.yml', '#praat-met-je-kind')}: see "
                    "'adviezen.md#praat-met-je-kind': docs/nl/adviezen.md has no id '#praat-met-je-kind'"))
def _(p):
    replace(p, "translations/termbase.yml", "see: adviezen.md#praten-met-je-kind", "see: adviezen.md#praat-met-je-kind")


@case("11c", "termbase: a YAML error (an unquoted ': ')", "unreadable",
      msg(lambda p: f"translations/termbase.yml:{line_of(p, 'translations/termbase.yml', 'Let op: ')}: not valid YAML"))
def _(p):
    replace(p, "translations/termbase.yml", "    term: Catcalling\n", "    term: Catcalling. Let op: straat\n")


@case("interface-yaml", "an interface string's closing quote deleted (YAML sees it on the next line)", "unreadable",
      msg(lambda p: re.compile(
          rf"translations/interface/tr\.yml:{line_of(p, 'translations/interface/tr.yml', 'help.helpwanted:')}: "
          r"not valid YAML \([^)]*\) — check the indentation against the lines around it, and put text")))
def _(p):
    replace_pattern(p, "translations/interface/tr.yml", r'^(help\.police: ".*)"$', r"\1")


# 12 - untranslated text
@case("12", "a paragraph left in Dutch", "tr",
      msg(lambda p: f"docs/tr/wat-is-shame-sexting.md:{line_of(p, 'docs/tr/wat-is-shame-sexting.md', 'Er is sprake van')}: "
                    "this text is in Dutch: 'Er is sprake van shame sexting"))
def _(p):
    dutch = next(line for line in text(p, "docs/nl/wat-is-shame-sexting.md").split("\n") if line.startswith("Er is sprake"))
    start, end = section_lines(p, "docs/tr/wat-is-shame-sexting.md", "shame-sexting")
    lines = text(p, "docs/tr/wat-is-shame-sexting.md").split("\n")
    first = next(i for i in range(start + 1, end) if lines[i].strip())
    lines[first] = dutch
    write(p, "docs/tr/wat-is-shame-sexting.md", "\n".join(lines))


# 13 - code in content
@case("13a", "an injected <script>", "tr",
      msg(lambda p: f"docs/tr/adviezen.md:{line_of(p, 'docs/tr/adviezen.md', '<script>')}: a <script> in the content "
                    "— pages cannot run code"))
def _(p):
    append(p, "docs/tr/adviezen.md", "<script>alert(document.domain)</script>")


@case("13b", "nl: <img src=x onerror=...>", "nl",
      msg(lambda p: f"docs/nl/slachtoffers.md:{line_of(p, 'docs/nl/slachtoffers.md', 'onerror')}: an event handler "
                    "attribute 'onerror' on <img> — pages cannot run code"))
def _(p):
    append(p, "docs/nl/slachtoffers.md", '<img src="data:," onerror="alert(1)">')


@case("13c", "nl: a javascript: link", "nl",
      msg(lambda p: f"docs/nl/wettelijk-kader.md:{line_of(p, 'docs/nl/wettelijk-kader.md', 'javascript:')}: a "
                    "'javascript:' address in href= of <a> — pages cannot run code"))
def _(p):
    append(p, "docs/nl/wettelijk-kader.md", "[Klik hier](javascript:alert(1))")


# 14 - privacy
@case("14a", "an image from another host", "tr",
      msg(lambda p: f"docs/tr/toegankelijkheid.md:{line_of(p, 'docs/tr/toegankelijkheid.md', 'example.org')}: <img> "
                    "loads 'https://example.org/x.png' from another host"))
def _(p):
    append(p, "docs/tr/toegankelijkheid.md", "![Görsel](https://example.org/x.png)")


@case("14b", "nl: a YouTube iframe", "nl",
      msg(lambda p: f"docs/nl/adviezen.md:{line_of(p, 'docs/nl/adviezen.md', '<iframe')}: <iframe> in the content"))
def _(p):
    append(p, "docs/nl/adviezen.md", '<iframe src="https://www.youtube-nocookie.com/embed/JWnNmCYSxKA"></iframe>')


# 15 - invisible characters
@case("15", "a CAT tool's no-break spaces inside '{ #gevolgen }'", "tr",
      msg(lambda p: f"docs/tr/gevolgen.md:{line_of(p, 'docs/tr/gevolgen.md', '#gevolgen')}: a NO-BREAK SPACE (U+00A0) "
                    "inside '{\u00a0#gevolgen\u00a0}' — replace it with an ordinary space"))
def _(p):
    replace(p, "docs/tr/gevolgen.md", "{ #gevolgen }", "{\u00a0#gevolgen\u00a0}")


# Other authoring errors
@case("link-key", "an unknown link: key", "nl",
      msg(lambda p: f"docs/nl/gevolgen.md:{line_of(p, 'docs/nl/gevolgen.md', 'link:onbekend')}: unknown link key "
                    "'link:onbekend'"))
def _(p):
    append(p, "docs/nl/gevolgen.md", "Zie [dit](link:onbekend).")


@case("link-source", "an address the brochure does not give, without its source; a source without a month", "nl",
      msg(lambda p: f"translations/external-links.yml:"
                    f"{line_of(p, 'translations/external-links.yml', 'movisie-verandering-van-binnenuit:')}: link "
                    "'movisie-verandering-van-binnenuit' has an address without its source (the address is not in "
                    "the brochure). Add 'source:' with 'publisher:'",
          lambda p: f"translations/external-links.yml:"
                    f"{line_of(p, 'translations/external-links.yml', 'checked: december')}: link 'kis-publicatie': the "
                    "source's 'checked' is not a year-month ('december'). Write when the editors checked"))
def _(p):
    replace_pattern(p, "translations/external-links.yml",
                    r"(^movisie-verandering-van-binnenuit:\n(?:  .*\n)*?)  source:\n(?:    .*\n)+", r"\1")
    replace_pattern(p, "translations/external-links.yml",
                    r"(^kis-publicatie:\n(?:  .*\n)*?    checked:) 2026-12", r"\1 december")


@case("marker", "an unknown <!-- termbase:... --> marker", "nl",
      msg(lambda p: f"docs/nl/begrippenlijst.md:{line_of(p, 'docs/nl/begrippenlijst.md', 'termbase:onbekend')}: "
                    "unknown marker 'termbase:onbekend'"))
def _(p):
    append(p, "docs/nl/begrippenlijst.md", "<!-- termbase:onbekend -->")


@case("style", "a word the term base's style section rejects; the section's own slips", "ar",
      msg(lambda p: f"docs/ar/index.md:{line_of(p, 'docs/ar/index.md', 'مضايقات')}: 'مضايقات' is a rejected "
                    "variant for 'pesten' in translations/termbase.yml (style.ar) — write 'تنمر'",
          lambda p: f"translations/termbase.yml:{line_of(p, 'translations/termbase.yml', '  xx: []')}: style: "
                    "'xx' is not a translated language of the site",
          lambda p: f"translations/termbase.yml:{line_of(p, 'translations/termbase.yml', 'concept: zonder-use')}: "
                    "style.ar entry 'zonder-use' lacks use"))
def _(p):
    replace(p, "translations/termbase.yml", "\nstyle:\n", "\nstyle:\n  xx: []\n")
    replace_pattern(p, "translations/termbase.yml", r"^  ar:\n", "  ar:\n  - concept: pesten\n    use: تنمر\n"
                    "    reject: [مضايقات]\n  - concept: zonder-use\n    reject: []\n")
    replace_pattern(p, "docs/ar/index.md", r"^([\u0600-\u06FF].*)$", "\\1 مضايقات")


@case("invisible", "a zero-width space pasted into a page", "srn",
      msg(lambda p: f"docs/srn/adviezen.md:{line_of(p, 'docs/srn/adviezen.md', chr(0x200b))}: invisible character "
                    "ZERO WIDTH SPACE (U+200B) in column"))
def _(p):
    replace_pattern(p, "docs/srn/adviezen.md", r"^(#.*?) ", "\\1 \u200b")


@case("data-link", "a data: address in a link; a style that loads a URL", "hi",
      msg(lambda p: f"docs/hi/adviezen.md:{line_of(p, 'docs/hi/adviezen.md', 'data:text')}: a 'data:' address in a link",
          lambda p: f"docs/hi/adviezen.md:{line_of(p, 'docs/hi/adviezen.md', 'url(')}: a style attribute on <span>"))
def _(p):
    append(p, "docs/hi/adviezen.md", "[यहाँ](data:text/html,hallo) <span style=\"background:url(//x.org/a)\">x</span>")


@case("site-string-html", "HTML in an interface string", "hi",
      msg(lambda p: f"translations/interface/hi.yml:"
                    f"{line_of(p, 'translations/interface/hi.yml', 'exit.hint')}: 'exit.hint' contains HTML"))
def _(p):
    replace_pattern(p, "translations/interface/hi.yml", r'^(exit\.hint: ")', r'\1<b>!</b> ')


# Settings (issue 25, item 4): mkdocs.yml checked against its sources of truth
case("settings-help", "a mistyped Veilig Thuis number in mkdocs.yml", "settings",
      msg(lambda p: f"mkdocs.yml:{line_of(p, 'mkdocs.yml', 'veilig_thuis_phone:')}: extra.help.veilig_thuis_phone "
                    "'0800-2200' is not in the brochure (tests/data/brochure.nl.txt) and has no entry in "
                    "extra.help_sources — check the number against its source"))(
    replacing("mkdocs.yml", 'veilig_thuis_phone: "0800-2000"', 'veilig_thuis_phone: "0800-2200"'))


case("settings-exit-query", "the quick exit given a tracking parameter", "settings",
      msg(lambda p: f"mkdocs.yml:{line_of(p, 'mkdocs.yml', 'utm_source')}: the quick exit address "
                    "'https://nl.wikipedia.org/wiki/Hoofdpagina?utm_source=gids' must be an https:// address "
                    "without '?…' or '#…'"))(
    replacing("mkdocs.yml", "wiki/Hoofdpagina\"", "wiki/Hoofdpagina?utm_source=gids\""))


@case("settings-site-url", "SITE_URL ending in index.html", "settings",
      msg(lambda p: f"mkdocs.yml:{line_of(p, 'mkdocs.yml', 'site_url:')}: SITE_URL "
                    "'https://example.nl/gids/index.html' (site_url) must be the address of the site's folder"))
def _(p):
    pass  # SITE_URL is set for the group (GROUP_ENV)


case("settings-exit-http", "the quick exit changed to http://", "ar",
      msg(lambda p: f"mkdocs.yml:{line_of(p, 'mkdocs.yml', 'http://nl.wikipedia')}: the quick exit address "
                    "'http://nl.wikipedia.org/wiki/Hoofdpagina' must be an https:// address"))(
    replacing("mkdocs.yml", 'url: "https://nl.wikipedia.org', 'url: "http://nl.wikipedia.org'))


case("settings-box-title", "a lost 'danger:' title line (Turkish boxes would read 'Danger')", "tr",
      msg(lambda p: f"mkdocs.yml:{line_of(p, 'mkdocs.yml', 'warning: Dikkat')}: language 'tr' has no title for "
                    "'!!! danger' boxes (used in docs/nl/"))(
    replacing("mkdocs.yml", "            danger: Önce güvenlik\n", ""))


case("tab-box", "false alarm: a box's text indented with a tab renders, and passes", "passes",
      msg(re.compile(r"Documentation built in")),
      verify=lambda p, site: page_has(site / "tr/eergerelateerd-geweld/index.html",
                                      ".admonition.danger p:not(.admonition-title)"))(
    replacing_pattern("docs/tr/eergerelateerd-geweld.md", r"(^!!! danger\n\n)    ", "\\1\t"))


@case("sign-off", "a page signed off the right way (name and date, current Dutch): the build and "
      "status --check pass, the page shows no draft notice", "passes",
      msg(re.compile(r"^slachtoffers\.md +reviewed ", re.M)),
      verify=lambda p, site: page_lacks(site / "tr/slachtoffers/index.html", ".site-notice--draft"))
def _(p):
    import datetime

    from _translation import mark_reviewed

    assert mark_reviewed(p / "docs", "nl", "tr", "slachtoffers.md", "Ayşe Yılmaz", datetime.date(2026, 11, 30))


# Sealed safety text (issue 25, item 1): translations/safety-seals.yml
REVERSED = "Gerekirse genç olmadan da adım atın."


@case("seal-changed", "a Turkish danger rule reversed ('never behind the young person's back' -> 'if needed, "
      "without the young person'): the Dutch, the sealed and the new text", "seals",
      msg(lambda p: f"docs/tr/eergerelateerd-geweld.md:{line_of(p, 'docs/tr/eergerelateerd-geweld.md', '!!! danger', 2)}: "
                    "sealed safety text eergerelateerd-geweld.md#danger-2 changed without a new seal — if the new text "
                    "is right, have it checked and seal it: scripts/translations.py seal --lang tr",
          "      Dutch:  Zet nooit stappen buiten de jongere om.",
          "      sealed: Genci dâhil etmeden, onun bilgisi dışında asla adım atmayın.",
          "      (in Dutch: Zet nooit een stap zonder de jongere erbij te betrekken",
          f"      now:    {REVERSED} Genç, evde"))
def _(p):
    replace(p, "docs/tr/eergerelateerd-geweld.md", "Genci dâhil etmeden, onun bilgisi dışında asla adım atmayın.",
            REVERSED)


case("seal-moved", "a Turkish danger rule moved out of its box into a plain paragraph", "seals",
      msg(lambda p: f"translations/safety-seals.yml:{line_of_seal(p, 'tr', 'gevolgen.md#danger-1')}: the sealed "
                    "safety text gevolgen.md#danger-1 (tr) is gone from docs/tr/gevolgen.md — a rule moved out of "
                    "its '!!! danger' box no longer stands out, nor shows in 'Begin hier': put it back in its box."))(
    replacing_pattern("docs/tr/gevolgen.md", r"^!!! danger\n\n    ", ""))


case("seal-string", "the Turkish quick-exit button relabelled", "seals",
      msg(lambda p: f"translations/interface/tr.yml:{line_of(p, 'translations/interface/tr.yml', 'exit.button:')}: "
                    "sealed safety text interface/exit.button changed without a new seal",
          "      now:    Çıkış"))(
    replacing("translations/interface/tr.yml", 'exit.button: "Hemen çık"', 'exit.button: "Çıkış"'))


def line_of_seal(project: Path, locale: str, unit_id: str) -> int:
    lines = text(project, "translations/safety-seals.yml").split("\n")
    start = lines.index(f"  {locale}:")
    return next(number for number, line in enumerate(lines[start:], start + 1) if line == f'    "{unit_id}":')


# Translation QA (issue 25, item 2): translations/translation-qa.yml
case("qa-placeholder", "the suicide-risk paragraph replaced by the placeholder [ÇEVİRİ YAPILACAK]", "qa",
      msg(lambda p: f"docs/tr/gevolgen.md:{line_of(p, 'docs/tr/gevolgen.md', 'YAPILACAK')}: 'ÇEVİRİ YAPILACAK' is a "
                    "placeholder or to-do marker, not a translation — translate the Dutch here: "))(
    replacing_pattern("docs/tr/gevolgen.md", r"^Utanç, korku ve güvensizlik nedeniyle .*$", "[ÇEVİRİ YAPILACAK]"))


@case("qa-nl-block", "a paragraph left in Dutch inside <span lang=\"nl\"> (the escape for quotations)", "qa",
      msg(lambda p: f"docs/tr/slachtoffers.md:{line_of(p, 'docs/tr/slachtoffers.md', 'Shame sexting overkomt')}: this "
                    "block is Dutch marked lang=\"nl\""))
def _(p):
    dutch = next(line for line in text(p, "docs/nl/slachtoffers.md").split("\n") if line.startswith("Shame sexting overkomt"))
    replace_pattern(p, "docs/tr/slachtoffers.md", r"^<span lang=\"en\">Shame sexting</span> hem erkek .*$",
                    f'<span lang="nl">{dutch}</span>')


DUTCH_SENTENCE = "Het is belangrijk dat ouders weten wat hun kind online doet."


case("qa-nl-sentence", "a Dutch sentence inside a Turkish paragraph", "qa",
      msg(lambda p: f"docs/tr/plegers-en-motieven.md:{line_of(p, 'docs/tr/plegers-en-motieven.md', DUTCH_SENTENCE)}: "
                    f"a Dutch sentence in a translated block: '{DUTCH_SENTENCE}' — translate it."))(
    replacing_pattern("docs/tr/plegers-en-motieven.md", r"^(.{400,})$", rf"\1 {DUTCH_SENTENCE}"))


@case("qa-interface-dutch", "the Turkish draft notice left in Dutch", "qa",
      msg(lambda p: f"translations/interface/tr.yml:{line_of(p, 'translations/interface/tr.yml', 'notice.draft:')}: "
                    "'notice.draft' is the Dutch text 'Dit is een conceptvertaling"))
def _(p):
    replace_pattern(p, "translations/interface/tr.yml", r'^notice\.draft: ".*"$',
                    'notice.draft: "Dit is een conceptvertaling, nog niet gecontroleerd door een moedertaalspreker."')


case("qa-soft-hyphen", "a soft hyphen pasted from Word ('intihar' no longer found by search)", "qa",
      msg(lambda p: f"docs/tr/adviezen.md:{line_of(p, 'docs/tr/adviezen.md', 'inti' + chr(0xad) + 'hara')}: invisible "
                    "character SOFT HYPHEN (U+00AD) in column"))(
    replacing("docs/tr/adviezen.md", "intihara", "inti\u00adhara"))


@case("qa-length", "a long Turkish block cut to a quarter of its text", "qa",
      msg(lambda p: re.compile(rf"docs/tr/wettelijk-kader\.md:{line_of(p, 'docs/tr/wettelijk-kader.md', CUT_MARK)}: "
                               r"this block is 0\.\d\d times as long as its Dutch \(\d+ against \d+ characters; tr is "
                               r"usually 0\.6–2\.4\) — check that nothing is left out or added")))
def _(p):
    lines = text(p, "docs/tr/wettelijk-kader.md").split("\n")
    index = next(i for i, line in enumerate(lines) if len(line) > 300 and line[0].isalpha())
    lines[index] = lines[index][:len(lines[index]) // 4].rsplit(" ", 1)[0] + " " + CUT_MARK
    write(p, "docs/tr/wettelijk-kader.md", "\n".join(lines))


CUT_MARK = "vb."


# False alarms and poor messages of the second review (issue 25)
case("placeholder-translated", "an interface string's {placeholder} translated: a message, not a traceback",
      "placeholder",
      msg(lambda p: f"translations/interface/tr.yml:{line_of(p, 'translations/interface/tr.yml', 'colophon.unlinked_link')}: "
                    "'colophon.unlinked_link' has the placeholders {yer}, {words}, nl.yml {place}, {words} — keep "
                    "every {placeholder} exactly as in nl.yml"))(
    replacing("translations/interface/tr.yml", 'colophon.unlinked_link: "{place}', 'colophon.unlinked_link: "{yer}'))


@case("renamed", "a Dutch page renamed (nav updated): the translation's message says to rename it too", "renamed",
      msg("docs/tr/slachtoffers.md:1: there is no Dutch page docs/nl/slachtoffers.md — if the Dutch page was "
          "renamed, rename this translation the same way (git mv docs/tr/slachtoffers.md docs/tr/<new name>)"))
def _(p):
    (p / "docs/nl/slachtoffers.md").rename(p / "docs/nl/wie-zijn-slachtoffer.md")
    replace(p, "mkdocs.yml", "  - slachtoffers.md\n", "  - wie-zijn-slachtoffer.md\n")


@case("conflict", "git conflict markers left in a Dutch page: a conflict, not 'Dutch text changed'", "unreadable",
      msg(lambda p: f"docs/nl/adviezen.md:{line_of(p, 'docs/nl/adviezen.md', '<<<<<<< ')}: a git merge conflict is "
                    "left in the file ('<<<<<<<' line) — keep the right version"))
def _(p):
    both = next(line for line in text(p, "docs/nl/adviezen.md").split("\n") if re.match(r"[A-Z].{40,}$", line))
    replace(p, "docs/nl/adviezen.md", both, f"<<<<<<< HEAD\n{both}\n=======\n{both} Nu.\n>>>>>>> other")


@case("language-deleted", "a language deleted from mkdocs.yml: what removing it takes, at mkdocs.yml", "settings",
      msg(lambda p: f"mkdocs.yml:{line_of(p, 'mkdocs.yml', 'plugins:')}: docs/hi/ and translations/interface/hi.yml "
                    "belong to 'hi', which is not a language of the site (plugins › i18n › languages) — to keep the "
                    "language, add it back; to remove it, delete these"))
def _(p):
    content = text(p, "mkdocs.yml")
    start, end = content.index("        - locale: hi"), content.index("# Linked from pages")
    write(p, "mkdocs.yml", content[:start] + "\n" + content[end:])


@case("link-filled", "a link address filled in as the README describes (url and source): the note saying it has "
     "none must be rewritten", "nl",
     msg(lambda p: f"translations/editorial-notes.yml:"
                   f"{line_of(p, 'translations/editorial-notes.yml', '- id: adres-animatie-shame-sexting')}: note "
                   "'adres-animatie-shame-sexting' says the link 'animatie-shame-sexting' has no address, but "
                   f"translations/external-links.yml:{line_of(p, 'translations/external-links.yml', 'animatie-shame-sexting:')}"
                   " gives it one now — rewrite the note"))
def _(p):
    replace_pattern(p, "translations/external-links.yml",
                    r"(^animatie-shame-sexting:\n(?:  .*\n)*?)  url: null.*\n",
                    "\\1  url: https://www.kis.nl/shame-sexting-animatie\n  source:\n    publisher: KIS\n"
                    "    checked: 2026-12\n")


# -- the builds ---------------------------------------------------------------------------

GROUPS = {
    # group: (languages built, must the build pass?)
    "nl": ("nl", False), "tr": ("nl,tr", False), "ar": ("nl,ar", False), "srn": ("nl,srn", False),
    "hi": ("nl,hi", False), "unreadable": ("nl", False), "passes": ("nl,tr", True), "stamp": ("nl,tr", False),
    "settings": ("nl", False), "seals": ("nl,tr", False),
    "qa": ("nl,tr", False), "placeholder": ("nl,tr", False), "renamed": ("nl,tr", False),
}
# Environment of a group's build beside SITE_LANGUAGES.
GROUP_ENV = {"settings": {"SITE_URL": "https://example.nl/gids/index.html"}}


def page_has(path: Path, selector: str):
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")
    assert soup.select_one(selector) is not None, f"{path}: no {selector}"


def page_lacks(path: Path, selector: str):
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")
    assert soup.select_one(selector) is None, f"{path}: {selector} shown"


def copy_project(target: Path) -> Path:
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, target / name)
    return target


def stamp_every_translation(project: Path):
    """Every translation of the copy records the current Dutch, so that every page is
    compared whatever the translators' progress (a page whose Dutch changed since its
    stamp is not compared: it says it is outdated)."""
    from _translation import stamp

    docs = project / "docs"
    for path in docs.glob("*/*.md"):
        if path.parent.name != "nl" and (docs / "nl" / path.name).exists() and "source_sha256:" in path.read_text():
            stamp(docs, "nl", path.parent.name, path.name)


def state_in_main(locale: str, name: str) -> str:
    """The page's translation state in the project itself (before the copy was broken)."""
    from _translation import page_state

    return page_state(ROOT / "docs", "nl", locale, name).state


def translations_cli(project: Path, *args, stdin: str = "") -> str:
    result = subprocess.run([sys.executable, str(project / "scripts/translations.py"), *args], cwd=project,
                            capture_output=True, text=True, input=stdin)
    return f"$ translations.py {' '.join(args)} (exit {result.returncode})\n{result.stdout}{result.stderr}"


@pytest.fixture
def project(tmp_path):
    """A copy of the project's sources to break (also used by test_editorial_notes.py)."""
    return copy_project(tmp_path)


@dataclass
class Build:
    project: Path
    returncode: int
    output: str
    cases: list = field(default_factory=list)


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    done = {}

    def build(group: str) -> Build:
        if group not in done:
            project = copy_project(tmp_path_factory.mktemp(f"broken-{group}"))
            output = ""
            if group != "passes":
                stamp_every_translation(project)
            if group == "stamp":  # the --all confirmation shows the Dutch change from git history
                for command in (["init", "-q"], ["add", "-A"],
                                ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "copy"]):
                    subprocess.run(["git", *command], cwd=project, check=True, capture_output=True)
            cases = [c for c in CASES if c.group == group]
            for item in cases:
                item.mutate(project)
            if group == "stamp":
                output += translations_cli(project, "stamp", "--lang", "tr")
                output += translations_cli(project, "stamp", "--lang", "tr", "--all", stdin="no\n")
                output += translations_cli(project, "stamp", "--lang", "tr", "--all", stdin="yes\n")
            languages, _ = GROUPS[group]
            result = run_build(project / "site", docs_dir=project / "docs",
                               env={"SITE_PDF": "0", "SITE_LANGUAGES": languages, **GROUP_ENV.get(group, {})})
            output += result.stdout + result.stderr
            if group == "passes":
                output += translations_cli(project, "status", "--check")
            done[group] = Build(project, result.returncode, output, cases)
        return done[group]

    return build


@pytest.mark.parametrize("item", CASES, ids=[c.id for c in CASES])
def test_slip_is_reported_with_file_line_and_remedy(builds, item):
    build = builds(item.group)
    must_pass = GROUPS[item.group][1]
    if must_pass:
        assert build.returncode == 0, f"the build should pass:\n{build.output}"
    else:
        assert build.returncode != 0, f"the build should fail:\n{build.output}"
    for expected in item.expect(build.project):
        found = expected.search(build.output) if isinstance(expected, re.Pattern) else expected in build.output
        assert found, f"{item.id} ({item.what}): expected\n  {expected}\nin:\n{build.output}"
    if item.verify:
        item.verify(build.project, build.project / "site")
    assert "Traceback" not in build.output, build.output


def test_every_fault_of_the_review_is_a_case():
    numbers = {"1a", "1b", "2", "3a", "3b", "3c", "3d", "3e", "4a", "4b", "4c", "4d", "4e", "4f", "5a", "5b",
               "5c", "6a", "6b", "7a", "7a2", "7b", "7c", "8a", "8b", "8c", "9a", "9b", "9b2", "9c", "10a",
               "10b", "10c", "10d", "11a", "11b", "11c", "12", "13a", "13b", "13c", "14a", "14b", "15"}
    assert len(numbers) == 44
    assert numbers <= {c.id for c in CASES}


def test_every_error_of_a_broken_build_names_a_file_and_line(builds):
    """No error without a place: every ERROR line says 'file:line:' after its hook's name."""
    for group in GROUPS:
        for line in builds(group).output.splitlines():
            if line.startswith("ERROR") and "Aborted with" not in line:
                assert re.match(r"^ERROR +- +(\w+: )?[\w./-]+:\d+: ", line), line


def test_a_yaml_slip_in_mkdocs_yml_is_a_message(project):
    """A tab in mkdocs.yml: scripts/build (and serve) check the file before MkDocs reads it;
    scripts/translations.py says the same; neither shows a traceback."""
    replace(project, "mkdocs.yml", "\n    emergency_phone:", "\n\temergency_phone:")
    line = line_of(project, "mkdocs.yml", "\temergency_phone")
    expected = f"mkdocs.yml:{line}: a tab indents this line — YAML wants spaces"
    check = subprocess.run([sys.executable, str(project / "overrides/hooks/_settings.py"), "mkdocs.yml"],
                           cwd=project, capture_output=True, text=True)
    assert check.returncode == 1 and expected in check.stderr, check.stderr
    output = translations_cli(project, "status")
    assert "(exit 1)" in output and expected in output and "Traceback" not in output, output
    for script in ("build", "serve"):
        assert "overrides/hooks/_settings.py mkdocs.yml" in (ROOT / "scripts" / script).read_text()


def test_mkdocs_serve_reports_the_same_errors(project):
    """A slip in a page shows in `mkdocs serve` with the same message."""
    append(project, "docs/tr/adviezen.md", "<script>alert(1)</script>")
    line = line_of(project, "docs/tr/adviezen.md", "<script>")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--no-livereload", "-a", f"127.0.0.1:{port}"],
        cwd=project, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_LANGUAGES": "nl,tr"})
    lines = []
    try:
        for output_line in process.stdout:
            lines.append(output_line)
            if "Aborted" in output_line or "Serving on" in output_line or len(lines) > 400:
                break
    finally:
        process.terminate()
        process.wait(timeout=10)
    output = "".join(lines)
    assert f"docs/tr/adviezen.md:{line}: a <script> in the content — pages cannot run code" in output, output
