"""translations/termbase.yml is complete, and its style rules hold everywhere; each
problem an error with the file, the line and what to do:

- every term has an id, a `see` that points at an existing page and heading id, and a
  term and definition in every language of the site (a missing one would show the
  Dutch in that language's glossary);
- `style:` records, per language, the one word chosen for a concept and the variants
  not to use:

      style:
        tr:
          - concept: geweld          # the Dutch concept
            use: şiddet              # the chosen word (stem)
            reject: [zorbalık]       # variants not to use (stems)
            note: optional explanation for translators

  A rejected variant (matched case-insensitively at the start of a word, so suffixes
  still match) is an error on every line of docs/<language>/*.md, of that language's
  term base entries and of its interface strings that holds it."""

import re
from pathlib import Path

from mkdocs.plugins import get_plugin_logger

from _files import load_yaml_with_lines, project_path, read_text
from _i18n import current_locale, default_locale
from _markdown import ids_in
from _site_strings import load_with_lines, path as strings_path

log = get_plugin_logger("termbase")

TERMBASE = "translations/termbase.yml"
STYLE_KEYS = ("concept", "use", "reject", "note")


def on_pre_build(config):
    if current_locale(config) != default_locale(config):
        return  # once per build, not once per language
    languages = [language.locale for language in config.plugins["i18n"].config.languages]
    for problem in termbase_problems(Path(config.config_file_path).parent, Path(config.docs_dir),
                                     default_locale(config), languages):
        log.error(problem)


def termbase_problems(root: Path, docs: Path, default: str, languages: list[str]) -> list[str]:
    data = load_yaml_with_lines(read_text(root / TERMBASE, TERMBASE), TERMBASE) or {}
    problems = term_problems(data.get("terms") or [], docs, default, languages)
    rules, style_problems = style_rules(data, default, languages)
    problems += style_problems
    problems += style_violations(root, docs, rules, data.get("terms") or [])
    return problems


def term_problems(terms, docs: Path, default: str, languages: list[str]) -> list[str]:
    problems = []
    for term in terms:
        line = getattr(term, "line", 1)
        if not isinstance(term, dict) or not term.get("id"):
            problems.append(f"{TERMBASE}:{line}: a term needs 'id:', 'see:' and an entry per language — "
                            "see the other terms.")
            continue
        name = term["id"]
        for locale in languages:
            entry = term.get(locale)
            if not isinstance(entry, dict) or not entry.get("term") or not entry.get("definition"):
                what = "entry" if entry is None else "term and definition"
                problems.append(f"{TERMBASE}:{line}: term '{name}' has no {locale} {what} — add '{locale}:' with "
                                "'term:' and 'definition:' (until then that language's glossary shows the Dutch).")
        see = str(term.get("see") or "")
        see_line = term.key_lines.get("see", line) if hasattr(term, "key_lines") else line
        page, _, anchor = see.partition("#")
        target = docs / default / page
        if not see:
            problems.append(f"{TERMBASE}:{line}: term '{name}' has no 'see:' — give the page#id where the "
                            "brochure explains it.")
        elif not page.endswith(".md") or not target.is_file():
            problems.append(f"{TERMBASE}:{see_line}: see '{see}': docs/{default}/{page} does not exist — use the "
                            "file name of a page (see the nav in mkdocs.yml).")
        elif anchor and anchor not in ids_in(str(target)):
            problems.append(f"{TERMBASE}:{see_line}: see '{see}': docs/{default}/{page} has no id '#{anchor}' — "
                            "use one of its heading ids.")
    return problems


def style_rules(data, default: str, languages: list[str]) -> tuple[dict, list[str]]:
    """({locale: {folded stem: (stem, entry)}}, problems with the section itself)."""
    style = data.get("style")
    problems, rules = [], {}
    if style is None:
        return rules, problems
    line = getattr(data, "key_lines", {}).get("style", 1)
    translated = [locale for locale in languages if locale != default]
    if not isinstance(style, dict):
        return rules, [f"{TERMBASE}:{line}: 'style:' must hold one list per language ({', '.join(translated)})."]
    for locale, entries in style.items():
        locale_line = style.key_lines.get(locale, line)
        if locale not in translated:
            problems.append(f"{TERMBASE}:{locale_line}: style: '{locale}' is not a translated language of the "
                            f"site — use one of {', '.join(translated)}.")
            continue
        if entries is None:
            continue
        if not isinstance(entries, list):
            problems.append(f"{TERMBASE}:{locale_line}: style.{locale} must be a list of '- concept:' entries "
                            "(or [] while there are none).")
            continue
        for entry in entries:
            entry_line = getattr(entry, "line", locale_line)
            if not isinstance(entry, dict):
                problems.append(f"{TERMBASE}:{entry_line}: style.{locale}: an entry has 'concept:', 'use:' and "
                                "'reject:' lines.")
                continue
            unknown = [key for key in entry if key not in STYLE_KEYS]
            for key in unknown:
                problems.append(f"{TERMBASE}:{entry.key_lines.get(key, entry_line)}: style.{locale}: unknown key "
                                f"'{key}' — use {', '.join(STYLE_KEYS)}.")
            missing = [key for key in ("concept", "use") if not entry.get(key)]
            missing += [] if "reject" in entry else ["reject"]  # 'reject: []' records the word only
            if missing:
                problems.append(f"{TERMBASE}:{entry_line}: style.{locale} entry '{entry.get('concept', '?')}' lacks "
                                f"{', '.join(missing)} — give the Dutch concept, the word to use and the list "
                                "of variants to reject.")
                continue
            reject = entry["reject"] or []
            if isinstance(reject, str):
                reject = [reject]
            if not isinstance(reject, list) or not all(isinstance(stem, str) and stem.strip() for stem in reject):
                problems.append(f"{TERMBASE}:{entry.key_lines.get('reject', entry_line)}: style.{locale} entry "
                                f"'{entry['concept']}': reject must be a list of words, e.g. [word, other].")
                continue
            for stem in reject:
                rules.setdefault(locale, {})[fold(stem.strip())] = (stem.strip(), entry)
    return rules, problems


def fold(word: str) -> str:
    """Case-folded, Turkish capital İ included."""
    return word.replace("İ", "i").casefold()


def style_violations(root: Path, docs: Path, rules: dict, terms) -> list[str]:
    problems = []

    def check(where: str, numbered_lines, locale: str):
        stems = rules[locale]
        # One pattern per language: any rejected stem at the start of a word.
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(stems[key][0]) for key in
                                                    sorted(stems, key=len, reverse=True)) + ")", re.I)
        for number, line in numbered_lines:
            for match in pattern.finditer(line):
                stem, entry = stems[fold(match.group(0))]
                problems.append(f"{where}:{number}: '{stem}' is a rejected variant for '{entry['concept']}' "
                                f"in {TERMBASE} (style.{locale}) — write '{entry['use']}'.")

    termbase_lines = read_text(root / TERMBASE, TERMBASE).split("\n")
    for locale in sorted(rules):
        for path in sorted((docs / locale).glob("*.md")):
            where = project_path(path, root)
            check(where, enumerate(read_text(path, where).split("\n"), 1), locale)
        for term in terms:
            entry = term.get(locale) if isinstance(term, dict) else None
            if not isinstance(entry, dict):
                continue
            for key in ("term", "definition"):
                first, last = entry.value_lines.get(key, (0, -1))
                check(TERMBASE, ((n, termbase_lines[n - 1]) for n in range(first, last + 1)), locale)
        strings = strings_path(locale, root)
        if strings.exists():
            check(project_path(strings, root), ((line, text) for text, line in load_with_lines(locale, root).values()),
                  locale)
    return problems
