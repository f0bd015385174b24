"""The editorial notes (translations/editorial-notes.yml), read and checked once per
version of the file, for the hook that renders them next to their passage
(editorial_notes.py) and the colophon that lists them (colophon.py).

Every problem is an author-facing message "file:line: what is wrong. What to do"."""

import functools
import os
from dataclasses import dataclass

import yaml

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


def notes_path(config) -> str:
    return os.path.join(os.path.dirname(config.config_file_path), NOTES_FILE)


def load_notes(config, locales: tuple[str, ...]) -> tuple[list[Note], list[str]]:
    """(notes, problems). Problems name NOTES_FILE and the line."""
    path = notes_path(config)
    return _load(path, os.path.getmtime(path), locales, config.docs_dir)


@functools.lru_cache(maxsize=None)
def _load(path, mtime, locales, docs_dir):
    try:
        with open(path, encoding="utf-8") as source:
            root = yaml.compose(source)
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        return [], [f"{NOTES_FILE}:{line}: not valid YAML ({getattr(error, 'problem', error)}). "
                    "Fix the indentation or quote the text (see the other notes)."]
    notes, problems, seen = [], [], set()
    sequence = _value(root, "notes")
    if sequence is None or not isinstance(sequence, yaml.SequenceNode):
        return [], [f"{NOTES_FILE}:1: no 'notes:' list. Start the file with 'notes:' and one '- id:' per note."]
    for node in sequence.value:
        line = node.start_mark.line + 1
        data = yaml.safe_load(yaml.serialize(node)) if isinstance(node, yaml.MappingNode) else None
        if not isinstance(data, dict):
            problems.append(f"{NOTES_FILE}:{line}: a note must be a mapping with {', '.join(REQUIRED)}.")
            continue
        missing = [key for key in REQUIRED if not data.get(key)]
        if missing:
            problems.append(f"{NOTES_FILE}:{line}: note '{data.get('id', '?')}' lacks {', '.join(missing)}. "
                            "Add it (see the comment at the top of the file).")
            continue
        if data["id"] in seen:
            problems.append(f"{NOTES_FILE}:{line}: a second note with id '{data['id']}'. Give each note its own id.")
        seen.add(data["id"])
        if not os.path.exists(os.path.join(docs_dir, locales[0], data["page"])):
            problems.append(f"{NOTES_FILE}:{line}: note '{data['id']}': page '{data['page']}' does not exist "
                            f"in docs/{locales[0]}/. Use the file name of a page (see the nav in mkdocs.yml).")
        text = data["text"] if isinstance(data["text"], dict) else {}
        lacking = [locale for locale in locales if not str(text.get(locale) or "").strip()]
        if lacking:
            text_line = _line_of_key(node, "text") or line
            problems.append(f"{NOTES_FILE}:{text_line}: note '{data['id']}' has no text in "
                            f"{', '.join(lacking)}. Add '{lacking[0]}: ...' under 'text:' (every language of the "
                            "site needs the note).")
        notes.append(Note(data["id"], data["page"], data["section"], data.get("after"),
                          {key: " ".join(str(value).split()) for key, value in text.items()}, line))
    return notes, problems


def _value(mapping, key):
    if isinstance(mapping, yaml.MappingNode):
        for key_node, value_node in mapping.value:
            if key_node.value == key:
                return value_node
    return None


def _line_of_key(mapping, key):
    for key_node, _ in mapping.value:
        if key_node.value == key:
            return key_node.start_mark.line + 1
    return None
