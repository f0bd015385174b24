"""Sealed safety text (translations/safety-seals.yml): every `!!! danger` box of every
page (the "Begin hier" rule is built from them) and the interface strings the register
names (help, quick exit, "Begin hier"), in every language, with the hash of the text as
it was checked and a literal back-translation into Dutch. A sealed text that changes
without a new seal, or a sealed box that is gone (a rule moved out of its box), stops
the build (hooks/safety_seals.py) with the file, the line, the Dutch, the sealed and the
new text; `scripts/translations.py seal --lang tr` seals after the check, asking for the
back-translation. The editors' dashboard shows the back-translations."""

import datetime
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from _files import load_yaml_with_lines, read_text
from _site_strings import STRINGS_DIR, load_with_lines

REGISTER = "translations/safety-seals.yml"
DANGER = re.compile(r"^(\s{0,3})(?:!!!|\?\?\?\+?)\s*danger\b.*$")


@dataclass
class SafetyText:
    id: str         # "eergerelateerd-geweld.md#danger-2", "interface/help.title"
    file: str       # project-relative path
    line: int
    text: str       # whitespace collapsed

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def danger_boxes(path: Path, where: str) -> list[tuple[int, str]]:
    """(line of the '!!! danger', its text) for each danger box of a page, in order."""
    lines = read_text(path, where).split("\n")
    boxes = []
    for index, line in enumerate(lines):
        if match := DANGER.match(line):
            indent = len(match.group(1)) + 4
            body = []
            for following in lines[index + 1:]:
                expanded = following.expandtabs(4)
                if expanded.strip() and len(expanded) - len(expanded.lstrip(" ")) < indent:
                    break
                body.append(expanded.strip())
            boxes.append((index + 1, " ".join(" ".join(body).split())))
    return boxes


def sealed_keys(register: dict) -> list[str]:
    return [str(key) for key in register.get("strings") or []]


def safety_texts(root: Path, locale: str, string_keys: list[str]) -> dict[str, SafetyText]:
    """The safety texts of one language as they are now, by id."""
    found = {}
    for path in sorted((root / "docs" / locale).glob("*.md")):
        where = f"docs/{locale}/{path.name}"
        for number, (line, text) in enumerate(danger_boxes(path, where), 1):
            found[f"{path.name}#danger-{number}"] = SafetyText(f"{path.name}#danger-{number}", where, line, text)
    if (root / STRINGS_DIR / f"{locale}.yml").exists():
        for key, (text, line) in load_with_lines(locale, root).items():
            if any(key == sealed or (sealed.endswith(".") and key.startswith(sealed)) for sealed in string_keys):
                found[f"interface/{key}"] = SafetyText(f"interface/{key}", f"{STRINGS_DIR}/{locale}.yml", line,
                                                       " ".join(text.split()))
    return found


def load_register(root: Path) -> dict:
    path = root / REGISTER
    if not path.exists():
        return {"strings": [], "seals": {}}
    return load_yaml_with_lines(read_text(path, REGISTER), REGISTER) or {}


def seal_problems(root: Path, locales: list[str], default: str) -> list[str]:
    """Every sealed text that changed or went, and every safety text without a seal."""
    register = load_register(root)
    seals = register.get("seals") or {}
    keys = sealed_keys(register)
    dutch = safety_texts(root, default, keys)
    problems = []
    for locale in locales:
        now = safety_texts(root, locale, keys)
        sealed = seals.get(locale) or {}
        remedy = (f"if the new text is right, have it checked and seal it: scripts/translations.py seal --lang "
                  f"{locale} (it asks for a literal back-translation into Dutch); otherwise undo the change.")
        for unit_id, seal in sealed.items():
            line = getattr(sealed, "key_lines", {}).get(unit_id, 1)
            source = dutch.get(unit_id)
            shown_dutch = source.text if source else "(none: the Dutch has no such text)"
            current = now.get(unit_id)
            if current is None:
                page = unit_id.split("#")[0]
                problems.append(
                    f"{REGISTER}:{line}: the sealed safety text {unit_id} ({locale}) is gone from "
                    f"{'docs/' + locale + '/' + page if '#' in unit_id else STRINGS_DIR + '/' + locale + '.yml'}"
                    " — a rule moved out of its '!!! danger' box no longer stands out, nor shows in 'Begin hier': "
                    f"put it back in its box. Sealed: '{seal.get('text')}'; Dutch: '{shown_dutch}'. If the Dutch "
                    f"dropped it, {remedy}")
            elif current.sha256 != seal.get("sha256"):
                problems.append(
                    f"{current.file}:{current.line}: sealed safety text {unit_id} changed without a new seal — "
                    f"{remedy}\n      Dutch:  {shown_dutch}\n      sealed: {seal.get('text')}\n"
                    f"      (in Dutch: {seal.get('nl')})\n      now:    {current.text}")
        for unit_id, current in now.items():
            if unit_id not in sealed:
                problems.append(f"{current.file}:{current.line}: safety text {unit_id} has no seal — check it "
                                f"and seal it: scripts/translations.py seal --lang {locale} (it asks for a "
                                "literal back-translation into Dutch).\n      now:    " + current.text)
    return problems


def seal_of(unit: SafetyText, back_translation: str, by: str, on: datetime.date) -> dict:
    return {"sha256": unit.sha256, "text": unit.text, "nl": back_translation, "sealed_by": by,
            "sealed_on": on.isoformat()}


def write_seals(root: Path, locale: str, changes: dict):
    """Record seals in the register (unit id -> seal_of(...), or None to drop a seal whose text
    is gone from the Dutch too). Everything above 'seals:' (comments, the sealed strings)
    stays as it is; the seals are written in order, one language after the other."""
    path = root / REGISTER
    text = read_text(path, REGISTER) if path.exists() else "strings: []\nseals:\n"
    head = text[:text.index("\nseals:") + 1] if "\nseals:" in text else text.rstrip("\n") + "\n"
    seals = {language: dict(entries or {}) for language, entries in (load_register(root).get("seals") or {}).items()}
    language = seals.setdefault(locale, {})
    for unit_id, seal in changes.items():
        if seal is None:
            language.pop(unit_id, None)
        else:
            language[unit_id] = seal
    lines = ["seals:"]
    for language, entries in seals.items():
        lines.append(f"  {language}:")
        for unit_id, seal in sorted(entries.items()):
            lines.append(f"    {json.dumps(unit_id)}:")
            lines += [f"      {key}: {json.dumps(str(seal.get(key, '')), ensure_ascii=False)}"
                      for key in ("sha256", "text", "nl", "sealed_by", "sealed_on")]
    path.write_text(head + "\n".join(lines) + "\n", encoding="utf-8")
