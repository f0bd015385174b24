"""The translation check, in every build (scripts/build, mkdocs serve, CI and
`scripts/translations.py check`): no translated page says less, or something else,
than the Dutch. Each error names the translated file and line and what to do.

- Every translated page (nav or not: handouts included) is compared with its Dutch
  page, section by section (_invariants.py): heading ids, boxes by type and order,
  paragraphs, list items, numbers in digits and in words, links. A page whose Dutch
  text changed since it was stamped is not compared: it says it is outdated, and
  `translations.py status --check` fails until it is updated and re-stamped.
- A paragraph of a translated page in Dutch (or in none of its script) is an error
  unless marked lang="nl".
- The `translation:` front matter: status draft or reviewed; reviewed needs
  reviewed_by and reviewed_on.
- Interface strings (translations/interface/<locale>.yml): the same keys
  as Dutch, plain text, no number or phone number the Dutch string does not have (a
  Dutch number may be written in words: Arabic says 'twice' without a digit) and the
  same addresses."""

import re
from pathlib import Path

from mkdocs.plugins import event_priority, get_plugin_logger

from _files import project_path, read_text
from _i18n import current_locale, default_locale, page_locale
from _invariants import DIGITS, NUMBER, compare, foreign_blocks, language_problems, number_words, page_facts
from _markdown import SourceLines
from _site_strings import STRINGS_DIR, load_with_lines
from _translation import page_state, translation_problems

log = get_plugin_logger("translations")

ADDRESS = re.compile(r"(?:https?://|www\.)[^\s\"')]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
MARKUP = re.compile(r"<\s*/?\s*[A-Za-z!]|&#?\w+;")

facts: dict[str, dict[str, object]] = {}    # locale -> page name -> PageFacts
sources: dict[str, dict[str, str]] = {}     # locale -> page name -> Markdown path


def root_of(config) -> Path:
    return Path(config.config_file_path).parent


def name_of(page) -> str:
    return page.file.src_uri.split("/", 1)[1]


def page_dir(page, locale: str, config) -> str:
    prefix = "" if locale == default_locale(config) else f"{locale}/"
    url = page.url
    return url[len(prefix):] if url.startswith(prefix) else url


@event_priority(50)
def on_pre_build(config):
    if current_locale(config) != default_locale(config):
        return  # once per build, not once per language
    facts.clear()
    sources.clear()
    root = root_of(config)
    for problem in front_matter_problems(root, Path(config.docs_dir), default_locale(config)):
        log.error(problem)
    for problem in site_string_problems(root, default_locale(config)):
        log.error(problem)


def front_matter_problems(root: Path, docs: Path, default: str) -> list[str]:
    problems = []
    for path in sorted(docs.glob("*/*.md")):
        if path.parent.name != default:
            problems += translation_problems(path, project_path(path, root))
    return problems


@event_priority(-100)  # after every hook that changes the content (links, notes, term base)
def on_page_content(html, page, config, files):
    locale = current_locale(config)
    if page_locale(page) != locale:
        return html  # a Dutch page shown in place of a missing translation
    root = root_of(config)
    tables = number_words(root)
    found = page_facts(html, page_dir(page, locale, config), locale, tables)
    facts.setdefault(locale, {})[name_of(page)] = found
    sources.setdefault(locale, {})[name_of(page)] = page.file.abs_src_path
    if locale != default_locale(config) and foreign_blocks(found, locale):
        where = f"docs/{page.file.src_uri}"
        lines = SourceLines(read_text(page.file.abs_src_path, where))
        for problem in language_problems(found, locale, where, lines):
            log.error(problem)
    return html


def on_post_build(config):
    """After each language's pages: compare them with the Dutch (built first)."""
    locale, default = current_locale(config), default_locale(config)
    if locale == default:
        return
    tables = number_words(root_of(config))
    known = tables[locale][2] if locale in tables else set()
    docs = Path(config.docs_dir)
    compared, outdated = 0, []
    for name, translated in sorted(facts.get(locale, {}).items()):
        dutch = facts.get(default, {}).get(name)
        if dutch is None:
            continue  # no Dutch page (the bilingual handout is built from the handouts)
        state = page_state(docs, default, locale, name)
        if state.state not in ("draft", "reviewed"):
            outdated.append(name)
            continue
        compared += 1
        where = f"docs/{locale}/{name}"
        lines = SourceLines(read_text(sources[locale][name], where))
        for problem in compare(dutch, translated, where, lines, known):
            log.error(problem)
    log.info(f"{locale}: {compared} page(s) compared with the Dutch"
             + (f"; not compared, the Dutch changed since: {', '.join(outdated)} (see "
                "scripts/translations.py status)" if outdated else ""))


# -- interface strings --------------------------------------------------------------------

def numbers_in(text: str) -> list[str]:
    """Digits only: Dutch compounds hide number words ('tweetalig' is 'iki dilde')."""
    return NUMBER.findall(text.translate(DIGITS))


def site_string_problems(root: Path, default: str) -> list[str]:
    from collections import Counter

    dutch = load_with_lines(default, root)
    problems = []
    for path in sorted((root / STRINGS_DIR).glob("*.yml")):
        locale = path.stem
        where = project_path(path, root)
        strings = load_with_lines(locale, root)
        for key, (text, line) in strings.items():
            if MARKUP.search(text):
                problems.append(f"{where}:{line}: '{key}' contains HTML ({MARKUP.search(text).group(0)!r}) — "
                                "interface strings are plain text: write it without tags or entities.")
        if locale == default:
            continue
        for key in dutch.keys() - strings.keys():
            problems.append(f"{where}:1: no string '{key}' — add it: copy its line from {default}.yml and "
                            "translate the text.")
        for key in strings.keys() - dutch.keys():
            problems.append(f"{where}:{strings[key][1]}: '{key}' is not a string of {default}.yml — remove "
                            "it, or add it to every language.")
        for key, (text, line) in strings.items():
            if key not in dutch:
                continue
            source = dutch[key][0]
            extra = Counter(numbers_in(text)) - Counter(numbers_in(source))
            if extra:
                problems.append(
                    f"{where}:{line}: '{key}' has {', '.join(sorted(extra.elements()))}, which the Dutch "
                    f"string does not — numbers, phone numbers and addresses stay as in {default}.yml (the "
                    "help numbers come from mkdocs.yml, extra.help); translate only the words.")
            addresses, dutch_addresses = Counter(ADDRESS.findall(text)), Counter(ADDRESS.findall(source))
            if addresses != dutch_addresses:
                problems.append(
                    f"{where}:{line}: '{key}' has the addresses {sorted(addresses) or 'none'}, the Dutch string "
                    f"{sorted(dutch_addresses) or 'none'} — keep the Dutch addresses and file names as they are.")
    return problems
