"""The translatable units of one language, for review packs (scripts/translations.py
export/import): one unit per block of a page (heading, paragraph, list item, the text in a
box, table cell), per glossary term and definition, per editorial note and per interface
string, each paired with its Dutch source. A unit knows the file and line it comes from,
so that a reviewer's correction can be written back in place.

Unit ids are stable as long as the Dutch page keeps its structure:
`gevolgen.md#sociale-schade/p1` (first paragraph of that section), `.../li2`,
`.../box1/p1` (text in the section's first `!!!` box), `termbase/catcalling/definition`,
`notes/artikel-204b`, `interface/help.title`.
"""

import hashlib
import json
import re
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "overrides" / "hooks"))

import yaml  # noqa: E402

import _site_strings  # noqa: E402
from _files import AuthorError, load_yaml_with_lines, read_text  # noqa: E402
from _markdown import heading_id  # noqa: E402

DOCS = ROOT / "docs"
TERMBASE = "translations/termbase.yml"
NOTES = "translations/editorial-notes.yml"

HEADING_LINE = re.compile(r"^(#{1,6}\s+)(.*?)(\s*\{[^}]*\}\s*)$")
LIST_ITEM = re.compile(r"^(\s*(?:[-*+]|\d+\.)\s+)(.*)$")
BOX = re.compile(r"^(!!!|\?\?\?\+?)\s+\w")
MARKER = re.compile(r"^\s*<!--.*-->\s*$")


def short_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass
class Unit:
    id: str
    group: str        # the page (gevolgen.md) or the data file it belongs to
    kind: str         # heading, paragraph, list item, box text, table cell, term, ...
    source: str       # the Dutch text (Markdown)
    target: str       # the translation (Markdown)
    file: str         # where the translation is, relative to the project root
    line: int         # its first line there
    section: str = ""
    terms: list[str] = field(default_factory=list)

    @property
    def source_hash(self) -> str:
        return short_hash(self.source)

    @property
    def target_hash(self) -> str:
        return short_hash(self.target)


# -- Pages ---------------------------------------------------------------------

@dataclass
class Block:
    key: str
    kind: str
    text: str
    line: int         # 1-based
    prefix: str
    suffix: str


def page_blocks(text: str) -> list[Block]:
    """The page's blocks in order, each on one line (the pages write a paragraph per line)."""
    # Not _markdown.markdown_lines (splitlines): write_block puts a correction back on the
    # same line, so lines are split on "\n" only, as it splits them.
    blocks: list[Block] = []
    lines = text.split("\n")
    start = 0
    if lines and lines[0].rstrip() == "---":
        start = next((i + 1 for i, line in enumerate(lines[1:], 1) if line.rstrip() == "---"), 0)
    section, box, boxes, in_fence, table_row = "_top", 0, 0, False, 0
    counts: dict[str, int] = {}

    def add(kind: str, scope: str, key: str, text: str, number: int, prefix: str, suffix: str = ""):
        counts[f"{scope}/{key}"] = n = counts.get(f"{scope}/{key}", 0) + 1
        blocks.append(Block(f"{scope}/{key}{n}", kind, text, number, prefix, suffix))

    for number, line in enumerate(lines[start:], start=start + 1):
        if re.match(r"^\s*(```|~~~)", line):
            in_fence = not in_fence
            continue
        if in_fence or not line.strip() or MARKER.match(line):
            continue
        if box and not line.startswith("    "):
            box = 0  # a box's text is indented by four spaces
        if (found := heading_id(line)) and (match := HEADING_LINE.match(line)):
            section, box, boxes, table_row = found, 0, 0, 0
            blocks.append(Block(f"{section}/h", "heading", match.group(2), number, match.group(1), match.group(3)))
            continue
        if BOX.match(line):
            boxes += 1
            box = boxes
            if title := re.search(r'"(.*)"\s*$', line):
                blocks.append(Block(f"{section}/box{box}/title", "box title", title.group(1), number,
                                    line[:title.start(1)], line[title.end(1):]))
            continue
        scope = f"{section}/box{box}" if box else section
        stripped = line.strip()
        if stripped.startswith("|"):
            if set(stripped) <= set("|-: "):
                continue  # the rule under a table's header row
            table_row += 1
            offset = line.index("|") + 1
            for column, cell in enumerate(stripped.strip("|").split("|"), start=1):
                content = cell.strip()
                cell_start = offset + len(cell) - len(cell.lstrip())
                if content:
                    blocks.append(Block(f"{scope}/r{table_row}c{column}", "table cell", content, number,
                                        line[:cell_start], line[cell_start + len(content):]))
                offset += len(cell) + 1
            continue
        table_row = 0
        if match := LIST_ITEM.match(line):
            add("list item", scope, "li", match.group(2), number, match.group(1))
        else:
            indent = line[:len(line) - len(line.lstrip())]
            add("box text" if box else "paragraph", scope, "p", stripped, number, indent,
                line[len(indent) + len(stripped):])
    return blocks


def write_block(path: Path, block: Block, new_text: str) -> bool:
    """Replace the block's text on its line; True if the file changed."""
    if "\n" in new_text:
        raise ValueError("a block is one line")
    text = read_text(path)
    lines = text.split("\n")
    old = lines[block.line - 1]
    new = block.prefix + new_text + block.suffix
    if old == new:
        return False
    if old != block.prefix + block.text + block.suffix:
        raise AuthorError(f"{path}:{block.line}: the line changed while importing — run the import again.")
    lines[block.line - 1] = new
    path.write_text("\n".join(lines), encoding="utf-8")
    return True


def page_names(default: str, locale: str, pages: list[str] | None = None) -> list[str]:
    """The pages of the language with a Dutch twin (all, or the ones asked for)."""
    names = sorted(p.name for p in (DOCS / default).glob("*.md")
                   if (DOCS / locale / p.name).exists())
    if pages:
        unknown = [name for name in pages if name not in names]
        if unknown:
            raise AuthorError(f"--pages: {', '.join(unknown)} not in both docs/{default}/ and docs/{locale}/ "
                              f"— use one of: {', '.join(names)}.")
        return [name for name in names if name in pages]
    return names


def page_units(default: str, locale: str, name: str) -> tuple[list[Unit], list[str]]:
    """The page's units, and the ids that are in one language only (not exported)."""
    dutch = {b.key: b for b in page_blocks(read_text(DOCS / default / name))}
    where = f"docs/{locale}/{name}"
    translated = {b.key: b for b in page_blocks(read_text(DOCS / locale / name, where))}
    units = [Unit(f"{name}#{key}", name, block.kind, dutch[key].text, block.text, where, block.line,
                  section=key.split("/")[0])
             for key, block in translated.items() if key in dutch]
    unpaired = sorted(set(dutch) ^ set(translated))
    return units, [f"{name}#{key}" for key in unpaired]


def page_block(locale: str, unit_id: str) -> Block | None:
    name, key = unit_id.split("#", 1)
    path = DOCS / locale / name
    if not path.exists():
        return None
    return next((b for b in page_blocks(read_text(path)) if b.key == key), None)


# -- Data files (term base, editorial notes, interface strings) ----------------

def _yaml(path: str):
    return load_yaml_with_lines(read_text(ROOT / path, path), path)


def termbase_units(default: str, locale: str) -> list[Unit]:
    units = []
    for term in _yaml(TERMBASE).get("terms", []):
        source, target = term.get(default) or {}, term.get(locale) or {}
        for part in ("term", "definition"):
            if part in source and part in target:
                units.append(Unit(f"termbase/{term['id']}/{part}", TERMBASE, f"glossary {part}",
                                  str(source[part]), str(target[part]), TERMBASE, target.key_lines[part],
                                  section=term["id"]))
    return units


def note_units(default: str, locale: str) -> list[Unit]:
    """The editorial notes, each in the group of the page it stands on (a sign-off of the
    page covers them)."""
    units = []
    for note in _yaml(NOTES).get("notes", []):
        text = note.get("text") or {}
        if default in text and locale in text:
            page = str(note.get("page"))
            units.append(Unit(f"notes/{note['id']}", page if (DOCS / locale / page).exists() else NOTES,
                              "editorial note", str(text[default]), str(text[locale]), NOTES,
                              text.key_lines[locale], section=f"{page}#{note.get('section')}"))
    return units


def shows_termbase(default: str, name: str) -> bool:
    """The glossary pages render the term base (`<!-- termbase:... -->`)."""
    return "<!-- termbase:" in read_text(DOCS / default / name)


def interface_units(default: str, locale: str) -> list[Unit]:
    source = _site_strings.load(default)
    target = _site_strings.load_with_lines(locale)
    where = str(_site_strings.path(locale).relative_to(ROOT))
    return [Unit(f"interface/{key}", where, "interface string", source[key], text, where, line)
            for key, (text, line) in target.items() if key in source]


def yaml_scalar_lines(key: str, indent: str, value: str, folded: bool) -> list[str]:
    """The lines of `key: value`, written as the file writes it: a folded block (`>-`,
    wrapped) for a long text that spanned lines, else plain, else double-quoted."""
    def reads_back(lines: list[str]) -> bool:
        try:
            read = yaml.safe_load("\n".join(line[len(indent):] if line.startswith(indent) else line
                                             for line in lines))[key]
            return isinstance(read, str) and read == value  # "123" must not come back as a number
        except (yaml.YAMLError, TypeError, KeyError):
            return False

    inner = " " * (len(indent) + 2)
    candidates = []
    if folded:
        wrapped = textwrap.wrap(value, width=max(40, 100 - len(inner)), break_long_words=False,
                                break_on_hyphens=False)
        candidates.append([f"{indent}{key}: >-", *(inner + line for line in wrapped)])
    candidates.append([f"{indent}{key}: {value}"])
    for lines in candidates:
        if reads_back(lines):
            return lines
    return [f"{indent}{key}: {json.dumps(value, ensure_ascii=False)}"]


def _value_holder(data, mapping_path: list):
    """The mapping that holds the last key of mapping_path: a step is a key, or
    (key, value) for the list item whose key has that value (("id", "catcalling"))."""
    node = data
    for step in mapping_path[:-1]:
        node = node[step] if not isinstance(step, tuple) else next(
            item for item in node if item.get(step[0]) == step[1])
    return node


def write_yaml_value(path: str, mapping_path: list, new_text: str) -> bool:
    """Replace one scalar (found by its keys from the top) in a YAML file, keeping every
    other line. True if the file changed."""
    node, key = _value_holder(_yaml(path), mapping_path), mapping_path[-1]
    if str(node[key]) == new_text:
        return False
    last = node.value_lines[key][1]
    key_line = node.key_lines[key]
    lines = read_text(ROOT / path, path).split("\n")
    indent = re.match(r"^(\s*(?:- )?)", lines[key_line - 1]).group(1)
    lines[key_line - 1:last] = yaml_scalar_lines(key, indent.replace("- ", "  "), new_text, last > key_line)
    if indent.endswith("- "):
        lines[key_line - 1] = indent + lines[key_line - 1][len(indent):]
    (ROOT / path).write_text("\n".join(lines), encoding="utf-8")
    if str(_value_holder(_yaml(path), mapping_path)[key]) != new_text:
        raise AuthorError(f"{path}:{key_line}: writing the new text did not round-trip — nothing to do "
                          "for you; report this to the developers.")
    return True


def write_unit(default: str, locale: str, unit_id: str, new_text: str) -> bool:
    """Write a reviewed text back where the unit lives. True if a file changed."""
    if unit_id.startswith("termbase/"):
        _, term, part = unit_id.split("/")
        return write_yaml_value(TERMBASE, ["terms", ("id", term), locale, part], new_text)
    if unit_id.startswith("notes/"):
        return write_yaml_value(NOTES, ["notes", ("id", unit_id.split("/", 1)[1]), "text", locale], new_text)
    if unit_id.startswith("interface/"):
        return _site_strings.set_string(locale, unit_id.split("/", 1)[1], new_text)
    block = page_block(locale, unit_id)
    return write_block(DOCS / locale / unit_id.split("#")[0], block, new_text)


# -- Everything of one language ---------------------------------------------------

def terminology(locale: str) -> list[tuple[str, str, list[str], str]]:
    """(Dutch concept, word to use, words to reject, note) of the term base's style section."""
    style = (_yaml(TERMBASE).get("style") or {}).get(locale) or []
    return [(s["concept"], s["use"], list(s.get("reject") or []), s.get("note") or "") for s in style]


def with_terminology(units: list[Unit], locale: str) -> list[Unit]:
    choices = terminology(locale)
    for unit in units:
        source = unit.source.casefold()
        for concept, use, reject, note in choices:
            # the concept's words with an ending (jongeren, slachtoffers), not inside others (eerste)
            if any(re.search(r"\b" + re.escape(part.strip().casefold()) + r"\w{0,2}\b", source)
                   for part in concept.split("/") if part.strip()):
                unit.terms.append(f"{concept} → {use}" + (f" (niet: {', '.join(reject)})" if reject else ""))
    return units


def language_units(default: str, locale: str, pages: list[str] | None = None) -> tuple[list[Unit], list[str]]:
    """Every unit of the language, or of some pages: each page's blocks, then the
    editorial notes on it; the term base when a glossary page is in (or all pages); the
    interface strings with all pages. Also the ids left out because they are in one
    language only."""
    names = page_names(default, locale, pages)
    notes = note_units(default, locale)
    units, unpaired = [], []
    for name in names:
        found, missing = page_units(default, locale, name)
        units += found + [note for note in notes if note.group == name]
        unpaired += missing
    if not pages or any(shows_termbase(default, name) for name in names):
        units += termbase_units(default, locale)
    if not pages:
        units += [note for note in notes if note.group not in names] + interface_units(default, locale)
    return with_terminology(units, locale), unpaired


def shown_on(default: str, name: str, units: list[Unit]) -> set[str]:
    """The ids of the units a reader sees on the page: a sign-off must cover them all."""
    groups = {name, TERMBASE} if shows_termbase(default, name) else {name}
    return {unit.id for unit in units if unit.group in groups}
