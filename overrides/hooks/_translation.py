"""Translation bookkeeping shared by the build (translation_status.py,
translation_checks.py) and the command line (scripts/translations.py).

A translated page records, in its front matter, the Dutch text it was translated from:

    translation:
      status: draft            # draft | reviewed
      source_sha256: 3f2a...   # sha256 of docs/<default>/<same name>.md when translated
      reviewed_by: Name        # when reviewed
      reviewed_on: 2026-12-01  # when reviewed
      reviewed_sha256: 9b1c... # sha256 of the page's text (below the front matter) as reviewed

The hash is over the file's text with LF line endings and no byte-order mark (for a
clean file: its bytes), so a Windows editor or checkout does not turn a translation
outdated. A reviewed page whose text changed since the review is no longer reviewed: the
build says so, and `stamp` sets it back to draft.
"""

import datetime
import functools
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from _files import AuthorError, conflict_problem, load_yaml_with_lines, normalised, read_text

FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
HASH_LINE = re.compile(r"^(\s*source_sha256:).*$", re.M)
# nl-only: a Dutch page with `translate: false` (for Dutch readers only, e.g. intranet.md):
# no translation wanted; other languages show the Dutch text with a notice saying so.
STATES = ("missing", "outdated", "draft", "reviewed", "invalid", "nl-only")
STATUSES = ("draft", "reviewed")
KEYS = ("status", "source_sha256", "reviewed_by", "reviewed_on", "reviewed_sha256")
# A page heading (with its id), not a YAML comment: the front matter has run into the page.
HEADING = re.compile(r"^#{1,6}\s.*\{[^}]*#")


def source_hash(path: Path) -> str:
    return hashlib.sha256(normalised(Path(path).read_bytes())).hexdigest()


def body_hash(path: Path) -> str:
    """sha256 of the page's text below its front matter (what a reviewer signs off)."""
    text = normalised(Path(path).read_bytes()).decode("utf-8", errors="replace")
    match = FRONT_MATTER.match(text)
    return hashlib.sha256(text[match.end() if match else 0:].encode("utf-8")).hexdigest()


def changed_since_review(path: Path, block: dict) -> bool:
    recorded = block.get("reviewed_sha256")
    return block.get("status") == "reviewed" and recorded is not None and recorded != body_hash(path)


def front_matter_block(text: str, where: str) -> tuple[str, int] | None:
    """(the YAML between the '---' lines, line of the closing '---'), or None without
    front matter. A front matter that is not closed is an AuthorError."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return None
    for number, line in enumerate(lines[1:], start=2):
        if line.rstrip() in ("---", "..."):
            return "\n".join(lines[1:number - 1]), number
        if HEADING.match(line):
            break
    raise AuthorError(
        f"{where}:1: the front matter that starts here is not closed — add a line '---' "
        "after its last line (before the page's title); without it the page shows the "
        "front matter as text."
    )


def front_matter(path: Path, where: str | None = None) -> dict:
    """The page's front matter (empty without one); AuthorError when it is not closed,
    not valid YAML or not a mapping. Read once per version of the file: every hook and
    every language asks."""
    where = where or str(path)
    return _front_matter(str(path), where, os.stat(path).st_mtime_ns)


@functools.lru_cache(maxsize=1024)
def _front_matter(path: str, where: str, mtime: int) -> dict:
    block = front_matter_block(read_text(path, where), where)
    if block is None:
        return {}
    data = load_yaml_with_lines(block[0], where, line_offset=1)
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise AuthorError(f"{where}:2: the front matter must be 'key: value' lines — see another "
                          "page of the same language.")
    return data


def translation_problems(path: Path, where: str) -> list[str]:
    """What is wrong with a translated page's `translation:` block, as author-facing
    messages (a front matter that cannot be read is source_checks.py's to report)."""
    try:
        meta = front_matter(path, where)
    except AuthorError:
        return []
    block = meta.get("translation")
    if block is None:
        return []  # not stamped: the page says it is outdated, `status --check` fails
    line = lambda key: 1 + getattr(block, "key_lines", {}).get(key, getattr(block, "line", 1))  # noqa: E731
    if not isinstance(block, dict):
        return [f"{where}:{1 + meta.key_lines.get('translation', 1)}: 'translation:' must hold "
                "'status:' and 'source_sha256:' lines, indented by two spaces."]
    problems = []
    for key in block:
        if key not in KEYS:
            problems.append(f"{where}:{line(key)}: unknown key '{key}' under 'translation:' — use "
                            f"{', '.join(KEYS)}.")
    status = block.get("status")
    if status not in STATUSES:
        problems.append(
            f"{where}:{line('status')}: translation status {status!r} is not known — write 'draft', or "
            "'reviewed' once a native speaker has checked the page (with reviewed_by and reviewed_on).")
    if status == "reviewed":
        if not str(block.get("reviewed_by") or "").strip():
            problems.append(
                f"{where}:{line('status')}: status 'reviewed' needs 'reviewed_by:' with the name of the "
                "native speaker who checked the page — add it, or set the status back to 'draft'.")
        reviewed_on = block.get("reviewed_on")
        if isinstance(reviewed_on, str):
            try:
                reviewed_on = datetime.date.fromisoformat(reviewed_on)
            except ValueError:
                pass
        if not isinstance(reviewed_on, datetime.date):
            problems.append(
                f"{where}:{line('reviewed_on' if 'reviewed_on' in block else 'status')}: status 'reviewed' "
                "needs 'reviewed_on:' with the date of the review (YYYY-MM-DD) — add it, or set the "
                "status back to 'draft'.")
        elif reviewed_on > datetime.date.today():
            problems.append(f"{where}:{line('reviewed_on')}: reviewed_on {reviewed_on} is in the future — "
                            "write the date of the review.")
        if changed_since_review(path, block):
            problems.append(
                f"{where}:{line('reviewed_sha256')}: the page's text changed after {block.get('reviewed_by')} "
                f"reviewed it on {block.get('reviewed_on')} — the new text is not reviewed: run "
                "'scripts/translations.py stamp' on it (it sets the page back to draft), or undo the change.")
    recorded = block.get("source_sha256")
    if recorded is not None and not re.fullmatch(r"[0-9a-f]{64}", str(recorded)):
        problems.append(f"{where}:{line('source_sha256')}: source_sha256 is not a hash — do not edit it; "
                        "run 'scripts/translations.py stamp' after translating.")
    return problems


@dataclass
class PageState:
    locale: str
    name: str
    state: str          # one of STATES
    detail: str = ""
    line: int = 1       # of the source_sha256 line, for messages


def page_state(docs_dir: Path, default: str, locale: str, name: str) -> PageState:
    translated = docs_dir / locale / name
    if not translated.exists():
        source = docs_dir / default / name
        if source.exists() and front_matter(source, f"docs/{default}/{name}").get("translate") is False:
            return PageState(locale, name, "nl-only")
        return PageState(locale, name, "missing")
    if not (docs_dir / default / name).exists():
        return PageState(locale, name, "invalid", renamed_source(default, locale, name))
    try:
        meta = front_matter(translated, f"docs/{locale}/{name}").get("translation") or {}
    except AuthorError as error:
        return PageState(locale, name, "invalid", str(error))
    if not isinstance(meta, dict):
        meta = {}
    line = 1 + getattr(meta, "key_lines", {}).get("source_sha256", 0)
    recorded = meta.get("source_sha256")
    if conflict := conflict_problem(read_text(docs_dir / default / name), f"docs/{default}/{name}"):
        return PageState(locale, name, "invalid", conflict, line)
    if recorded != source_hash(docs_dir / default / name):
        detail = "not stamped" if not recorded else "Dutch text changed since translation"
        return PageState(locale, name, "outdated", detail, line)
    if changed_since_review(translated, meta):
        return PageState(locale, name, "invalid", f"docs/{locale}/{name}:1: reviewed, but its text changed since "
                         f"the review — run 'scripts/translations.py stamp --lang {locale} {name}' (it sets the "
                         "page back to draft), or undo the change.", line)
    if meta.get("status") == "reviewed":
        return PageState(locale, name, "reviewed", f"{meta.get('reviewed_by')} {meta.get('reviewed_on')}", line)
    return PageState(locale, name, "draft", "", line)


def renamed_source(default: str, locale: str, name: str) -> str:
    """The message for a translation whose Dutch page is gone (renamed, most often)."""
    return (f"docs/{locale}/{name}:1: there is no Dutch page docs/{default}/{name} — if the Dutch page was renamed, "
            f"rename this translation the same way (git mv docs/{locale}/{name} docs/{locale}/<new name>), and "
            "its links; keep the translation. If the Dutch page was removed on purpose, remove this one too.")


def stamp(docs_dir: Path, default: str, locale: str, name: str) -> str | None:
    """Record the current Dutch text as this translation's source: "stamped", None when it
    did already, or "draft" when a reviewed page went back to draft (its Dutch or its own
    text changed since the review, which then covers neither)."""
    translated = docs_dir / locale / name
    where = f"docs/{locale}/{name}"
    text = read_text(translated, where)
    new_hash = source_hash(docs_dir / default / name)
    meta = front_matter(translated, where)
    block = meta.get("translation")
    if isinstance(block, dict) and block.get("status") == "reviewed" and (
            block.get("source_sha256") != new_hash or changed_since_review(translated, block)):
        lines = text.split("\n")
        first, last = meta.key_lines["translation"] + 1, meta.value_lines["translation"][1] + 1
        lines[first - 1:last] = ["translation:", "  status: draft", f"  source_sha256: {new_hash}"]
        translated.write_text("\n".join(lines), encoding="utf-8")
        return "draft"
    match = FRONT_MATTER.match(text)
    if not match or not HASH_LINE.search(match.group(1)):
        raise AuthorError(f"{where}:1: no 'translation: source_sha256:' front matter to stamp — copy "
                          "the front matter of another page of the same language.")
    head = HASH_LINE.sub(lambda m: f"{m.group(1)} {new_hash}", match.group(0), count=1)
    if head == match.group(0):
        return None
    translated.write_text(head + text[match.end():], encoding="utf-8")
    return "stamped"


def mark_reviewed(docs_dir: Path, default: str, locale: str, name: str, by: str,
                  on: datetime.date) -> bool:
    """Record a native speaker's sign-off: status reviewed, who and when, and the current
    Dutch text as the source (scripts/translations.py import). True if changed."""
    import json

    translated = docs_dir / locale / name
    where = f"docs/{locale}/{name}"
    text = read_text(translated, where)
    block = front_matter_block(text, where)
    meta = front_matter(translated, where)
    if block is None or not isinstance(meta.get("translation"), dict):
        raise AuthorError(f"{where}:1: no 'translation:' front matter to sign off — copy the front "
                          "matter of another page of the same language.")
    lines = text.split("\n")
    key_line = meta.key_lines["translation"] + 1            # the front matter starts on line 2
    last = meta.value_lines["translation"][1] + 1
    new_block = ["translation:", "  status: reviewed", f"  source_sha256: {source_hash(docs_dir / default / name)}",
                 f"  reviewed_by: {json.dumps(by.strip(), ensure_ascii=False)}", f"  reviewed_on: {on.isoformat()}",
                 f"  reviewed_sha256: {body_hash(translated)}"]
    if lines[key_line - 1:last] == new_block:
        return False
    lines[key_line - 1:last] = new_block
    translated.write_text("\n".join(lines), encoding="utf-8")
    return True
