#!/usr/bin/env python3
"""Translation status and checks.

  scripts/translations.py status [--check]     language x page table (missing / outdated /
                                               draft / reviewed / invalid); --check exits 1
                                               when any page is missing, outdated or invalid
  scripts/translations.py check [--lang tr]    build the Dutch and that language (HTML only,
                                               strict, no Chromium) and show every difference
                                               from the Dutch and every other build error
  scripts/translations.py stamp --lang tr page.md [...]
                                               record the current Dutch text as the source of
                                               these translations (after updating them)
  scripts/translations.py stamp --lang tr --all
                                               the same for every outdated page of the
                                               language: shows what changed in the Dutch of
                                               each and asks before stamping
  scripts/translations.py export --lang tr [--pages a.md ...] --out DIR
                                               a review pack for a native reviewer: XLIFF 1.2
                                               (CAT tools), a Word document and its PDF
  scripts/translations.py seal --lang tr --by NAME
                                               seal the safety texts (danger boxes, help and
                                               quick-exit strings) after checking them: shows
                                               the Dutch, the sealed and the new text, asks for
                                               a literal back-translation into Dutch
  scripts/translations.py import FILE          bring a reviewed pack back (.xlf or .docx):
                                               corrections in place, signed-off pages reviewed;
                                               what changed in the Dutch since is refused
"""

import argparse
import datetime
import difflib
import functools
import hashlib
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "overrides" / "hooks"))


from _files import AuthorError, normalised  # noqa: E402
from _markdown import PAGE_TITLE  # noqa: E402
from _settings import load_config  # noqa: E402
import _safety_seals  # noqa: E402
from _translation import STATES, front_matter, mark_reviewed, page_state, source_hash, stamp  # noqa: E402

sys.path.insert(0, str(ROOT / "scripts"))
import review_packs  # noqa: E402
import review_units  # noqa: E402

DOCS = ROOT / "docs"
QA_FILE = "translations/translation-qa.yml"
MARKED_LANGUAGE = re.compile(r"<(span|bdi)\b[^>]*\blang=\"[^\"]+\"[^>]*>.*?</\1>", re.S)


def read_mkdocs_config() -> dict:
    """mkdocs.yml as plain data (its !ENV tags read as None); also used by the tests. A YAML
    slip is an AuthorError naming the line."""
    return load_config(ROOT / "mkdocs.yml")


def i18n_languages() -> list[dict]:
    """The languages of mkdocs.yml's i18n plugin (locale, name, default, ...)."""
    config = read_mkdocs_config()
    return next(p["i18n"] for p in config["plugins"] if isinstance(p, dict) and "i18n" in p)["languages"]


def languages() -> tuple[str, list[str]]:
    """(default locale, other locales) from mkdocs.yml's i18n plugin."""
    listed = i18n_languages()
    default = next(lang["locale"] for lang in listed if lang.get("default"))
    return default, [lang["locale"] for lang in listed if not lang.get("default")]


def page_names(default: str) -> list[str]:
    return sorted(path.name for path in (DOCS / default).glob("*.md"))


def status(check: bool) -> int:
    default, others = languages()
    names = page_names(default)
    width = max(len(name) for name in names)
    print(f"{'page':<{width}}  " + "  ".join(f"{lang:<9}" for lang in others))
    counts = {state: 0 for state in STATES}
    problems = []
    for name in names:
        states = [page_state(DOCS, default, lang, name) for lang in others]
        for state in states:
            counts[state.state] += 1
            if state.state == "invalid":
                problems.append(state.detail)
            elif state.state == "outdated":
                problems.append(
                    f"docs/{state.locale}/{name}:{state.line}: outdated ({state.detail}) — update the "
                    f"translation to docs/{default}/{name}, then run 'scripts/translations.py stamp "
                    f"--lang {state.locale} {name}'.")
        print(f"{name:<{width}}  " + "  ".join(f"{s.state:<9}" for s in states))
    print("\n" + ", ".join(f"{n} {state}" for state, n in counts.items()))
    if check and (counts["missing"] or counts["outdated"] or counts["invalid"]):
        print("", *problems, sep="\n", file=sys.stderr)
        print("\nTranslation check failed: translate the missing pages; fix or update the pages above.",
              file=sys.stderr)
        return 1
    return 0


def check(only: str | None) -> int:
    """The build's own translation check (overrides/hooks/translation_checks.py and the
    other checks), for the Dutch and one language: strict, HTML only, every message."""
    default, others = languages()
    if only and only not in others:
        print(f"--lang {only}: not a translated language of mkdocs.yml (use {', '.join(others)}).", file=sys.stderr)
        return 2
    build = build_check(default, only)
    shown = [line for line in (build.stdout + build.stderr).splitlines()
             if not line.startswith("INFO") or "translations:" in line]
    print("\n".join(shown))
    errors = sum(1 for line in shown if line.startswith(("ERROR", "WARNING")))
    if build.returncode == 0:
        print(f"No differences from the Dutch pages ({only or 'every language'}).")
    else:
        print(f"{errors} problem(s): fix each at the file and line it names, then run this again.")
    return build.returncode


def git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout


def dutch_changes(default: str, locale: str, name: str) -> str:
    """What changed in the Dutch page since the text this translation records."""
    try:
        recorded = ((front_matter(DOCS / locale / name, f"docs/{locale}/{name}").get("translation") or {})
                    .get("source_sha256"))
    except AuthorError as error:
        return str(error)
    path = f"docs/{default}/{name}"
    if not recorded:
        return f"  (never stamped: the whole of {path})"
    for commit in git("log", "--format=%H", "--", path).split():
        old = subprocess.run(["git", "show", f"{commit}:{path}"], cwd=ROOT, capture_output=True).stdout
        if hashlib.sha256(normalised(old)).hexdigest() == recorded:
            current = normalised((ROOT / path).read_bytes()).decode("utf-8").splitlines()
            diff = difflib.unified_diff(normalised(old).decode("utf-8").splitlines(), current,
                                        f"{path} (translated from, {commit[:8]})", f"{path} (now)",
                                        n=0, lineterm="")
            return "\n".join(f"  {line}" for line in diff)
    return f"  (the Dutch text it was translated from is not in the git history of {path})"


def stamp_pages(locale: str, pages: list[str], every: bool) -> int:
    default, others = languages()
    if locale not in others:
        print(f"--lang {locale}: not a translated language of mkdocs.yml (use {', '.join(others)}).", file=sys.stderr)
        return 2
    if not pages and not every:
        print("Name the pages you have translated: scripts/translations.py stamp --lang "
              f"{locale} gevolgen.md [...]. (--all stamps every outdated page, after showing what "
              "changed in the Dutch and asking.)", file=sys.stderr)
        return 2
    if every:
        pages = [name for name in page_names(default)
                 if page_state(DOCS, default, locale, name).state == "outdated"]
        if not pages:
            print(f"Nothing to stamp: every docs/{locale} page records the current Dutch text.")
            return 0
        for name in pages:
            print(f"docs/{locale}/{name}: the Dutch changed:\n{dutch_changes(default, locale, name)}\n")
        print(f"Stamp these {len(pages)} page(s) as translated from the current Dutch text? Only if each "
              f"change above is in the docs/{locale} page. Type 'yes' to stamp: ", end="", flush=True)
        answer = sys.stdin.readline().strip().lower()
        if answer != "yes":
            print("Nothing stamped.")
            return 1
    problems = 0
    for name in pages:
        if not (DOCS / default / name).exists() or not (DOCS / locale / name).exists():
            print(f"docs/{locale}/{name}: no such page (in docs/{default}/ and docs/{locale}/).", file=sys.stderr)
            problems += 1
            continue
        try:
            result = stamp(DOCS, default, locale, name)
            if result == "draft":
                print(f"stamped docs/{locale}/{name}, and set it back to draft: it was reviewed, and its text "
                      "or its Dutch changed since — the review does not cover the new text (send it for review: "
                      "scripts/translations.py export).")
            elif result:
                print(f"stamped docs/{locale}/{name}")
            else:
                print(f"docs/{locale}/{name} already records the current Dutch text")
        except AuthorError as error:
            print(error, file=sys.stderr)
            problems += 1
    return 1 if problems else 0


def seal(locale: str, by: str) -> int:
    """Seal the safety texts of a language that changed or have no seal, after showing the
    Dutch, the sealed and the new text and asking for a literal back-translation into Dutch
    (for the Dutch itself: a 'yes'). See _safety_seals.py."""
    default, others = languages()
    if locale not in (default, *others):
        print(f"--lang {locale}: not a language of mkdocs.yml (use {', '.join((default, *others))}).", file=sys.stderr)
        return 2
    register = _safety_seals.load_register(ROOT)
    keys = _safety_seals.sealed_keys(register)
    sealed = (register.get("seals") or {}).get(locale) or {}
    now = _safety_seals.safety_texts(ROOT, locale, keys)
    dutch = _safety_seals.safety_texts(ROOT, default, keys)
    changes, today = {}, datetime.date.today()
    for unit_id in sorted(set(sealed) - set(now)):
        if unit_id in dutch and locale != default:
            print(f"{unit_id}: sealed, but no longer in docs/{locale} while the Dutch has it — put it back in its "
                  "box first; not changed.", file=sys.stderr)
            continue
        print(f"{unit_id}: gone (from the Dutch too): its seal is dropped.")
        changes[unit_id] = None
    for unit_id, unit in now.items():
        old = sealed.get(unit_id) or {}
        if old.get("sha256") == unit.sha256:
            continue
        print(f"\n{unit.file}:{unit.line}: {unit_id}\n  Dutch:  {dutch[unit_id].text if unit_id in dutch else '(none)'}")
        if old:
            print(f"  sealed: {old.get('text')}\n          (in Dutch: {old.get('nl')})")
        print(f"  now:    {unit.text}")
        if locale == default:
            print("Seal this Dutch text? Type 'yes': ", end="", flush=True)
            answer = sys.stdin.readline().strip()
            back = unit.text if answer.lower() == "yes" else ""
        else:
            print("A literal back-translation of 'now' into Dutch, word for word, as a Dutch reader would "
                  "understand it (empty: not sealed): ", end="", flush=True)
            back = sys.stdin.readline().strip()
        if back:
            changes[unit_id] = _safety_seals.seal_of(unit, back, by, today)
        else:
            print("  not sealed.")
    if not changes:
        print(f"Nothing sealed for {locale}.")
        return 0 if all((sealed.get(u) or {}).get("sha256") == t.sha256 for u, t in now.items()) else 1
    _safety_seals.write_seals(ROOT, locale, changes)
    print(f"{sum(1 for c in changes.values() if c)} safety text(s) of {locale} sealed in {_safety_seals.REGISTER}.")
    return 0


def page_titles(locale: str, names: list[str]) -> dict[str, str]:
    """Each page's title in the language (its `# Title { #id }` line, without markup)."""
    titles = {}
    for name in names:
        if found := PAGE_TITLE.search((DOCS / locale / name).read_text(encoding="utf-8")):
            titles[name] = f"{re.sub(r'<[^>]+>|[*_`]', '', found.group(1))} ({name})"
    return titles


def export_pack(locale: str, pages: list[str], out: Path) -> int:
    """Write the review pack of one language: XLIFF, Word document and PDF."""
    default, others = languages()
    if locale not in others:
        print(f"--lang {locale}: not a translated language of mkdocs.yml (use {', '.join(others)}).", file=sys.stderr)
        return 2
    try:
        units, unpaired = review_units.language_units(default, locale, pages or None)
    except AuthorError as error:
        print(error, file=sys.stderr)
        return 2
    names = sorted({unit.group for unit in units if unit.group.endswith(".md")})
    states = {name: page_state(DOCS, default, locale, name).state for name in names}
    outdated = [name for name, state in states.items() if state in ("outdated", "invalid")]
    if outdated:
        print("Not exported: these pages do not hold the current Dutch text (update and stamp them first, "
              f"or leave them out with --pages): {', '.join(f'docs/{locale}/{n}' for n in outdated)}", file=sys.stderr)
        units = [unit for unit in units if unit.group not in outdated]
        names = [name for name in names if name not in outdated]
    if not units:
        print(f"Nothing to export for {locale}: no page holds the current Dutch text.", file=sys.stderr)
        return 1
    hashes = {name: source_hash(DOCS / default / name) for name in names}
    titles = page_titles(locale, names)
    language_name = read_language_names()[locale]
    if why := review_packs.chromium_missing():
        print(why, file=sys.stderr)
        return 2
    if out.exists() and not out.is_dir():
        print(f"--out {out}: a file, not a folder — name a folder for the pack.", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    stem = out / f"review-{locale}-{datetime.datetime.now().strftime('%Y-%m-%d-%H%M%S')}"
    if any(stem.with_suffix(suffix).exists() for suffix in (".xlf", ".docx", ".pdf")):
        print(f"{stem}.*: a pack of that name is there already — wait a second, or use another --out.", file=sys.stderr)
        return 2
    review_packs.write_xliff(stem.with_suffix(".xlf"), locale, default, units, states, hashes, titles)
    review_packs.write_document(stem.with_suffix(".docx"), locale, default, language_name, units, states, hashes, titles)
    review_packs.write_pdf(stem.with_suffix(".pdf"), locale, default, language_name, units, states, titles)
    print(f"{len(units)} units of {len(names)} pages{' and the data files' if not pages else ''} in:")
    for suffix in (".xlf", ".docx", ".pdf"):
        print(f"  {stem.with_suffix(suffix)}")
    if unpaired:
        print(f"Left out (in one language only, the translation check names them): {', '.join(unpaired)}")
    print("Send the .xlf to a reviewer with a CAT tool, or the .docx (and the .pdf for paper) to anyone "
          "else; bring it back with 'scripts/translations.py import FILE'.")
    return 0


def read_language_names() -> dict[str, str]:
    return {lang["locale"]: lang["name"] for lang in i18n_languages()}


SIGNER = re.compile(r"^[^\W\d_][\w.'’ -]*$")


def read_pack(path: Path, units_of):
    """The pack's entries and sign-offs (units_of(locale): the language's units by id)."""
    if not path.exists():
        raise review_packs.PackError(f"{path}: no such file.")
    if path.suffix.lower() in (".xlf", ".xliff"):
        return review_packs.read_xliff(path)
    if path.suffix.lower() == ".docx":
        return review_packs.read_document(path, units_of)
    raise review_packs.PackError(f"{path}: import reads a review pack's .xlf or .docx (the PDF is for reading).")


def heading_remark(new: str, heading: str) -> bool:
    """A heading's correction that is a sentence of remark: twice its words and more, ending a sentence."""
    words, heading_words = len(new.split()), len(heading.split())
    return words > 2 * heading_words + 3 and bool(re.search(r"[.?!؟।]\s*\S|[.?!؟।]$", new)) \
        and not re.search(r"[.?!؟।]$", heading.strip())


def language_problem(text: str, locale: str, source: str = "") -> str:
    """Why a correction is not in the pack's language ('' when it may be): the script, for a
    language with its own; else the stop words of translations/translation-qa.yml. A text
    made of the Dutch's own words (a name kept, such as VOG) may be."""
    from _invariants import SCRIPTS

    def words_of(markdown: str) -> list[str]:  # without markers, tags and what is marked as another language
        return re.findall(r"[^\W\d_]+", re.sub(r"\{/?\d+\}|<[^>]+>", " ", MARKED_LANGUAGE.sub(" ", markdown)))

    words = words_of(text)
    if len(words) < 4 or {word.casefold() for word in words} <= {word.casefold() for word in words_of(source)}:
        return ""
    name = read_language_names().get(locale, locale)
    if locale in SCRIPTS:
        if not SCRIPTS[locale].search(text):
            return (f"the correction has no word in the script of {name} — is it for another language's pack? "
                    f"Write the correction in {name}.")
        return ""
    guess = stop_word_language(words)
    if guess and guess != locale:
        return (f"the correction reads as {read_language_names().get(guess, guess)}, not {name} — is this the pack "
                f"of another language? Write the correction in {name} (or import the reviewer's own pack).")
    return ""


@functools.cache
def stop_words() -> dict[str, frozenset]:
    """Per language, its stop words that no other listed language has (de, en, na are in several)."""
    from _files import load_yaml, read_text

    lists = {locale: {word.casefold() for word in words} for locale, words in
             ((load_yaml(read_text(ROOT / QA_FILE, QA_FILE), QA_FILE) or {}).get("stop_words") or {}).items()}
    return {locale: frozenset(words - set().union(*(other for key, other in lists.items() if key != locale)))
            for locale, words in lists.items()}


def stop_word_language(words: list[str]) -> str | None:
    """The language whose stop words a text uses most, when it uses at least two and no other
    language's come near; None when unsure."""
    hits = sorted(((sum(1 for word in words if word.casefold() in listed), locale)
                   for locale, listed in stop_words().items()), reverse=True)
    if not hits or hits[0][0] < 2 or (len(hits) > 1 and hits[1][0] * 2 >= hits[0][0]):
        return None
    return hits[0][1]


def correction_problem(entry, unit, locale: str = "") -> str:
    """Why a reviewer's corrected text cannot go in as it is ('' when it can)."""
    from _files import character_name
    from source_checks import INVISIBLE

    new = entry.new_target.strip()
    if not new:
        return "the correction is empty — write the whole corrected text, or leave the block as it was."
    if "\n" in new:
        return ("the correction has more than one paragraph — one block is one paragraph or list item; write "
                "it on one line.")
    if new == unit.source.strip() and unit.target.strip() != unit.source.strip():
        return "the correction is the Dutch text — write the translation."
    if why := language_problem(new, locale, unit.source):
        return why
    if found := INVISIBLE.search(new):
        return f"the correction holds an invisible character {character_name(found.group())} — retype the text."
    if entry.whole_block and len(unit.target) > 60 and len(new) < 0.6 * len(unit.target):
        return ("the correction is much shorter than the block — the Correctie column takes the whole corrected "
                "block, not only the changed words.")
    if unit.kind == "heading" and heading_remark(new, unit.target):
        return ("the correction of this heading reads as a remark (a sentence, far longer than the heading) — a "
                "heading is a few words: write the corrected heading in Correctie and the remark in Opmerking.")
    items = review_packs.tokens(new)
    if review_packs.signature(items) != review_packs.signature(review_packs.tokens(unit.target)):
        return ("the correction lost or added a link, a language mark, emphasis or a {placeholder} (in a CAT tool: "
                "a tag; in the document: a {1} marker) — keep every code of the translation, and no * [ ] of your own.")
    if why := review_packs.badly_nested(items):
        return f"the codes no longer nest: {why} — keep each pair of tags or markers around the same words."
    return ""


def sign_off_problem(sign, default: str, locale: str, pack, current: dict, refused_pages: set,
                     corrected: set) -> tuple[str, str]:
    """(refusal, problem) for a sign-off: a refusal keeps the page a draft; a problem is a
    slip in the pack to put right first."""
    where = f"docs/{locale}/{sign.page}"
    if sign.page in refused_pages:
        return f"sign-off of {where}: refused, units of this page were refused above", ""
    if not (DOCS / default / sign.page).exists() or source_hash(DOCS / default / sign.page) != sign.dutch_hash:
        return (f"sign-off of {where}: refused, the Dutch page changed since the export (what changed: "
                "scripts/translations.py status; send a new pack)"), ""
    entries = {entry.id: entry for entry in pack.entries}
    shown = review_units.shown_on(default, sign.page, list(current.values()))
    if missing := sorted(shown - set(entries)):
        return (f"sign-off of {where}: refused, the pack lacks what the page shows now: "
                f"{', '.join(missing[:5])}{' …' if len(missing) > 5 else ''} — send a new pack"), ""
    def seen(unit_id: str) -> bool:  # as exported, or as the reviewer wrote it (imported before)
        entry, unit = entries[unit_id], current[unit_id]
        return unit_id in corrected or entry.target_hash == unit.target_hash or \
            (entry.new_target is not None and entry.new_target.strip() == unit.target)

    unseen = sorted(unit_id for unit_id in shown if not seen(unit_id))
    if unseen:
        return (f"sign-off of {where}: refused, the reviewer did not see the translation as it is now: "
                f"{', '.join(unseen[:5])} changed since the export (or the pack is of another language)"), ""
    if flagged := sorted(unit_id for unit_id in shown if entries[unit_id].flagged):
        return (f"sign-off of {where}: refused, the reviewer marked {', '.join(flagged[:5])} as not right "
                "(its state in the CAT tool) — ask her"), ""
    hint = "write it as 'Name, YYYY-MM-DD' (digits 0-9), e.g. 'Ayşe Yılmaz, 2026-12-01'"
    if sign.verdict != "xliff" and sign.verdict.strip().casefold() not in review_packs.VERDICTS:
        return "", (f"{sign.where}: the Oordeel says {sign.verdict!r} — write 'goedgekeurd zoals het is' or "
                    "'goedgekeurd met correcties'; to not approve the page, leave the name and date empty.")
    if not sign.name.strip() or not SIGNER.match(sign.name.strip()) or \
            re.search(r"\b(niet|not|geen|no|goedgekeurd|approved)\b", sign.name, re.I):
        return "", f"{sign.where}: {sign.name!r} is not a name — {hint}; to not approve the page, leave it empty."
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", sign.date.strip()):
        return "", f"{sign.where}: the date {sign.date!r} is not YYYY-MM-DD — {hint}."
    try:
        on = datetime.date.fromisoformat(sign.date.strip())
    except ValueError:
        return "", f"{sign.where}: the date {sign.date!r} does not exist — {hint}."
    if on > datetime.date.today() or (sign.exported_on and on.isoformat() < sign.exported_on):
        return "", (f"{sign.where}: the date {on} is not between the export ({sign.exported_on or '?'}) and today "
                    "— write the day of the review.")
    return "", ""


def import_pack(path: Path) -> int:
    """Apply a reviewed pack: corrections in place, sign-offs, then the build's checks;
    see README "Native review without git"."""
    default, others = languages()

    @functools.cache
    def units_of(locale: str) -> dict:  # read once: the document reader needs them too
        if locale not in others:
            return {}
        return {unit.id: unit for unit in review_units.language_units(default, locale)[0]}

    try:
        pack = read_pack(path, units_of)
    except review_packs.PackError as error:
        print(f"Nothing imported: {error}", file=sys.stderr)
        return 2
    locale = pack.locale
    if locale not in others:
        print(f"{path}: the pack's language {locale!r} is not a translated language of mkdocs.yml "
              f"({', '.join(others)}) — is this a review pack of this site?", file=sys.stderr)
        return 2
    print(f"Review pack for {read_language_names()[locale]} ({locale}): {len(pack.entries)} unit(s), "
          f"{len(pack.sign_offs)} sign-off(s).")
    current = units_of(locale)
    refused, problems, changes, remarks, unchanged = [], [], [], [], 0
    refused_pages = set()
    for entry in pack.entries:
        unit = current.get(entry.id)
        if entry.comment:
            remarks.append(f"  {entry.id}: {entry.comment}")
        if unit is None:
            refused.append(f"{entry.id}: no longer in the Dutch and the translation (the page changed its "
                           "structure since the export)")
            refused_pages.add(entry.id.split("#")[0])
            continue
        if entry.problem:
            problems.append(f"{unit.file}:{unit.line}: unit {entry.id} ({unit.group}): {entry.problem}")
            continue
        if unit.source_hash != entry.source_hash:
            refused.append(f"{entry.id} ({unit.file}:{unit.line}): the Dutch changed since the export\n"
                           f"      then: {entry.source}\n      now:  {unit.source}")
            refused_pages.add(unit.group)
            continue
        if entry.new_target is None or entry.new_target.strip() == unit.target:
            unchanged += 1
            continue
        if unit.target_hash != entry.target_hash:
            refused.append(f"{entry.id} ({unit.file}:{unit.line}): the translation was edited in the repository "
                           f"since the export, and corrected by the reviewer\n      now:      {unit.target}\n"
                           f"      reviewer: {entry.new_target.strip()}\n      (merge them by hand)")
            refused_pages.add(unit.group)
            continue
        if why := correction_problem(entry, unit, locale):
            problems.append(f"{unit.file}:{unit.line}: unit {entry.id} ({unit.group}): {why}")
            continue
        changes.append((unit, entry.new_target.strip()))
    corrected = {unit.id for unit, _ in changes}
    sign_offs = []
    for sign in pack.sign_offs:
        refusal, problem = sign_off_problem(sign, default, locale, pack, current, refused_pages, corrected)
        if refusal:
            refused.append(refusal)
        elif problem:
            problems.append(problem)
        else:
            sign_offs.append(sign)
    if problems:
        print("Nothing imported: fix these in the pack and import it again.", *problems, sep="\n", file=sys.stderr)
        return 1
    backups: dict[Path, bytes] = {}

    def restore():
        for target, content in backups.items():
            target.write_bytes(content)

    written, reviewed = [], []
    try:
        for unit, new in changes:
            target = ROOT / unit.file
            backups.setdefault(target, target.read_bytes())
            if review_units.write_unit(default, locale, unit.id, new):
                written.append((unit, new))
        for sign in sign_offs:
            target = DOCS / locale / sign.page
            backups.setdefault(target, target.read_bytes())
            if mark_reviewed(DOCS, default, locale, sign.page, sign.name.strip(),
                             datetime.date.fromisoformat(sign.date.strip())):
                reviewed.append(sign)
    except (AuthorError, ValueError, KeyError) as error:
        restore()
        print(f"Nothing imported (every file is back as it was): {error}", file=sys.stderr)
        return 1
    unsealed = []  # safety texts the corrections changed, to be sealed by an editor
    if written or reviewed:
        build = build_check(default, locale)
        unsealed = only_seal_errors(build.stdout + build.stderr)
        if build.returncode != 0 and not unsealed:
            restore()
            before = build_check(default, locale)
            lines = {(unit.file, unit.line): unit for unit, _ in written}
            print("Nothing imported (every file is back as it was): "
                  + ("the site fails its checks already, without the pack — fix that first (scripts/translations.py "
                     f"check --lang {locale})." if before.returncode != 0 else "the build's checks fail on the result:"),
                  file=sys.stderr)
            for line in (build.stdout + build.stderr).splitlines():
                if match := re.search(r"((?:docs|translations)/[^\s:]+):(\d+):", line):
                    unit = lines.get((match.group(1), int(match.group(2))))
                    if unit:
                        line = f"unit {unit.id} ({unit.group}): {line}"
                if line.startswith(("ERROR", "WARNING")) or "unit " in line:
                    print("  " + line, file=sys.stderr)
            return 1
    for unit, new in written:
        print(f"corrected {unit.file}:{unit.line} ({unit.id}):\n{word_diff(unit.target, new)}")
    for sign in reviewed:
        verdict = review_packs.VERDICTS.get(sign.verdict.strip().casefold(), "")
        print(f"reviewed  docs/{locale}/{sign.page} (by {sign.name.strip()}, {sign.date.strip()}"
              f"{', ' + verdict if verdict else ''})")
    if remarks:
        print("The reviewer's remarks (not imported: answer them, or edit the pages by hand):", *remarks, sep="\n")
    if unsealed:
        print(f"The corrections change sealed safety texts ({', '.join(unsealed)}): the build stops until an editor "
              f"has checked each and sealed it: scripts/translations.py seal --lang {locale} --by NAME (it asks for a "
              "literal back-translation into Dutch).")
    print(f"{len(written)} correction(s), {len(reviewed)} page(s) signed off, {unchanged} unit(s) as they were, "
          f"{len(refused)} refused.")
    if refused:
        print("Refused (nothing of these was written):", *[f"  {r}" for r in refused], sep="\n", file=sys.stderr)
        return 1
    return 0


def only_seal_errors(output: str) -> list[str]:
    """The safety texts a build refused only because they wait for a seal (a reviewer's
    correction of a danger box): their ids; [] when the build failed for anything else too."""
    errors = [line for line in output.splitlines() if line.startswith("ERROR")]
    found = [re.search(r"sealed safety text (\S+) changed without a new seal", line) for line in errors]
    return [match.group(1) for match in found if match] if errors and all(found) else []


def word_diff(old: str, new: str) -> str:
    """The changed words of a correction, for the editor to read before committing."""
    a, b = old.split(), new.split()
    out = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag != "equal":
            out += [f"    - {' '.join(a[i1:i2])}"] if i2 > i1 else []
            out += [f"    + {' '.join(b[j1:j2])}"] if j2 > j1 else []
    return "\n".join(out)


def build_check(default: str, locale: str | None) -> subprocess.CompletedProcess:
    """The strict HTML build (no PDFs, no Chromium) of the Dutch and one language, or all."""
    env = {**os.environ, "SITE_PDF": "0", "NO_MKDOCS_2_WARNING": "1"}
    if locale:
        env["SITE_LANGUAGES"] = f"{default},{locale}"
    with tempfile.TemporaryDirectory() as site:
        return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", site],
                              cwd=ROOT, capture_output=True, text=True, env=env)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command")
    p_status = sub.add_parser("status")
    p_status.add_argument("--check", action="store_true")
    p_check = sub.add_parser("check")
    p_check.add_argument("--lang")
    p_stamp = sub.add_parser("stamp")
    p_stamp.add_argument("--lang", required=True)
    p_stamp.add_argument("--all", action="store_true", dest="every",
                         help="every outdated page: shows what changed in the Dutch and asks first")
    p_stamp.add_argument("pages", nargs="*")
    p_export = sub.add_parser("export", help="a review pack (XLIFF, Word, PDF) for one language")
    p_export.add_argument("--lang", required=True)
    p_export.add_argument("--pages", nargs="+", default=[], help="only these pages (default: every page and "
                          "the term base, editorial notes and interface strings)")
    p_export.add_argument("--out", required=True, type=Path)
    p_seal = sub.add_parser("seal", help="seal a language's safety texts after checking them")
    p_seal.add_argument("--lang", required=True)
    p_seal.add_argument("--by", required=True, help="who checked them and writes the back-translations")
    p_import = sub.add_parser("import", help="bring a reviewed pack back")
    p_import.add_argument("file", type=Path)
    args = parser.parse_args()
    if args.command == "export":
        return export_pack(args.lang, args.pages, args.out)
    if args.command == "import":
        return import_pack(args.file)
    if args.command == "seal":
        return seal(args.lang, args.by)
    if args.command == "check":
        return check(args.lang)
    if args.command == "stamp":
        if args.pages and args.every:
            parser.error("give page names or --all, not both")
        return stamp_pages(args.lang, args.pages, args.every)
    return status(getattr(args, "check", False))


if __name__ == "__main__":
    try:
        sys.exit(main())
    except AuthorError as error:  # a slip in a file editors write: its place, not a traceback
        print(error, file=sys.stderr)
        sys.exit(1)
