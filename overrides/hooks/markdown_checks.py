"""Markdown slips that would show raw text or hide a rule, each an error with the file,
the line and what to do:

- a box (`!!! danger`) of a type the site does not have (a translated or misspelt
  keyword shows a default box with the keyword as its title), or with no text in it
  (its text not indented by 4 spaces falls out of the box);
- a pipe table without an empty line before it, or a row with more cells than the
  header (Python-Markdown drops them);
- an HTML block (<div>, <details>, ...) that is opened and not closed (the rest of the
  page shows as raw Markdown), or closed without being opened;
- and, as a net for what these miss, Markdown left as text in the rendered page: a
  '{ #id }', a '## ' heading, a '!!!' line or a table row.
(A front matter that is not closed is reported by source_checks.py.)"""

import hashlib
import re

import lxml.html
from mkdocs.plugins import event_priority, get_plugin_logger

from _files import read_text
from _i18n import current_locale
from _markdown import SourceLines, markdown_lines

log = get_plugin_logger("markdown")

BOX = re.compile(r"^(\s*)(!!!|\?\?\?\+?)\s*([^\s\"]+)?")
DELIMITER_ROW = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
HTML_BLOCKS = ("div", "section", "aside", "details", "table", "blockquote", "figure", "dl", "article")
INLINE_CODE = re.compile(r"`[^`]*`")
HTML_TAG = re.compile(rf"<(/?)({'|'.join(HTML_BLOCKS)})\b[^>]*?(/?)>", re.I)
RAW_MARKDOWN = [
    (re.compile(r"\{\s*[#.][\w-]+[^}]*\}"), "a '{ #id }' shows as text"),
    (re.compile(r"(?m)^#{1,6} \S"), "a '#' heading shows as text"),
    (re.compile(r"(?m)^(!!!|\?\?\?)\s*\w"), "a '!!!' box shows as text"),
    (re.compile(r"(?m)^\s*\|?\s*:?-{3,}:?\s*\|"), "a table shows as text"),
]
MARKDOWN_CHARACTERS = set("{#!|")

_checked: set[str] = set()


def box_types(config) -> list[str]:
    """The box types with a title in every language (mkdocs.yml, admonition_translations)."""
    types = []
    for language in config.plugins["i18n"].config.languages:
        for kind in (language.admonition_translations or {}):
            if kind not in types:
                types.append(kind)
    return types


def cells(row: str) -> int:
    row = row.strip()
    if row.startswith("|"):
        row = row[1:]
    if row.endswith("|"):
        row = row[:-1]
    return len(re.split(r"(?<!\\)\|", row))


def check_source(where: str, text: str, types: list[str]) -> list[str]:
    errors = []
    lines = list(markdown_lines(text))
    allowed = " or ".join(f"'!!! {kind}'" for kind in types)
    stack = []  # (tag, line) of open HTML blocks
    for index, (number, line) in enumerate(lines):
        if box := BOX.match(line):
            indent, marker, kind = box.group(1), box.group(2), box.group(3)
            if kind not in types:
                errors.append(f"{where}:{number}: '{line.strip()}' is not a box type of this site — use {allowed} "
                              "(the keyword stays English; each language's title comes from mkdocs.yml).")
            body = next(((n, l) for n, l in lines[index + 1:] if l.strip()), None)
            # A tab indents as far as 4 spaces (Python-Markdown expands it so).
            body_line = body[1].expandtabs(4) if body else ""
            if body is None or len(body_line) - len(body_line.lstrip(" ")) < len(indent.expandtabs(4)) + 4:
                errors.append(f"{where}:{number}: the '{marker} {kind}' box has no text — indent its text by 4 "
                              "spaces under this line (after an empty line); unindented, the text falls out of "
                              "the box.")
        if DELIMITER_ROW.match(line) and index > 0 and "|" in lines[index - 1][1] + line:
            header_number, header = lines[index - 1]
            before = lines[index - 2] if index > 1 else None
            if before and before[0] == header_number - 1 and before[1].strip() and not before[1].lstrip().startswith("#"):
                errors.append(f"{where}:{header_number}: this table follows a line of text without an empty line "
                              "between — add an empty line before the table, or it shows as text.")
            width = cells(header)
            for row_number, row in lines[index + 1:]:
                if "|" not in row or not row.strip():
                    break
                if cells(row) > width:
                    errors.append(f"{where}:{row_number}: this table row has {cells(row)} cells, the header "
                                  f"{width} — the extra cells would not show: add a column to the header or "
                                  "merge the cells.")
        for closing, tag, self_closing in HTML_TAG.findall(INLINE_CODE.sub("", line)):
            tag = tag.lower()
            if self_closing:
                continue
            if not closing:
                stack.append((tag, number))
            elif stack and stack[-1][0] == tag:
                stack.pop()
            else:
                errors.append(f"{where}:{number}: </{tag}> closes a <{tag}> that was not opened — remove it, or "
                              "add the opening tag where the block starts.")
    for tag, number in stack:
        errors.append(f"{where}:{number}: <{tag}> is opened here and never closed — add </{tag}> where the block "
                      "ends (on its own line, after an empty line); otherwise the rest of the page shows as "
                      "raw Markdown.")
    return errors


def raw_markdown(html: str) -> list[tuple[str, str]]:
    """(text, what) for rendered text that is still Markdown."""
    found = []
    root = lxml.html.fragment_fromstring(html or "<p></p>", create_parent="div")
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in ("code", "pre") or \
                any(a.tag in ("code", "pre") for a in element.iterancestors()):
            continue
        for text in (element.text, element.tail):
            if not text or not MARKDOWN_CHARACTERS.intersection(text):
                continue
            for pattern, what in RAW_MARKDOWN:
                if match := pattern.search(text):
                    found.append((match.group(0), what))
                    break
    return found


def on_page_markdown(markdown, page, config, files):
    if getattr(page.file, "locale", None) != current_locale(config):
        return markdown  # each source once per build, in its own language
    text = read_text(page.file.abs_src_path, f"docs/{page.file.src_uri}")
    key = page.file.src_uri + hashlib.sha1(text.encode()).hexdigest()
    if key not in _checked:
        _checked.add(key)
        for error in check_source(f"docs/{page.file.src_uri}", text, box_types(config)):
            log.error(error)
    return markdown


@event_priority(-100)
def on_page_content(html, page, config, files):
    if getattr(page.file, "locale", None) != current_locale(config):
        return html
    where = f"docs/{page.file.src_uri}"
    lines = None
    for snippet, what in raw_markdown(html):
        lines = lines or SourceLines(read_text(page.file.abs_src_path, where))
        line = lines.find(snippet.strip()) or lines.of_text(snippet) or 1
        log.error(f"{where}:{line}: Markdown shows as text in the page ({what}: '{snippet.strip()[:40]}') — look "
                  "here and above for an unclosed HTML tag, a missing empty line, or a look-alike space "
                  "(no-break space) in the Markdown.")
    return html
