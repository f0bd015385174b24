"""Review packs for native reviewers who do not use git (scripts/translations.py export and
import): an XLIFF 1.2 file for CAT tools (OmegaT, memoQ, Trados, Weblate), a Word
document (Dutch | translation | correction | comment, and a sign-off per page) and a
PDF of it for reading on paper. The formats are written and read with translate-toolkit
and python-docx; the units come from review_units.py.

Inline markup (links, `lang` spans, emphasis) becomes XLIFF inline codes (<bpt>, <ept>,
<ph>) and, in the document, numbered markers {1}…{/1}: a reviewer moves words around
them but cannot break a link. Each unit carries the hash of its Dutch text and of the
translation at export, so an import refuses what changed in the meantime.
"""

import dataclasses
import datetime
import functools
import html
import shutil
import re
from collections import Counter
from pathlib import Path

import review_units
from review_units import Unit

XLIFF_VERSION = "1.2"
SIGN_OFF = "sign-off"
FILE_LABELS = {
    review_units.TERMBASE: "Begrippenlijst (translations/termbase.yml)",
    review_units.NOTES: "Noten van de redactie (translations/editorial-notes.yml)",
}


# -- Inline markup as codes ------------------------------------------------------

@dataclasses.dataclass
class Code:
    kind: str      # open | close | single
    content: str   # the Markdown or HTML it stands for
    pair: int      # open and close of one pair share it
    id: str = ""


INLINE = re.compile(
    r"(?P<comment><!--.*?-->)"
    r"|(?P<code>`[^`]*`)"
    r"|(?P<placeholder>\{[a-z_]+\})"
    r"|(?P<tag></?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>)"
    r"|(?P<linkend>\]\([^()\s]*(?:\([^()\s]*\))?[^()\s]*\)(?:\{[^}]*\})?)"
    r"|(?P<linkstart>\[)"
    r"|(?P<strong>\*\*)"
    r"|(?P<em>\*)")
VOID_TAGS = {"br", "wbr", "img", "hr"}


def tokens(markdown: str) -> list:
    """The text as plain strings and Codes; markup that does not pair up stays text."""
    items: list = []
    stacks: dict[str, list[int]] = {}
    pairs = 0
    position = 0
    for match in INLINE.finditer(markdown):
        if match.start() > position:
            items.append(markdown[position:match.start()])
        position = match.end()
        kind, content = match.lastgroup, match.group(0)
        if kind in ("comment", "code", "placeholder") or (kind == "tag" and (content.endswith("/>") or
                                                              re.match(r"</?(\w+)", content).group(1).lower() in VOID_TAGS)):
            pairs += 1
            items.append(Code("single", content, pairs))
            continue
        if kind == "tag":
            name = re.match(r"</?(\w[\w-]*)", content).group(1).lower()
            group, closing = f"tag:{name}", content.startswith("</")
        elif kind in ("linkstart", "linkend"):
            group, closing = "link", kind == "linkend"
        else:
            group = kind
            closing = bool(stacks.get(group))
        stack = stacks.setdefault(group, [])
        if closing:
            if not stack:
                items.append(content)
                continue
            opened = stack.pop()
            items.append(Code("close", content, items[opened].pair))
        else:
            pairs += 1
            stack.append(len(items))
            items.append(Code("open", content, pairs))
    if position < len(markdown):
        items.append(markdown[position:])
    # An opening without its closing is text, not a code.
    for stack in stacks.values():
        for index in stack:
            items[index] = items[index].content
    return items


def badly_nested(items: list) -> str:
    """Why the codes do not nest (one closes across another, a link without text), or ''."""
    stack = []
    for index, item in enumerate(items):
        if not isinstance(item, Code):
            continue
        if item.kind == "open":
            stack.append(item)
        elif item.kind == "close":
            if not stack or stack[-1].pair != item.pair:
                return f"'{item.content}' closes across another code"
            opened = stack.pop()
            if opened.content == "[" and isinstance(items[index - 1], Code) and items[index - 1] is opened:
                return "a link lost its words"
    return ""


def signature(items: list) -> Counter:
    """Which codes the text holds (content and kind), for comparing a corrected text."""
    return Counter((item.kind, item.content) for item in items if isinstance(item, Code))


def numbered(source: str, target: str) -> tuple[list, list]:
    """Tokens of the Dutch and the translation with code ids: a pair of the translation
    that is also in the Dutch gets the Dutch pair's number."""
    source_items, target_items = tokens(source), tokens(target)

    def pair_keys(items):
        keys = {}
        for item in items:
            if isinstance(item, Code):
                keys.setdefault(item.pair, []).append(item.content)
        return {pair: tuple(parts) for pair, parts in keys.items()}

    source_keys, target_keys = pair_keys(source_items), pair_keys(target_items)
    source_ids = {pair: str(number) for number, pair in enumerate(source_keys, start=1)}
    free = {}
    for pair, key in source_keys.items():
        free.setdefault(key, []).append(source_ids[pair])
    target_ids, extra = {}, len(source_keys)
    for pair, key in target_keys.items():
        if free.get(key):
            target_ids[pair] = free[key].pop(0)
        else:
            extra += 1
            target_ids[pair] = str(extra)
    for item in source_items:
        if isinstance(item, Code):
            item.id = source_ids[item.pair]
    for item in target_items:
        if isinstance(item, Code):
            item.id = target_ids[item.pair]
    return source_items, target_items


def with_markers(items: list) -> str:
    """The text for a document: codes as {1} … {/1} and {2/}."""
    out = []
    for item in items:
        if isinstance(item, Code):
            out.append({"open": f"{{{item.id}}}", "close": f"{{/{item.id}}}", "single": f"{{{item.id}/}}"}[item.kind])
        else:
            out.append(item)
    return "".join(out)


MARKER = re.compile(r"\{(/?)(\d+)(/?)\}")


def from_markers(text: str, target_items: list) -> tuple[str | None, str]:
    """A correction written with markers back to Markdown, using the codes of the
    translation it corrects; (None, why) when a marker is missing, doubled or unknown."""
    codes = {(item.kind, item.id): item.content for item in target_items if isinstance(item, Code)}
    used = Counter()

    def replace(match):
        kind = "close" if match.group(1) else "single" if match.group(3) else "open"
        key = (kind, match.group(2))
        if key not in codes:
            raise KeyError(match.group(0))
        used[key] += 1
        return codes[key]

    try:
        markdown = MARKER.sub(replace, text)
    except KeyError as unknown:
        return None, f"the marker {unknown.args[0]} is not in the translation"
    missing = [key for key in codes if not used[key]]
    doubled = [key for key, count in used.items() if count > 1]
    if missing or doubled:
        show = lambda key: {"open": "{%s}", "close": "{/%s}", "single": "{%s/}"}[key[0]] % key[1]  # noqa: E731
        problems = ([f"missing {', '.join(map(show, missing))}"] if missing else []) + \
                   ([f"more than once {', '.join(map(show, doubled))}"] if doubled else [])
        return None, "keep every marker of the translation exactly once: " + "; ".join(problems)
    return markdown, ""


# -- What a pack holds, whatever its format ------------------------------------------

@dataclasses.dataclass
class Entry:
    id: str
    source_hash: str
    target_hash: str
    new_target: str | None   # Markdown, or None when the reviewer left it as it was
    source: str = ""         # the Dutch as exported (for messages)
    comment: str = ""        # the reviewer's remark (document column, XLIFF note or state)
    problem: str = ""        # a correction that could not be read (markers)
    whole_block: bool = False  # the document asks for the whole corrected block
    flagged: bool = False    # the reviewer marked the unit as not right (XLIFF state)


@dataclasses.dataclass
class SignOff:
    page: str
    dutch_hash: str
    name: str
    date: str
    verdict: str = ""
    exported_on: str = ""
    where: str = ""          # for messages: the pack and the unit or table


class PackError(Exception):
    """A pack that cannot be read as it is; the message says what to do."""


def pack_locale(code: str) -> str:
    """CAT tools write region codes (tr-TR): the site's locale is the language part."""
    return re.split(r"[-_]", code or "")[0].lower()


@dataclasses.dataclass
class Pack:
    locale: str
    entries: list[Entry]
    sign_offs: list[SignOff]


def group_title(group: str, titles: dict[str, str]) -> str:
    """A page's title, or what a data file holds."""
    return titles.get(group, FILE_LABELS.get(group, group))


def groups(units: list[Unit]) -> dict[str, list[Unit]]:
    out: dict[str, list[Unit]] = {}
    for unit in units:
        out.setdefault(unit.group, []).append(unit)
    return out


def unit_note(unit: Unit, state: str) -> str:
    parts = [f"{unit.kind}; {unit.file}:{unit.line}"]
    if state:
        parts.append(f"status: {state}")
    if unit.terms:
        parts.append("terminologie: " + "; ".join(unit.terms))
    return " · ".join(parts)


# -- XLIFF (translate-toolkit) ---------------------------------------------------------

@functools.cache
def _xliff_classes():
    from translate.storage import xliff

    namespace = f"urn:oasis:names:tc:xliff:document:{XLIFF_VERSION}"

    class Xliff12Unit(xliff.xliffunit):
        pass

    class Xliff12File(xliff.xlifffile):
        """translate-toolkit writes XLIFF 1.1 by default; CAT tools expect 1.2."""
        XMLskeleton = xliff.xlifffile.XMLskeleton.replace("1.1", XLIFF_VERSION)
        UnitClass = Xliff12Unit

    Xliff12Unit.namespace = Xliff12File.namespace = namespace

    return xliff, Xliff12File


def _placeables(items: list):
    from translate.storage.placeables import StringElem
    from translate.storage.placeables import xliff as codes

    make = {"open": codes.Bpt, "close": codes.Ept, "single": codes.Ph}
    return [StringElem([make[item.kind](id=item.id, sub=[item.content]) if isinstance(item, Code) else item
                        for item in items])]


def write_xliff(path: Path, locale: str, default: str, units: list[Unit], states: dict[str, str],
                page_hashes: dict[str, str], titles: dict[str, str]) -> None:
    xliff, Xliff12File = _xliff_classes()
    store = Xliff12File(sourcelanguage=default, targetlanguage=locale)
    for group, members in groups(units).items():
        store.switchfile(members[0].file, createifmissing=True)
        for unit in members:
            source_items, target_items = numbered(unit.source, unit.target)
            entry = store.UnitClass(unit.source)
            entry.rich_source = _placeables(source_items)
            entry.rich_target = _placeables(target_items)
            entry.setid(unit.id)
            entry.addnote(unit_note(unit, states.get(group, "")), origin="developer")
            entry.set_state_n(entry.statemap["needs-review-translation"])
            entry.createcontextgroup("review-pack", [("x-source-sha256", unit.source_hash),
                                                     ("x-target-sha256", unit.target_hash)], purpose="information")
            store.addunit(entry)
        if group in page_hashes:
            sign = store.UnitClass(
                f"Aftekenen van {group} ({titles.get(group, group)}): schrijf hier uw naam en de datum "
                "(JJJJ-MM-DD), bijvoorbeeld 'Ayşe Yılmaz, 2026-12-01', als u deze pagina goedkeurt "
                "(met of zonder correcties). Laat leeg als u de pagina niet goedkeurt.")
            sign.target = ""
            sign.setid(f"{group}#{SIGN_OFF}")
            sign.addnote(f"sign-off; page {group}", origin="developer")
            sign.createcontextgroup("review-pack", [("x-page-sha256", page_hashes[group]),
                                                    ("x-exported-on", datetime.date.today().isoformat())],
                                    purpose="information")
            store.addunit(sign)
    path.write_bytes(bytes(store))


def _contexts(entry) -> dict[str, str]:
    return {kind: text for pairs in entry.getcontextgroups("review-pack") for kind, text in pairs}


SIGNATURE = re.compile(r"^\s*(?P<name>.*?\S)\s*[,;]\s*(?P<date>\d{4}-\d{2}-\d{2})\s*$")


FLAGGED_STATES = {"new", "needs-translation", "needs-adaptation", "needs-l10n"}


def read_xliff(path: Path) -> Pack:
    xliff, Xliff12File = _xliff_classes()
    try:
        store = xliff.xlifffile.parsestring(path.read_bytes())
    except Exception as error:  # lxml's syntax errors and translate-toolkit's own
        raise PackError(f"{path}: not an XLIFF file that can be read ({error}) — save it from the CAT tool "
                        "as XLIFF 1.2 again, or ask the editors for a new pack.") from None
    locale = pack_locale(store.gettargetlanguage())
    entries, sign_offs, seen = [], [], set()
    for entry in store.getunits():
        unit_id = entry.xmlelement.get("id")  # getid() puts the file name in front
        if not unit_id:
            continue
        if unit_id in seen:
            raise PackError(f"{path}: the unit {unit_id} is in the file twice — keep one of them (the CAT "
                            "tool or a copy and paste doubled it), then import again.")
        seen.add(unit_id)
        contexts = _contexts(entry)
        if unit_id.endswith(f"#{SIGN_OFF}"):
            text = (entry.target or "").strip()
            if text:
                match = SIGNATURE.match(text)
                sign_offs.append(SignOff(unit_id.split("#")[0], contexts.get("x-page-sha256", ""),
                                         match.group("name") if match else text, match.group("date") if match else "",
                                         verdict="xliff", exported_on=contexts.get("x-exported-on", ""),
                                         where=f"{path}, unit {unit_id}"))
            continue
        if "x-source-sha256" not in contexts:
            raise PackError(f"{path}: unit {unit_id} has lost the pack's hidden data (<context-group "
                            "name=\"review-pack\">): the CAT tool did not keep it. Save the file with its "
                            "context groups, or ask the editors for a new pack.")
        target = entry.xmlelement.find(f"{{{Xliff12File.namespace}}}target")
        if target is None:
            target = entry.xmlelement.find("{urn:oasis:names:tc:xliff:document:1.1}target")
        state = target.get("state", "") if target is not None else ""
        remarks = [note for note in (entry.getnotes(origin="translator") or "").split("\n") if note.strip()]
        if state and state not in ("needs-review-translation", "translated", "signed-off", "final"):
            remarks.append(f"state: {state}")
        entries.append(Entry(unit_id, contexts.get("x-source-sha256", ""), contexts.get("x-target-sha256", ""),
                             entry.target, source=entry.source, comment="; ".join(remarks),
                             flagged=state in FLAGGED_STATES))
    return Pack(locale, entries, sign_offs)


# -- Word document (python-docx) ------------------------------------------------------

DOC_INTRO = (
    "Deze tabel zet de Nederlandse tekst naast de vertaling, blok voor blok. Schrijf een verbetering in "
    "de kolom Correctie: de hele verbeterde tekst van dat blok, niet alleen het woord. Laat de kolom leeg "
    "als de vertaling goed is. De kolommen Nederlands en Vertaling niet wijzigen. Tekens als {1} en {/1} "
    "staan om woorden met een link of een opmaak: neem elk teken over in uw correctie, om dezelfde woorden. "
    "Vragen of twijfel? Schrijf ze in de kolom Opmerking. Onder elke pagina staat een aftekenregel: vul uw "
    "naam en de datum in als u de pagina goedkeurt (zoals hij is of met uw correcties).")
PDF_INTRO = (
    "Deze tabel zet de Nederlandse tekst naast de vertaling, blok voor blok, om op papier te lezen. Schrijf "
    "een verbetering in de kolom Correctie: de hele verbeterde tekst van dat blok. Tekens als {1} en {/1} staan "
    "om woorden met een link of een opmaak. De redactie neemt uw verbeteringen over in het Word-bestand van "
    "dezelfde review; daar tekent u ook elke pagina af.")
HEADER = ("Nr", "Nederlands", "Vertaling", "Correctie", "Opmerking")
SIGN_ROWS = ("Afgetekend door (naam)", "Datum (JJJJ-MM-DD)", "Oordeel")
# The two verdicts a sign-off may give (and their English, for the import's report).
VERDICTS = {"goedgekeurd zoals het is": "approved as is", "goedgekeurd met correcties": "approved with corrections"}
VERDICT_CHOICE = " / ".join(VERDICTS)  # the Oordeel cell as exported
TERMINOLOGY = "Terminologie: "  # the export's note in the Opmerking column, not a remark
HIDDEN = re.compile(r"\[(?P<key>[st]|page|on)=(?P<value>[0-9a-f-]+)\]")


def _set_direction(paragraph, locale: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    from _i18n import text_direction

    if text_direction(locale) == "rtl":
        paragraph._p.get_or_add_pPr().append(OxmlElement("w:bidi"))
    for run in paragraph.runs:
        lang = OxmlElement("w:lang")
        lang.set(qn("w:bidi" if text_direction(locale) == "rtl" else "w:val"), locale)
        run._r.get_or_add_rPr().append(lang)
        if text_direction(locale) == "rtl":
            run.font.rtl = True


def _hidden(paragraph, text: str):
    run = paragraph.add_run(text)
    run.font.hidden = True
    return run


def write_document(path: Path, locale: str, default: str, language_name: str, units: list[Unit],
                   states: dict[str, str], page_hashes: dict[str, str], titles: dict[str, str]) -> None:
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Pt, RGBColor

    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    document.core_properties.title = f"Review {language_name} ({locale}): Praten over shame sexting"
    document.core_properties.language = locale
    document.core_properties.keywords = f"review-pack locale={locale}"
    document.add_heading(f"Praten over shame sexting: review van de vertaling in het {language_name} ({locale})", 0)
    document.add_paragraph(DOC_INTRO)
    document.add_paragraph(f"Gemaakt op {datetime.date.today().isoformat()}. Stuur het ingevulde bestand terug "
                           "naar de redactie; zij leest het in met scripts/translations.py import.")
    for group, members in groups(units).items():
        document.add_heading(group_title(group, titles), 1)
        info = document.add_paragraph(f"{members[0].file if group in page_hashes else group}"
                                      + (f" · status: {states[group]}" if states.get(group) else ""))
        info.runs[0].font.size = Pt(8)
        table = document.add_table(rows=1, cols=len(HEADER))
        table.style = "Table Grid"
        for cell, label in zip(table.rows[0].cells, HEADER[:2] + (language_name,) + HEADER[3:]):
            cell.text = label
            cell.paragraphs[0].runs[0].font.bold = True
        for unit in members:
            source_items, target_items = numbered(unit.source, unit.target)
            row = table.add_row().cells
            key = row[0].paragraphs[0]
            key.add_run(unit.id.split("#", 1)[-1]).font.size = Pt(7)
            _hidden(key, f"[s={unit.source_hash}][t={unit.target_hash}]")
            key.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
            row[1].text = with_markers(source_items)
            row[2].text = with_markers(target_items)
            _set_direction(row[2].paragraphs[0], locale)
            if unit.terms:
                note = row[4].paragraphs[0].add_run(TERMINOLOGY + "; ".join(unit.terms))
                note.font.size = Pt(7)
                note.font.italic = True
                row[4].add_paragraph("")
            _hidden(row[0].add_paragraph(), f"[unit={unit.id}]")
        if group in page_hashes:
            document.add_paragraph("")
            sign = document.add_table(rows=len(SIGN_ROWS), cols=2)
            sign.style = "Table Grid"
            for row, label in zip(sign.rows, SIGN_ROWS):
                row.cells[0].text = label
            _hidden(sign.rows[0].cells[0].add_paragraph(),
                    f"[sign={group}][page={page_hashes[group]}][on={datetime.date.today().isoformat()}]")
            sign.rows[2].cells[1].text = VERDICT_CHOICE
    document.save(str(path))


UNIT_TAG = re.compile(r"\[unit=(?P<id>[^\]]+)\]")
SIGN_TAG = re.compile(r"\[sign=(?P<page>[^\]]+)\]")


def _cell_text(cell) -> str:
    return "\n".join(p.text for p in cell.paragraphs).strip()


def _remark_text(cell) -> str:
    """The Opmerking cell without the export's own terminology note (italic, 'Terminologie: ...'):
    only what the reviewer wrote."""
    return "\n".join(p.text for p in cell.paragraphs
                     if not (p.text.startswith(TERMINOLOGY) and all(run.italic for run in p.runs if run.text))).strip()


def _document(path: Path):
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise PackError(f"{path}: not a Word document that can be read ({error}) — open it in Word or "
                        "LibreOffice and save it as .docx, then import it again.") from None
    if document.element.body.xpath(".//w:ins | .//w:del"):
        raise PackError(f"{path}: the document has tracked changes, which the import cannot read — in Word: "
                        "Review › Accept › Accept All Changes (or reject them), save, and import again.")
    for part in document.part.package.iter_parts():
        if str(part.partname).endswith("/comments.xml") and b"<w:comment " in part.blob:
            raise PackError(f"{path}: the document has Word comments, which the import cannot read — copy "
                            "each into the Opmerking column of its row, delete the comments, save and import again.")
    return document


def _columns(table, where: str) -> dict[str, int]:
    """Which column holds what, from the header row (a reviewer may have moved them)."""
    for index, row in enumerate(table.rows):
        labels = [_cell_text(cell) for cell in row.cells]
        if "Correctie" in labels and "Opmerking" in labels:
            return {"correction": labels.index("Correctie"), "comment": labels.index("Opmerking"),
                    "dutch": labels.index("Nederlands") if "Nederlands" in labels else 1,
                    "translation": next((i for i, label in enumerate(labels)
                                         if label not in HEADER or label == "Vertaling"), 2), "header": index}
    raise PackError(f"{where}: the table has no header row with 'Correctie' and 'Opmerking' — undo the change "
                    "to the table (or ask the editors for a new pack).")


def read_document(path: Path, units_of) -> Pack:
    """units_of(locale): the language's current units by id (the import has them)."""
    document = _document(path)
    keywords = document.core_properties.keywords or ""
    found = re.search(r"review-pack locale=(\S+)", keywords)
    if not found:
        raise PackError(f"{path}: not a review pack (made by 'scripts/translations.py export'): import the .docx "
                        "the editors sent, filled in.")
    locale = pack_locale(found.group(1))
    current = units_of(locale)
    entries, sign_offs, seen = [], [], set()
    for number, table in enumerate(document.tables, start=1):
        where = f"{path}, table {number}"
        first_column = [_cell_text(row.cells[0]) for row in table.rows]
        if sign := next((SIGN_TAG.search(text) for text in first_column if SIGN_TAG.search(text)), None):
            tags = {m.group("key"): m.group("value") for text in first_column for m in HIDDEN.finditer(text)}
            values = {}
            for row in table.rows:
                label = _cell_text(row.cells[0])
                for key, start in (("name", "Afgetekend"), ("date", "Datum"), ("verdict", "Oordeel")):
                    if label.startswith(start) and len(row.cells) > 1:
                        values[key] = _cell_text(row.cells[-1])
            if len(values) < 3:
                raise PackError(f"{where} (sign-off of {sign.group('page')}): a row of the sign-off table is "
                                "missing — it needs Afgetekend door, Datum and Oordeel; ask for a new pack.")
            if values["name"] or values["date"]:
                sign_offs.append(SignOff(sign.group("page"), tags.get("page", ""), values["name"], values["date"],
                                         values["verdict"], exported_on=tags.get("on", ""),
                                         where=f"{where} (sign-off of {sign.group('page')})"))
            continue
        tagged = [row for row in table.rows if UNIT_TAG.search(_cell_text(row.cells[0]))]
        if not tagged:
            continue
        columns = _columns(table, where)
        for row_number, row in enumerate(table.rows, start=1):
            if row_number - 1 == columns["header"]:
                continue
            cells = row.cells
            key = _cell_text(cells[0])
            unit_id = UNIT_TAG.search(key)
            if not unit_id:
                if any(_cell_text(cell) for cell in cells):
                    raise PackError(f"{where}, row {row_number}: a row without its unit (a row added or its "
                                    "hidden tag removed) — write the text into the Correctie cell of the block "
                                    "it belongs to and delete this row.")
                continue
            if len(cells) <= max(columns["correction"], columns["comment"]):
                raise PackError(f"{where}, row {row_number}: cells are missing — undo the change to the table.")
            unit_id = unit_id.group("id")
            if unit_id in seen:
                raise PackError(f"{where}, row {row_number}: the row of {unit_id} is in the document twice — keep "
                                "one (with the correction), then import again.")
            seen.add(unit_id)
            hashes = {m.group("key"): m.group("value") for m in HIDDEN.finditer(key)}
            correction = _cell_text(cells[columns["correction"]])
            entry = Entry(unit_id, hashes.get("s", ""), hashes.get("t", ""), None,
                          source=_cell_text(cells[columns["dutch"]]), comment=_remark_text(cells[columns["comment"]]),
                          whole_block=True)
            unit = current.get(entry.id)
            unchanged = unit is not None and (unit.source_hash, unit.target_hash) == (entry.source_hash,
                                                                                       entry.target_hash)
            if unchanged:  # markers are numbered from the Dutch and the translation as exported
                source_items, target_items = numbered(unit.source, unit.target)
                if entry.source != with_markers(source_items):
                    entry.problem = ("the Dutch column was changed — the Dutch is the source and is not imported: "
                                     "write the corrected translation in the Correctie column, and a remark on the "
                                     "Dutch in the Opmerking column; nothing of this row was imported")
                elif _cell_text(cells[columns["translation"]]) != with_markers(target_items):
                    entry.problem = ("the translation column was changed; write the corrected text in the "
                                     "Correctie column — nothing of this row was imported")
                elif correction:
                    markdown, why = from_markers(correction, target_items)
                    entry.new_target, entry.problem = (markdown, "") if markdown is not None else (None, why)
            elif correction:
                entry.new_target = correction  # refused at import: the Dutch or the translation changed
            entries.append(entry)
    if not seen:
        raise PackError(f"{path}: no block of the pack found — the hidden unit tags are gone (Word's Document "
                        "Inspector removes hidden text). Ask the editors for a new pack and copy the corrections "
                        "into it.")
    return Pack(locale, entries, sign_offs)


# -- PDF for reading on paper (Chromium prints an HTML rendering of the document) --------

def write_pdf(path: Path, locale: str, default: str, language_name: str, units: list[Unit],
              states: dict[str, str], titles: dict[str, str]) -> None:
    from _chromium import CHROMIUM, CHROMIUM_ARGS
    from _i18n import text_direction

    rows = []
    for group, members in groups(units).items():
        rows.append(f"<h2>{html.escape(group_title(group, titles))}</h2>"
                    f"<p class=meta>{html.escape(members[0].file)}"
                    f"{' · status: ' + html.escape(states[group]) if states.get(group) else ''}</p>"
                    "<table><thead><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in
                                                   ("Nr", "Nederlands", language_name, "Correctie")) +
                    "</tr></thead><tbody>")
        for unit in members:
            source_items, target_items = numbered(unit.source, unit.target)
            rows.append(f"<tr><td class=nr>{html.escape(unit.id.split('#', 1)[-1])}</td>"
                        f"<td lang={default}>{html.escape(with_markers(source_items))}</td>"
                        f"<td lang={locale} dir={text_direction(locale)}>{html.escape(with_markers(target_items))}</td>"
                        "<td></td></tr>")
        rows.append("</tbody></table>")
    document = (f"<!doctype html><html lang={default}><meta charset=utf-8><title>Review {locale}</title><style>"
                "body{font:9pt 'Noto Sans','Noto Sans Arabic','Noto Sans Devanagari',sans-serif}"
                "table{border-collapse:collapse;width:100%}td,th{border:1px solid #777;padding:3pt;"
                "vertical-align:top;text-align:start}td:nth-child(2),td:nth-child(3){width:37%}"
                "td:nth-child(4){width:20%}.nr{font-size:6.5pt;color:#444;width:6%}.meta{font-size:7pt}"
                "tr{break-inside:avoid}h2{font-size:12pt;break-after:avoid}</style>"
                f"<h1>Review {html.escape(language_name)} ({locale})</h1><p>{html.escape(PDF_INTRO)}</p>"
                + "".join(rows))
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.set_content(document, wait_until="load")
        page.pdf(path=str(path), format="A4", landscape=True,
                 margin={"top": "12mm", "bottom": "12mm", "left": "10mm", "right": "10mm"})
        browser.close()


def chromium_missing() -> str:
    """Why the review PDF cannot be made, before anything is written ('' when it can)."""
    from _chromium import CHROMIUM, INSTALL_CHROMIUM

    if shutil.which(CHROMIUM) is None:
        return (f"The review PDF needs Chromium, not found at {CHROMIUM}. Install it: {INSTALL_CHROMIUM} "
                "(or set CHROMIUM=/path/to/chromium).")
    return ""
