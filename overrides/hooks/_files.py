"""Reading the files editors and translators write (docs/, translations/, the site's
interface strings), so that a slip is reported as "file:line: what is wrong — what to
do" and never as a traceback. Shared by the hooks and scripts/translations.py.

- Text is UTF-8. A byte-order mark and Windows line endings are accepted and ignored:
  `normalised` gives the bytes an LF, no-BOM file would have (the same bytes for a
  clean file), so hashes and front matter do not depend on the editor.
- YAML errors name the line; `load_yaml_with_lines` also keeps the line of every
  mapping and key, for messages about a file's entries.
- AuthorError is a PluginError: MkDocs prints its message and stops, with no traceback.
"""

import os
import re
import unicodedata

import yaml
from mkdocs.exceptions import PluginError

BOM = b"\xef\xbb\xbf"


class AuthorError(PluginError):
    """An author-facing problem: the message is "file:line: what is wrong — what to do"."""


def project_path(path, root) -> str:
    """The path as the messages name it: relative to the project, with '/'."""
    return os.path.relpath(str(path), str(root)).replace(os.sep, "/")


def normalised(raw: bytes) -> bytes:
    """Without a leading byte-order mark, with LF line endings."""
    if raw.startswith(BOM):
        raw = raw[len(BOM):]
    return raw.replace(b"\r\n", b"\n").replace(b"\r", b"\n")


def decode(raw: bytes, where: str) -> str:
    """The normalised text; invalid UTF-8 is an AuthorError naming line and column."""
    data = normalised(raw)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise AuthorError(
            f"{where}:{line}: not valid UTF-8 (byte 0x{data[error.start]:02x} in column {column}) — "
            "save the file as UTF-8 (in the editor: Save as, encoding UTF-8) and check the "
            "characters around that place."
        ) from None


def read_text(path, where: str | None = None) -> str:
    with open(path, "rb") as source:
        return decode(source.read(), where or str(path))


CONFLICT_MARKER = re.compile(r"^(<{7} |={7}$|>{7} )", re.M)


def conflict_problem(text: str, where: str) -> str | None:
    """A git merge conflict left in the file: its first marker, as a message."""
    if match := CONFLICT_MARKER.search(text):
        line = text.count("\n", 0, match.start()) + 1
        return (f"{where}:{line}: a git merge conflict is left in the file ('{match.group(1).strip()}' line) — keep "
                "the right version of the text between the markers, and delete the lines <<<<<<<, ======= and "
                ">>>>>>>.")
    return None


def character_name(char: str) -> str:
    return f"{unicodedata.name(char, 'UNNAMED CHARACTER')} (U+{ord(char):04X})"


def yaml_error(error: yaml.YAMLError, where: str, line_offset: int = 0) -> AuthorError:
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    line = (mark.line + 1 if mark else 1) + line_offset
    problem = getattr(error, "problem", None) or str(error)
    return AuthorError(
        f"{where}:{line}: not valid YAML ({problem}) — check the indentation against the "
        "lines around it, and put text that contains ': ' or starts with a quote, '*', '&', "
        "'!', '[' or '{' in quotes."
    )


def load_yaml(text: str, where: str, line_offset: int = 0):
    """line_offset: lines before `text` in the file (front matter starts on line 2)."""
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as error:
        raise yaml_error(error, where, line_offset) from None


class Mapping(dict):
    """A YAML mapping that knows its line and the line of each key (1-based)."""

    line: int = 1
    key_lines: dict
    value_lines: dict  # key -> (first line, last line) of its value


def load_yaml_with_lines(text: str, where: str, line_offset: int = 0):
    try:
        return yaml.load(text, Loader=_LineLoader)
    except yaml.YAMLError as error:
        raise yaml_error(error, where, line_offset) from None


# CSafeLoader when available: the term base is large and YAML is slow in pure Python.
_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):
    pass


class _LineLoader(_Base):
    def construct_mapping(self, node, deep=False):
        mapping = Mapping(super().construct_mapping(node, deep=True))
        mapping.line = node.start_mark.line + 1
        mapping.key_lines = {}
        mapping.value_lines = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            try:
                mapping.key_lines[key] = key_node.start_mark.line + 1
                end = value_node.end_mark.line + (1 if value_node.end_mark.column else 0)
                mapping.value_lines[key] = (value_node.start_mark.line + 1, max(end, value_node.start_mark.line + 1))
            except TypeError:
                pass  # an unhashable key: YAML allows it, we have none
        return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _LineLoader.construct_mapping)
