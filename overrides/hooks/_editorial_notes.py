"""The editorial notes (translations/editorial-notes.yml), read and checked once per
version of the file, for the hook that renders them next to their passage
(editorial_notes.py) and the colophon that lists them (colophon.py).

Every problem is an author-facing message "file:line: what is wrong. What to do"; the
file is read with the shared reader (_files.py), as the term base is."""

import functools
import os
from dataclasses import dataclass

from _files import load_yaml_with_lines, read_text

NOTES_FILE = "translations/editorial-notes.yml"
REQUIRED = ("id", "page", "section", "text")


@dataclass(frozen=True)
class Note:
    id: str
    page: str          # docs/<locale>/<page>
    section: str       # a heading id, or `term-<id>` for a glossary term
    after: str | None  # a string in the passage, the same in every language
    text: dict         # locale -> note text (inline HTML)
    line: int          # line of the note in NOTES_FILE
    rests_on: str = ""  # what the note rests on ("url null": the link has no address)


def notes_path(config) -> str:
    return os.path.join(os.path.dirname(config.config_file_path), NOTES_FILE)


def load_notes(config, locales: tuple[str, ...]) -> tuple[list[Note], list[str]]:
    """(notes, problems). Problems name NOTES_FILE and the line."""
    path = notes_path(config)
    return _load(path, os.path.getmtime(path), locales, config.docs_dir)


@functools.lru_cache(maxsize=None)
def _load(path, mtime, locales, docs_dir):
    # The shared reader: invalid UTF-8 or YAML stops the build with file and line.
    data = load_yaml_with_lines(read_text(path, NOTES_FILE), NOTES_FILE) or {}
    sequence = data.get("notes") if isinstance(data, dict) else None
    if not isinstance(sequence, list):
        return [], [f"{NOTES_FILE}:1: no 'notes:' list. Start the file with 'notes:' and one '- id:' per note."]
    notes, problems, seen = [], [], set()
    for entry in sequence:
        line = getattr(entry, "line", 1)
        if not isinstance(entry, dict):
            problems.append(f"{NOTES_FILE}:{line}: a note must be a mapping with {', '.join(REQUIRED)}.")
            continue
        missing = [key for key in REQUIRED if not entry.get(key)]
        if missing:
            problems.append(f"{NOTES_FILE}:{line}: note '{entry.get('id', '?')}' lacks {', '.join(missing)}. "
                            "Add it (see the comment at the top of the file).")
            continue
        if entry["id"] in seen:
            problems.append(f"{NOTES_FILE}:{line}: a second note with id '{entry['id']}'. Give each note its own id.")
        seen.add(entry["id"])
        if not os.path.exists(os.path.join(docs_dir, locales[0], entry["page"])):
            problems.append(f"{NOTES_FILE}:{line}: note '{entry['id']}': page '{entry['page']}' does not exist "
                            f"in docs/{locales[0]}/. Use the file name of a page (see the nav in mkdocs.yml).")
        text = entry["text"] if isinstance(entry["text"], dict) else {}
        lacking = [locale for locale in locales if not str(text.get(locale) or "").strip()]
        if lacking:
            problems.append(f"{NOTES_FILE}:{entry.key_lines.get('text', line)}: note '{entry['id']}' has no text in "
                            f"{', '.join(lacking)}. Add '{lacking[0]}: ...' under 'text:' (every language of the "
                            "site needs the note).")
        notes.append(Note(entry["id"], entry["page"], entry["section"], entry.get("after"),
                          {key: " ".join(str(value).split()) for key, value in text.items()}, line,
                          " ".join(str(entry.get("rests_on") or "").split())))
    return notes, problems
