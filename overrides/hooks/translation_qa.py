"""Translation QA as translators' tools do it (Xbench, Okapi CheckMate), on every unit of
each language built (a block of a page, a term, an editorial note, an interface string,
paired with its Dutch: scripts/review_units.py), with the bounds and lists of
translations/translation-qa.yml. Each problem is "file:line: what is wrong — what to do":

- a block far longer or shorter than its Dutch block (length_ratio, per language);
- a placeholder or to-do marker ([ÇEVİRİ YAPILACAK], TODO, ...: todo_markers);
- a whole block marked lang="nl" (a quotation of up to a line is fine);
- a Dutch sentence inside a translated block;
- an interface string that is the Dutch one (names: same_as_dutch).
Invisible characters (soft hyphens too) are source_checks.py's; a box type without a
title in a language is settings_checks.py's."""

import re
import sys
from pathlib import Path

from mkdocs.plugins import get_plugin_logger

from _files import AuthorError, load_yaml, read_text
from _i18n import build_locales, current_locale, default_locale
from _invariants import DUTCH_WORDS, WORD

log = get_plugin_logger("qa")

QA_FILE = "translations/translation-qa.yml"
MIN_LENGTH = 60
NL_SPAN = re.compile(r"<(span|bdi|q|em)\b[^>]*\blang=\"nl\"[^>]*>(.*?)</\1>", re.S)
NL_BLOCK = re.compile(r"\{:?\s*[^}]*lang=\"?nl\"?[^}]*\}\s*$")
MARKUP = re.compile(r"<[^>]+>|\]\([^)]*\)|\{[^}]*\}|[*_`\[\]]")
SQUARE_CAPITALS = re.compile(r"\[([^\]\[()]*[^\W\d_][^\]\[()]*)\](?!\()")
SENTENCE = re.compile(r"[^.!?؟।]+[.!?؟।]?")
# A sentence is Dutch with this many of its words, and this share, Dutch function words.
DUTCH_SENTENCE_HITS = 3
DUTCH_SENTENCE_SHARE = 0.3
DUTCH_SENTENCE_WORDS = 6
# Beside _invariants' function words: Dutch words of this text that no translation uses.
DUTCH_CONTENT_WORDS = frozenset("bij altijd eerst nooit ouders kinderen jongere jongeren belangrijk".split())


def plain(text: str) -> str:
    return " ".join(MARKUP.sub(" ", text).split())


def dutch_sentences(text: str) -> list[str]:
    found = []
    for sentence in SENTENCE.findall(plain(NL_SPAN.sub(" ", text))):
        words = WORD.findall(sentence)
        hits = sum(1 for word in words if word.casefold() in DUTCH_WORDS or word.casefold() in DUTCH_CONTENT_WORDS)
        if len(words) >= DUTCH_SENTENCE_WORDS and hits >= DUTCH_SENTENCE_HITS and hits >= DUTCH_SENTENCE_SHARE * len(words):
            found.append(sentence.strip())
    return found


def unit_problems(unit, locale: str, settings: dict) -> list[str]:
    where = f"{unit.file}:{unit.line}"
    target, source = unit.target or "", unit.source or ""
    problems = []
    markers = [marker for marker in settings.get("todo_markers") or []
               if re.search(rf"(?<!\w){re.escape(str(marker))}(?!\w)", target, re.I)]
    markers += [f"[{m.group(1)}]" for m in SQUARE_CAPITALS.finditer(target)
                if m.group(1).upper() == m.group(1) and re.search(r"[^\W\d_]{2}", m.group(1))]
    if markers:
        problems.append(f"{where}: '{markers[0]}' is a placeholder or to-do marker, not a translation — translate "
                        f"the Dutch here: {short(source)}")
    if unit.id.startswith("interface/"):
        if target == source and unit.id.split("/", 1)[1] not in (settings.get("same_as_dutch") or []):
            problems.append(f"{where}: '{unit.id.split('/', 1)[1]}' is the Dutch text '{short(source)}' — translate "
                            f"it (a name that stays the same goes into same_as_dutch in {QA_FILE}).")
        return problems
    dutch_chars = len(plain(target)) if NL_BLOCK.search(target) else \
        sum(len(plain(match.group(2))) for match in NL_SPAN.finditer(target))
    if dutch_chars > int(settings.get("dutch_quotation_max") or 120) and dutch_chars >= 0.6 * len(plain(target)):
        problems.append(f"{where}: this block is Dutch marked lang=\"nl\" ({dutch_chars} characters) — translate it; "
                        "lang=\"nl\" is for a quotation of up to a line that must stay Dutch.")
    elif (sentences := dutch_sentences(target)) and sum(map(len, sentences)) < 0.6 * len(plain(target)):
        # (a block that is Dutch as a whole is translation_checks.py's to report)
        problems.append(f"{where}: a Dutch sentence in a translated block: '{short(sentences[0])}' — translate it.")
    bounds = (settings.get("length_ratio") or {}).get(locale)
    if bounds and len(plain(source)) >= MIN_LENGTH and target and not markers:
        ratio = len(plain(target)) / len(plain(source))
        if not bounds[0] <= ratio <= bounds[1]:
            problems.append(
                f"{where}: this block is {ratio:.2f} times as long as its Dutch ({len(plain(target))} against "
                f"{len(plain(source))} characters; {locale} is usually {bounds[0]}–{bounds[1]}) — check that nothing "
                f"is left out or added: {short(source)}")
    return problems


def short(text: str, limit: int = 70) -> str:
    text = plain(text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def qa_problems(root: Path, default: str, locale: str) -> list[str]:
    settings = load_yaml(read_text(root / QA_FILE, QA_FILE), QA_FILE) or {}
    sys.path.insert(0, str(root / "scripts"))
    import review_units

    units = []
    parts = [lambda name=name: review_units.page_units(default, locale, name)[0]
             for name in review_units.page_names(default, locale)]
    parts += [lambda: review_units.note_units(default, locale), lambda: review_units.termbase_units(default, locale),
              lambda: review_units.interface_units(default, locale)]
    for part in parts:
        try:
            units += part()
        except (AuthorError, KeyError, TypeError):
            continue  # a file that does not read as it should: its own check says where and what to do
    return [problem for unit in units for problem in unit_problems(unit, locale, settings)]


def on_pre_build(config):
    default = default_locale(config)
    if current_locale(config) not in (None, default):
        return  # once per build, not once per language
    root = Path(config.config_file_path).parent
    for locale in build_locales(config):
        if locale != default:
            for problem in qa_problems(root, default, locale):
                log.error(problem)
