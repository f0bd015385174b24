"""Reading the Markdown source of a page line by line, for checks that name the line:
shared by authoring_checks.py, markdown_checks.py, content_safety.py,
translation_checks.py and termbase_checks.py."""

import os
import re

from _files import read_text

FENCE = re.compile(r"^\s*(```|~~~)")
HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*$")
EXPLICIT_ID = re.compile(r"\{\s*(?:[^}]*\s)?#([A-Za-z0-9][A-Za-z0-9_-]*)(?:\s[^}]*)?\}\s*$")
HTML_ID = re.compile(r"""\sid=["']([^"']+)["']""")
# A page's title line, `# Title { #id }`: group 1 is the title.
PAGE_TITLE = re.compile(r"^# (.+?)\s*\{\s*#[\w-]+\s*\}\s*$", re.M)

_ids_cache: dict[str, tuple[float, set[str]]] = {}


def markdown_lines(text: str):
    """(line number, line) outside front matter and fenced code blocks."""
    in_fence = False
    lines = text.splitlines()
    start = 0
    if lines and lines[0] == "---":
        start = next((i + 1 for i, line in enumerate(lines[1:], 1) if line == "---"), 0)
    for number, line in enumerate(lines[start:], start=start + 1):
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if not in_fence:
            yield number, line


def heading_id(line: str) -> str | None:
    if HEADING.match(line) and (match := EXPLICIT_ID.search(line)):
        return match.group(1)
    return None


def ids_in(path: str) -> set[str]:
    """Explicit heading ids and HTML ids a Markdown file defines."""
    mtime = os.path.getmtime(path)
    cached = _ids_cache.get(path)
    if cached and cached[0] == mtime:
        return cached[1]
    text = read_text(path)
    ids = set(HTML_ID.findall(text))
    for _, line in markdown_lines(text):
        if found := heading_id(line):
            ids.add(found)
    _ids_cache[path] = (mtime, ids)
    return ids


class SourceLines:
    """A page's Markdown, to find the line a message is about: the line of a section's
    heading, or the first line of a section that holds some text."""

    def __init__(self, text: str):
        self.lines = list(markdown_lines(text))
        self.sections: dict[str, tuple[int, int]] = {}  # id -> (index of heading, index of next)
        starts = [(index, found) for index, (_, line) in enumerate(self.lines) if (found := heading_id(line))]
        for (index, found), following in zip(starts, starts[1:] + [(len(self.lines), None)]):
            self.sections.setdefault(found, (index, following[0]))
        self.first = self.lines[0][0] if self.lines else 1

    def heading(self, section_id: str) -> int:
        """The line of the section's heading (the first line for the part before any)."""
        bounds = self.sections.get(section_id)
        return self.lines[bounds[0]][0] if bounds else self.first

    def find(self, needle: str, section_id: str | None = None, occurrence: int = 1, fold: bool = True) -> int | None:
        """The line of the occurrence-th line holding needle, within the section if given."""
        start, end = self.sections.get(section_id, (0, len(self.lines))) if section_id else (0, len(self.lines))
        needle = needle.casefold() if fold else needle
        seen = 0
        for number, line in self.lines[start:end]:
            if needle in (line.casefold() if fold else line):
                seen += 1
                if seen == occurrence:
                    return number
        return None

    def locate(self, section_id: str, *needles: str) -> int:
        """The first line in the section holding one of the needles, else its heading."""
        for needle in needles:
            if needle and (found := self.find(needle, section_id)):
                return found
        return self.heading(section_id)

    def of_text(self, text: str, section_id: str | None = None) -> int | None:
        """The line where a rendered paragraph starts: found by its first words."""
        words = re.findall(r"[^\W\d_][\w’'-]*", text)
        for count in (6, 4, 3, 2):
            if len(words) < count:
                continue
            pattern = re.compile(r"\W+".join(re.escape(word) for word in words[:count]), re.I)
            start, end = self.sections.get(section_id, (0, len(self.lines))) if section_id else (0, len(self.lines))
            for number, line in self.lines[start:end]:
                if pattern.search(re.sub(r"<[^>]+>|[*_`]", "", line)):
                    return number
        return None
