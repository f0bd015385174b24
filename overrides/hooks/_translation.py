"""Translation bookkeeping shared by the build (translation_status.py) and the
command line (scripts/translations.py).

A translated page records, in its front matter, the Dutch text it was translated from:

    translation:
      status: draft            # draft | reviewed
      source_sha256: 3f2a...   # sha256 of docs/<default>/<same name>.md when translated
      reviewed_by: Name        # when reviewed
      reviewed_on: 2026-12-01  # when reviewed
"""

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
HASH_LINE = re.compile(r"^(\s*source_sha256:).*$", re.M)
STATES = ("missing", "outdated", "draft", "reviewed")


def source_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def front_matter(path: Path) -> dict:
    match = FRONT_MATTER.match(path.read_text(encoding="utf-8"))
    return (yaml.safe_load(match.group(1)) or {}) if match else {}


@dataclass
class PageState:
    locale: str
    name: str
    state: str          # one of STATES
    detail: str = ""


def page_state(docs_dir: Path, default: str, locale: str, name: str) -> PageState:
    translated = docs_dir / locale / name
    if not translated.exists():
        return PageState(locale, name, "missing")
    meta = front_matter(translated).get("translation") or {}
    recorded = meta.get("source_sha256")
    if recorded != source_hash(docs_dir / default / name):
        detail = "not stamped" if not recorded else "Dutch text changed since translation"
        return PageState(locale, name, "outdated", detail)
    status = meta.get("status")
    if status == "reviewed":
        return PageState(locale, name, "reviewed", f"{meta.get('reviewed_by')} {meta.get('reviewed_on')}")
    return PageState(locale, name, "draft")


def stamp(docs_dir: Path, default: str, locale: str, name: str) -> bool:
    """Record the current Dutch text as this translation's source. True if changed."""
    translated = docs_dir / locale / name
    text = translated.read_text(encoding="utf-8")
    new_hash = source_hash(docs_dir / default / name)
    match = FRONT_MATTER.match(text)
    if not match or not HASH_LINE.search(match.group(1)):
        raise SystemExit(f"{translated}:1: no 'translation: source_sha256:' front matter to stamp.")
    head = HASH_LINE.sub(lambda m: f"{m.group(1)} {new_hash}", match.group(0), count=1)
    if head == match.group(0):
        return False
    translated.write_text(head + text[match.end():], encoding="utf-8")
    return True
