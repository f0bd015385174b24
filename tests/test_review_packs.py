"""Review packs for native reviewers without git (scripts/translations.py export and
import), round trips on a copy of the project: the pack's files are read and filled in
with the libraries a reviewer's tools stand for (translate-toolkit for the XLIFF of a CAT
tool, python-docx for Word), imported, and the copy is built to see what readers get."""

import datetime
import re
import subprocess
from pathlib import Path

import docx
import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader
from translate.storage import xliff

from conftest import copy_for_cli, run_build

TODAY = datetime.date.today().isoformat()  # a sign-off dates from the export to today

XLIFF_NS = "{urn:oasis:names:tc:xliff:document:1.2}"


def export(cli, out: Path, locale: str, *pages: str) -> dict[str, Path]:
    command = cli + ["export", "--lang", locale, "--out", str(out)] + (["--pages", *pages] if pages else [])
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    return {path.suffix: path for path in out.iterdir()}


def run_import(cli, path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(cli + ["import", str(path)], capture_output=True, text=True)


def xliff_units(path: Path) -> tuple[object, dict]:
    store = xliff.xlifffile.parsefile(str(path))
    return store, {unit.xmlelement.get("id"): unit for unit in store.getunits()}


def replace_in_target(unit, old: str, new: str) -> None:
    """Edit the target's words between its inline codes, as a CAT tool does."""
    target = unit.xmlelement.find(f"{XLIFF_NS}target")
    if target.text and old in target.text:
        target.text = target.text.replace(old, new)
    for code in target:
        if code.tail and old in code.tail:
            code.tail = code.tail.replace(old, new)
    assert new in unit.target, f"{old!r} not in the target's words: {unit.target}"


def build_copy(project: Path, locale: str):
    """Build the copy (HTML, the Dutch and one language); returns a reader of its pages."""
    site = project / "built"
    result = run_build(site, docs_dir=project / "docs", env={"SITE_PDF": "0", "SITE_LANGUAGES": f"nl,{locale}"})
    assert result.returncode == 0, result.stdout + result.stderr
    return lambda page: BeautifulSoup((site / page / "index.html").read_text(encoding="utf-8"), "lxml")


def test_xliff_round_trip_corrects_one_block_and_signs_off_one_page(tmp_path):
    cli = copy_for_cli(tmp_path)
    pack = export(cli, tmp_path / "pack", "tr")
    assert set(pack) == {".xlf", ".docx", ".pdf"}
    assert b'version="1.2"' in pack[".xlf"].read_bytes()[:200]
    store, units = xliff_units(pack[".xlf"])
    assert store.getsourcelanguage() == "nl" and store.gettargetlanguage() == "tr"
    # One unit per block of every kind, with the Dutch as source.
    kinds = {re.sub(r"\d+$", "", unit_id.split("/")[-1]) if "#" in unit_id else unit_id.split("/")[0]
             for unit_id in units}
    assert {"h", "p", "li", "termbase", "notes", "interface", "sign-off"} <= {k.split("#")[-1] for k in kinds}
    assert any("/box1/" in unit_id for unit_id in units)
    danger = units["gevolgen.md#risico-op-eergerelateerd-geweld/box1/p1"]
    assert danger.source.startswith("Bij enig vermoeden hiervan moeten professionals eerst")
    assert units["termbase/catcalling/definition"].source.startswith("‘catcalling’")
    assert "204b" in units["notes/artikel-204b"].target
    assert units["interface/help.title"].source == "Hulp en advies"
    # A link is an inline code pair: the reviewer sees tags, never the address as text.
    linked = units["gevolgen.md#zorgvuldige-aanpak/p2"]
    codes = linked.xmlelement.find(f"{XLIFF_NS}target")
    assert [code.tag.replace(XLIFF_NS, "") for code in codes][:1] == ["bpt"]
    assert any((code.text or "").startswith("](link:animatie-shame-sexting)") for code in codes)
    assert "mağdur" in units["gevolgen.md#gevolgen/p1"].getnotes()  # the terminology that applies
    # The PDF is the same table, for reading on paper.
    pdf_text = "".join(page.extract_text() for page in PdfReader(pack[".pdf"]).pages[:3])
    assert "Wat zijn de gevolgen?" in pdf_text or "Adviezen voor professionals" in pdf_text

    units["gevolgen.md#sociale-schade/h"].target = "Toplumsal zarar"
    replace_in_target(units["gevolgen.md#sociale-schade/p1"], "zorbalığa uğramak", "zorbalığa maruz kalmak")
    units["gevolgen.md#sign-off"].target = f"Ayşe Yılmaz, {TODAY}"
    reviewed = tmp_path / "reviewed.xlf"
    reviewed.write_bytes(bytes(store))

    result = run_import(cli, reviewed)
    assert result.returncode == 0, result.stdout + result.stderr
    page = tmp_path / "docs/tr/gevolgen.md"
    text = page.read_text(encoding="utf-8")
    assert "## Toplumsal zarar { #sociale-schade }" in text
    assert "zorbalığa maruz kalmak ve yaşıtları tarafından dışlanmaktır. <span lang=\"en\">Shame sexting</span>" in text
    assert "  status: reviewed\n" in text and '  reviewed_by: "Ayşe Yılmaz"\n' in text
    assert f"  reviewed_on: {TODAY}\n" in text

    # Importing the same file again changes nothing.
    before = {path: path.read_bytes() for path in (tmp_path / "docs").rglob("*.md")}
    again = run_import(cli, reviewed)
    assert again.returncode == 0, again.stdout + again.stderr
    assert "0 correction(s), 0 page(s) signed off" in again.stdout
    assert {path: path.read_bytes() for path in (tmp_path / "docs").rglob("*.md")} == before

    status = subprocess.run(cli + ["status", "--check"], capture_output=True, text=True)
    assert status.returncode == 0, status.stdout + status.stderr
    row = next(line.split() for line in status.stdout.splitlines() if line.startswith("gevolgen.md"))
    assert row[1] == "reviewed"
    pages = build_copy(tmp_path, "tr")
    signed = pages("tr/gevolgen")
    assert signed.find(id="sociale-schade").get_text(strip=True).startswith("Toplumsal zarar")
    assert not signed.select(".site-notice--draft")
    assert pages("tr/slachtoffers").select(".site-notice--draft")  # not signed off: still a draft
    dashboard = {row.th.get_text(strip=True): row.select("td")[2].get_text(" ", strip=True)
                 for row in pages("vertaalstatus").select(".site-dashboard tbody tr")}
    assert dashboard["gevolgen.md"].startswith(f"nagekeken Ayşe Yılmaz {TODAY}")
    assert dashboard["slachtoffers.md"].startswith("concept")


def fill_document(path: Path, fill) -> Path:
    document = docx.Document(str(path))
    fill(document)
    filled = path.with_name("filled-" + path.name)
    document.save(str(filled))
    return filled


def rows_by_id(document) -> dict:
    rows = {}
    for table in document.tables:
        for row in table.rows:
            if found := re.search(r"\[unit=([^\]]+)\]", row.cells[0].text):
                rows[found.group(1)] = row
    return rows


def sign_off(document, page: str, name: str, date: str):
    table = next(t for t in document.tables if f"[sign={page}]" in t.rows[0].cells[0].text)
    table.rows[0].cells[1].text = name
    table.rows[1].cells[1].text = date
    table.rows[2].cells[1].text = "goedgekeurd met correcties"


def test_document_round_trip_keeps_links_and_language_marks(tmp_path):
    cli = copy_for_cli(tmp_path)
    pack = export(cli, tmp_path / "pack", "tr", "gevolgen.md", "wettelijk-kader.md")
    unit = "gevolgen.md#zorgvuldige-aanpak/p2"

    def correct(document):
        row = rows_by_id(document)[unit]
        assert row.cells[2].text == "{1}{2}{3}Shame sexting{/3}{/2} animasyonunu buradan izleyin{/1}"
        row.cells[3].text = "{1}{2}{3}Shame sexting{/3}{/2} animasyonunu burada izleyin{/1}"
        sign_off(document, "wettelijk-kader.md", "Mehmet Öz", TODAY)

    result = run_import(cli, fill_document(pack[".docx"], correct))
    assert result.returncode == 0, result.stdout + result.stderr
    text = (tmp_path / "docs/tr/gevolgen.md").read_text(encoding="utf-8")
    assert "[*<span lang=\"en\">Shame sexting</span>* animasyonunu burada izleyin](link:animatie-shame-sexting)" in text
    assert "status: draft" in text  # gevolgen.md corrected, not signed off
    law = (tmp_path / "docs/tr/wettelijk-kader.md").read_text(encoding="utf-8")
    assert "status: reviewed" in law and 'reviewed_by: "Mehmet Öz"' in law

    # A correction that loses a marker would break the link: refused, nothing written.
    def break_link(document):
        rows_by_id(document)["gevolgen.md#zorgvuldige-aanpak/p2"].cells[3].text = "Animasyonu izleyin"

    before = (tmp_path / "docs/tr/gevolgen.md").read_bytes()
    second = export(cli, tmp_path / "pack2", "tr", "gevolgen.md")
    broken = run_import(cli, fill_document(second[".docx"], break_link))
    assert broken.returncode == 1
    line = before.decode("utf-8").split("\n").index(
        "[*<span lang=\"en\">Shame sexting</span>* animasyonunu burada izleyin](link:animatie-shame-sexting)") + 1
    assert f"docs/tr/gevolgen.md:{line}: unit {unit} (gevolgen.md): keep every marker" in broken.stderr
    assert (tmp_path / "docs/tr/gevolgen.md").read_bytes() == before


def test_a_unit_whose_dutch_changed_since_the_export_is_refused(tmp_path):
    cli = copy_for_cli(tmp_path)
    pack = export(cli, tmp_path / "pack", "tr", "gevolgen.md")
    store, units = xliff_units(pack[".xlf"])
    units["gevolgen.md#sociale-schade/h"].target = "Toplumsal zarar"
    units["gevolgen.md#sign-off"].target = f"Ayşe Yılmaz, {TODAY}"
    reviewed = tmp_path / "reviewed.xlf"
    reviewed.write_bytes(bytes(store))
    dutch = tmp_path / "docs/nl/gevolgen.md"
    dutch.write_text(dutch.read_text(encoding="utf-8").replace("## Sociale schade {", "## Sociale schade en pesten {"),
                     encoding="utf-8")
    before = (tmp_path / "docs/tr/gevolgen.md").read_bytes()

    result = run_import(cli, reviewed)
    assert result.returncode == 1
    assert "gevolgen.md#sociale-schade/h (docs/tr/gevolgen.md:11): the Dutch changed since the export" in result.stderr
    assert "then: Sociale schade\n" in result.stderr and "now:  Sociale schade en pesten" in result.stderr
    assert "sign-off of docs/tr/gevolgen.md: refused" in result.stderr
    assert (tmp_path / "docs/tr/gevolgen.md").read_bytes() == before


def test_a_correction_that_breaks_the_build_checks_writes_nothing(tmp_path):
    cli = copy_for_cli(tmp_path)
    pack = export(cli, tmp_path / "pack", "tr", "wettelijk-kader.md", "gevolgen.md")
    store, units = xliff_units(pack[".xlf"])
    replace_in_target(units["wettelijk-kader.md#wettelijk-kader/p1"], "2020", "2021")
    units["gevolgen.md#sociale-schade/h"].target = "Toplumsal zarar"
    reviewed = tmp_path / "reviewed.xlf"
    reviewed.write_bytes(bytes(store))
    before = {path: path.read_bytes() for path in (tmp_path / "docs/tr").glob("*.md")}

    result = run_import(cli, reviewed)
    assert result.returncode == 1
    assert ("unit wettelijk-kader.md#wettelijk-kader/p1 (wettelijk-kader.md): ERROR   -  translations: "
            "docs/tr/wettelijk-kader.md:9: section #wettelijk-kader: numbers differ from the Dutch") in result.stderr
    assert {path: path.read_bytes() for path in (tmp_path / "docs/tr").glob("*.md")} == before


@pytest.mark.parametrize("locale", ["ar", "srn", "hi"])
def test_every_language_exports_a_pack_that_imports_as_a_no_op(tmp_path, locale):
    """Untouched, a pack of any language reads back without a change: every unit is
    found again and every code pairs up (Arabic's <bdi>, Sranan's and Hindi's spans)."""
    cli = copy_for_cli(tmp_path)
    pack = export(cli, tmp_path / "pack", locale)
    before = {path: path.read_bytes() for path in (tmp_path / "docs").rglob("*.md")}
    for suffix in (".xlf", ".docx"):
        result = run_import(cli, pack[suffix])
        assert result.returncode == 0, result.stdout + result.stderr
        assert re.search(r"0 correction\(s\), 0 page\(s\) signed off, \d+ unit\(s\) as they were, 0 refused", result.stdout)
    assert {path: path.read_bytes() for path in (tmp_path / "docs").rglob("*.md")} == before


def test_a_sign_off_covers_everything_the_page_shows(tmp_path):
    """The glossary page shows the term base, a chapter its editorial notes: a pack of the
    page holds them, and a sign-off without them (a pack cut by hand, or older than a new
    note) is refused."""
    cli = copy_for_cli(tmp_path)
    pack = export(cli, tmp_path / "pack", "tr", "begrippenlijst.md", "wettelijk-kader.md")
    store, units = xliff_units(pack[".xlf"])
    assert "termbase/catcalling/definition" in units and "notes/artikel-204b" in units
    assert not [unit_id for unit_id in units if unit_id.startswith("interface/")]
    for unit_id in [u for u in units if u.startswith("termbase/")] + ["notes/artikel-204b"]:
        units[unit_id].xmlelement.getparent().remove(units[unit_id].xmlelement)
    units["begrippenlijst.md#sign-off"].target = f"Ayşe Yılmaz, {TODAY}"
    units["wettelijk-kader.md#sign-off"].target = f"Ayşe Yılmaz, {TODAY}"
    cut = tmp_path / "cut.xlf"
    cut.write_bytes(bytes(store))
    result = run_import(cli, cut)
    assert result.returncode == 1
    assert "sign-off of docs/tr/begrippenlijst.md: refused, the pack lacks what the page shows now: termbase/" \
        in result.stderr
    assert "sign-off of docs/tr/wettelijk-kader.md: refused, the pack lacks what the page shows now: " \
        "notes/artikel-204b" in result.stderr
    assert "status: draft" in (tmp_path / "docs/tr/begrippenlijst.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def full_pack(tmp_path_factory):
    """A copy of the project and the full Turkish pack, for the slips below (none of
    them may change a file)."""
    project = tmp_path_factory.mktemp("slips")
    cli = copy_for_cli(project)
    return project, cli, export(cli, project / "pack", "tr")


def _set_correction(row_id, text):
    def fill(document):
        rows_by_id(document)[row_id].cells[3].text = text
    return fill


def _track_changes(document):
    from docx.oxml import parse_xml

    cell = rows_by_id(document)["gevolgen.md#sociale-schade/h"].cells[3].paragraphs[0]
    cell._p.append(parse_xml('<w:ins xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                             'w:id="1" w:author="A" w:date="2026-12-01T10:00:00Z"><w:r><w:t>Toplumsal zarar</w:t>'
                             '</w:r></w:ins>'))


def _duplicate_row(document):
    import copy

    row = rows_by_id(document)["gevolgen.md#sociale-schade/h"]
    row._tr.addnext(copy.deepcopy(row._tr))
    row.cells[3].text = "Toplumsal zarar"


def _not_approved(document):
    sign_off(document, "gevolgen.md", "Mehmet Öz", TODAY)
    table = next(t for t in document.tables if "[sign=gevolgen.md]" in t.rows[0].cells[0].text)
    table.rows[2].cells[1].text = "NIET goedgekeurd: te veel fouten"


def _dutch_column_changed(document):
    row = rows_by_id(document)["gevolgen.md#gevolgen/p1"]
    row.cells[1].text = row.cells[1].text + " Ook op school."
    sign_off(document, "gevolgen.md", "Mehmet Öz", TODAY)


def _dutch_correction(document):
    row = rows_by_id(document)["gevolgen.md#risico-op-eergerelateerd-geweld/p1"]
    row.cells[3].text = row.cells[1].text + " Dat is belangrijk voor de ouders."


DOCUMENT_SLIPS = {
    "a correction in the Dutch column": (_dutch_column_changed, "unit gevolgen.md#gevolgen/p1 (gevolgen.md): the "
                                         "Dutch column was changed — the Dutch is the source and is not imported"),
    "a Dutch correction in the Turkish pack": (_dutch_correction, "unit gevolgen.md#risico-op-eergerelateerd-geweld/p1 "
                                               "(gevolgen.md): the correction reads as Nederlands, not Türkçe"),
    "a remark in a heading": (_set_correction("gevolgen.md#sociale-schade/h", "Sosyal zarar — bence bu başlık tam "
                                              "doğru değil, 'toplumsal zarar' daha iyi olabilir mi?"),
                              "the correction of this heading reads as a remark"),
    "not approved": (_not_approved, "the Oordeel says 'NIET goedgekeurd: te veel fouten' — write "),
    "tracked changes": (_track_changes, "the document has tracked changes"),
    "doubled row": (_duplicate_row, "the row of gevolgen.md#sociale-schade/h is in the document twice"),
    "a few words for a whole block": (_set_correction("adviezen.md#schaamte-en-eercultuur/li3", "dedikodu"),
                                      "the correction is much shorter than the block"),
    "crossed markers": (_set_correction("gevolgen.md#zorgvuldige-aanpak/p2",
                                        "{1}{2}{3}Shame sexting{/2}{/3} animasyonunu burada izleyin{/1}"),
                        "the codes no longer nest"),
    "empty interface string": (_set_correction("interface/help.title", " "), None),
    "invisible character": (_set_correction("termbase/catcalling/term", "{1}Cat\u0085calling{/1}"),
                            "invisible character UNNAMED CHARACTER (U+0085)"),
}


@pytest.mark.parametrize("slip", DOCUMENT_SLIPS)
def test_a_reviewers_slip_in_the_document_writes_nothing(full_pack, slip):
    project, cli, pack = full_pack
    fill, message = DOCUMENT_SLIPS[slip]
    before = {path: path.read_bytes() for folder in ("docs/tr", "translations") for path in (project / folder).rglob("*")
              if path.is_file()}
    result = run_import(cli, fill_document(pack[".docx"], fill))
    if message is None:  # an empty cell is no correction: the block stays as it was
        assert result.returncode == 0 and "0 correction(s)" in result.stdout, result.stdout + result.stderr
    else:
        assert result.returncode in (1, 2) and message in result.stderr, result.stdout + result.stderr
        assert "Nothing imported" in result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert {path: path.read_bytes() for path in before} == before


def test_the_reviewers_remarks_are_shown_and_a_cat_tools_flag_blocks_the_sign_off(full_pack):
    project, cli, pack = full_pack
    store, units = xliff_units(pack[".xlf"])
    units["gevolgen.md#gevolgen/p1"].addnote("Is 'mağdur' hier goed?", origin="translator")
    units["gevolgen.md#victim-blaming/p1"].xmlelement.find(f"{XLIFF_NS}target").set("state", "needs-translation")
    units["gevolgen.md#sign-off"].target = f"Ayşe Yılmaz, {TODAY}"
    units["wettelijk-kader.md#sign-off"].target = f"NIET goedgekeurd - Ayşe Yılmaz, {TODAY}"
    flagged = project / "flagged.xlf"
    flagged.write_bytes(bytes(store))
    result = run_import(cli, flagged)
    assert result.returncode == 1
    assert "'NIET goedgekeurd - Ayşe Yılmaz' is not a name" in result.stderr
    units["wettelijk-kader.md#sign-off"].target = ""
    flagged.write_bytes(bytes(store))
    result = run_import(cli, flagged)
    assert "gevolgen.md#gevolgen/p1: Is 'mağdur' hier goed?" in result.stdout
    assert "gevolgen.md#victim-blaming/p1: state: needs-translation" in result.stdout
    assert "sign-off of docs/tr/gevolgen.md: refused, the reviewer marked gevolgen.md#victim-blaming/p1" \
        in result.stderr
    assert "status: draft" in (project / "docs/tr/gevolgen.md").read_text(encoding="utf-8")


def test_a_sign_off_is_refused_when_the_translation_changed_since_the_export(tmp_path):
    cli = copy_for_cli(tmp_path)
    pack = export(cli, tmp_path / "pack", "tr", "gevolgen.md")
    page = tmp_path / "docs/tr/gevolgen.md"
    page.write_text(page.read_text(encoding="utf-8").replace("Utanç, korku ve güvensizlik",
                                                             "Utanç, korku ve emniyetsizlik"), encoding="utf-8")
    result = run_import(cli, fill_document(pack[".docx"],
                                           lambda d: sign_off(d, "gevolgen.md", "Mehmet Öz", TODAY)))
    assert result.returncode == 1
    assert "sign-off of docs/tr/gevolgen.md: refused, the reviewer did not see the translation as it is now: " \
        "gevolgen.md#psychische-schade/p1" in result.stderr
    assert "status: draft" in page.read_text(encoding="utf-8")


def test_a_correction_in_another_language_is_refused(tmp_path):
    """The Sranan pack sent to a Turkish reviewer: her Turkish does not go into the Sranan
    page's danger box."""
    cli = copy_for_cli(tmp_path)
    pack = export(cli, tmp_path / "pack", "srn", "eergerelateerd-geweld.md")
    unit = "eergerelateerd-geweld.md#wat-is-eergerelateerd-geweld/box2/p1"
    turkish = "Genci dâhil etmeden, onun bilgisi dışında asla adım atmayın. Genç, evde en azından zor bir duruma " \
              "düşer, hatta belki de tehlikeye girer."

    def fill(document):
        rows_by_id(document)[unit].cells[3].text = turkish
        sign_off(document, "eergerelateerd-geweld.md", "Ayşe Yılmaz", TODAY)

    page = tmp_path / "docs/srn/eergerelateerd-geweld.md"
    before = page.read_bytes()
    result = run_import(cli, fill_document(pack[".docx"], fill))
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"unit {unit} (eergerelateerd-geweld.md): the correction reads as Türkçe, not Sranantongo" \
        in result.stderr, result.stderr
    assert page.read_bytes() == before


def test_the_exports_own_notes_are_not_read_back_as_remarks(tmp_path):
    """The terminology notes the export puts in the Opmerking column are not the reviewer's:
    a sign-off without remarks imports without any."""
    cli = copy_for_cli(tmp_path)
    pack = export(cli, tmp_path / "pack", "tr", "gevolgen.md")
    assert any(cell.text.startswith("Terminologie: ") for row in rows_by_id(docx.Document(str(pack[".docx"]))).values()
               for cell in row.cells)  # the export did write its notes
    result = run_import(cli, fill_document(pack[".docx"], lambda d: sign_off(d, "gevolgen.md", "Mehmet Öz", TODAY)))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "reviewed  docs/tr/gevolgen.md (by Mehmet Öz" in result.stdout
    assert "remarks" not in result.stdout and "Terminologie" not in result.stdout, result.stdout


def test_a_reviewers_correction_of_a_danger_box_goes_in_and_waits_for_its_seal(tmp_path):
    """A native reviewer corrects a safety rule: the import writes it and says that it waits
    for an editor's seal; the check fails until `seal` records the back-translation."""
    from _safety_seals import seal_problems

    cli = copy_for_cli(tmp_path)
    pack = export(cli, tmp_path / "pack", "tr", "gevolgen.md")
    unit = "gevolgen.md#risico-op-eergerelateerd-geweld/box1/p1"

    def correct(document):
        row = rows_by_id(document)[unit]
        assert "danışmalıdır" in row.cells[2].text
        row.cells[3].text = row.cells[2].text.replace("danışmalıdır", "mutlaka danışmalıdır")

    result = run_import(cli, fill_document(pack[".docx"], correct))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "The corrections change sealed safety texts (gevolgen.md#danger-1): the build stops until an editor " \
        "has checked each and sealed it" in result.stdout
    assert "mutlaka danışmalıdır" in (tmp_path / "docs/tr/gevolgen.md").read_text(encoding="utf-8")
    assert seal_problems(tmp_path, ["nl", "tr"], "nl")
    sealed = subprocess.run(cli + ["seal", "--lang", "tr", "--by", "Redactie"], capture_output=True, text=True,
                            input="Bij enige verdenking hiervan moeten professionals ... zeker een expert raadplegen.\n")
    assert sealed.returncode == 0, sealed.stdout + sealed.stderr
    assert seal_problems(tmp_path, ["nl", "tr"], "nl") == []
