"""This site's own interface strings (buttons, notices, labels), one file per language:
translations/interface/<locale>.yml, the same keys in every language, one line each:

    help.police: "Politie, geen spoed"

the text always in double quotes, written as JSON writes a string (`set_string` and
`add_strings` write it so). The one reader and writer of these files, for the templates
(site_strings.py), the hooks, the scripts and the tests. A file that is missing or not
valid is an AuthorError: "file:line: what is wrong — what to do"."""

import functools
import json
import os
import re
from pathlib import Path

from _files import BOM, AuthorError, load_yaml_with_lines, project_path, read_text

STRINGS_DIR = "translations/interface"
ROOT = Path(__file__).resolve().parent.parent.parent
KEY = re.compile(r"[A-Za-z][\w.]*")
PLACEHOLDER = re.compile(r"\{(\w+)\}")
SOURCE = "nl"  # the source language's file: the others have its keys and placeholders


def path(locale: str, root: Path = ROOT) -> Path:
    return Path(root) / STRINGS_DIR / f"{locale}.yml"


def load(locale: str, root: Path = ROOT) -> dict[str, str]:
    """key -> text, in the file's order."""
    return {key: text for key, (text, _) in load_with_lines(locale, root).items()}


def load_with_lines(locale: str, root: Path = ROOT) -> dict[str, tuple[str, int]]:
    """key -> (text, line of the key, 1-based), in the file's order."""
    file = path(locale, root)
    where = project_path(file, root)
    try:
        mtime = os.stat(file).st_mtime_ns
    except FileNotFoundError:
        raise AuthorError(f"{where}:1: no interface strings for '{locale}' — copy {STRINGS_DIR}/nl.yml to "
                          "this name and translate every text (keep the keys).") from None
    strings = dict(_read(str(file), where, mtime))
    if locale != SOURCE:
        source = load_with_lines(SOURCE, root)
        for key, (text, line) in strings.items():
            expected = sorted(PLACEHOLDER.findall(source[key][0])) if key in source else None
            if expected is not None and sorted(PLACEHOLDER.findall(text)) != expected:
                raise AuthorError(
                    f"{where}:{line}: '{key}' has the placeholders {show(PLACEHOLDER.findall(text))}, {SOURCE}.yml "
                    f"{show(expected)} — keep every {{placeholder}} exactly as in {SOURCE}.yml (the site fills "
                    "them in); translate only the words around them.")
    return strings


def show(names) -> str:
    return ", ".join("{" + name + "}" for name in names) or "none"


@functools.lru_cache(maxsize=64)
def _read(file: str, where: str, mtime: int) -> dict[str, tuple[str, int]]:
    """The file's strings, read once per version of the file (mtime is the cache key)."""
    data = load_yaml_with_lines(read_text(file, where), where)
    if not isinstance(data, dict):
        raise AuthorError(f"{where}:1: expected one 'key: \"text\"' line per string — compare the file with "
                          f"{STRINGS_DIR}/nl.yml.")
    strings = {}
    for key, text in data.items():
        line = data.key_lines.get(key, 1)
        if not isinstance(key, str):
            raise AuthorError(f"{where}:{line}: {key!r} is not a key — keys are words like help.title: copy "
                              f"the key from {STRINGS_DIR}/nl.yml.")
        if not isinstance(text, str):
            raise AuthorError(f"{where}:{line}: '{key}' has no text — write {key}: \"the text\", the text in "
                              "double quotes.")
        strings[key] = (text, line)
    return strings


def set_string(locale: str, key: str, text: str, root: Path = ROOT) -> bool:
    """Write `key: "text"` in place of the key's line (of its lines, should its text span
    several), every other byte of the file as it was. True if the file changed."""
    file = path(locale, root)
    where = project_path(file, root)
    load_with_lines(locale, root)  # the file reads cleanly (or an AuthorError says why)
    data = load_yaml_with_lines(read_text(file, where), where)
    if key not in data:
        raise KeyError(f"{where}: no string '{key}'")
    first = data.key_lines[key]
    last = max(first, data.value_lines[key][1])
    raw = file.read_bytes()
    lines = raw.splitlines(keepends=True)  # numbered as in the normalised text (_files.py)
    bom = BOM if first == 1 and raw.startswith(BOM) else b""
    old = b"".join(lines[first - 1:last])
    if not old[len(bom):].startswith(f"{key}:".encode("utf-8")):
        raise AuthorError(f"{where}:{first}: expected the line of '{key}' here — write each string on a line "
                          "of its own, as in nl.yml.")
    ending = old[len(old.rstrip(b"\r\n")):]
    new = bom + entry(key, text) + ending
    changed = b"".join(lines[:first - 1]) + new + b"".join(lines[last:])
    if changed == raw:
        return False
    file.write_bytes(changed)
    return True


def add_strings(new: dict[str, dict[str, str]], root: Path = ROOT) -> dict[str, int]:
    """Append the keys of `new` ({"key": {"nl": "...", "tr": "...", ...}}) that a language's
    file does not have yet to the end of every file in STRINGS_DIR, in the order of `new`;
    existing keys are left as they are. Returns locale -> number of strings added."""
    for key in new:
        if not KEY.fullmatch(key):
            raise ValueError(f"{key!r}: a key is letters, digits, '_' and '.', starting with a letter")
    additions = {}
    for file in sorted((Path(root) / STRINGS_DIR).glob("*.yml")):
        existing = load(file.stem, root)
        missing = [key for key in new if key not in existing]
        absent = [key for key in missing if file.stem not in new[key]]
        if absent:  # before any file is written
            raise KeyError(f"no '{file.stem}' text for {', '.join(absent)}")
        if missing:
            additions[file] = [(key, new[key][file.stem]) for key in missing]
    for file, entries in additions.items():
        raw = file.read_bytes()
        ending = b"\r\n" if b"\r\n" in raw else b"\n"
        if raw and not raw.endswith((b"\n", b"\r")):
            raw += ending
        file.write_bytes(raw + b"".join(entry(key, text) + ending for key, text in entries))
    return {file.stem: len(entries) for file, entries in additions.items()}


def entry(key: str, text: str) -> bytes:
    """A string's line, without its line ending: key: "text", the text as JSON writes it."""
    return f"{key}: {json.dumps(text, ensure_ascii=False)}".encode("utf-8")
