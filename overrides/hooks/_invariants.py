"""What a translated page keeps from its Dutch page, compared section by section (a
section: a heading with its id, up to the next heading with an id):

- the same heading ids, in the same order;
- the same boxes (admonitions), by type and in order (each with text: markdown_checks.py);
- the same number of paragraphs and of list items;
- the same numbers: in digits, and in words as far as translations/number-words.yml
  knows them (a number the Dutch writes in words may be written in digits);
- the same link targets.

And, on its own: a paragraph (or item, cell, heading) of a translated page that is in
Dutch, or, for a language with its own script, in none of that script, unless it or
an element around it is marked with another language (`lang="nl"`).

Facts come from rendered HTML: in the build, each page's content (translation_checks.py);
in the tests, the built page's article (`facts_of_built_page`). What the site adds by
itself (notices, help, downloads, handout links, editorial notes, section links) is
left out. Messages name the translated file and the line: the line of the text in
question when it can be found in the Markdown, else that of the section's heading."""

import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import lxml.html
from lxml import etree

from _files import read_text
from _markdown import SourceLines

DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३४५६७८९", "0123456789" * 3)
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# Added by the site, not translated text (partials/*.html, editorial_notes.py, toc).
SKIP_CLASSES = {"site-help", "site-notice", "site-downloads", "site-handouts", "site-side-by-side",
                "handout-footer", "headerlink", "editorial-note", "print-cover", "site-handout-pdfs",
                "site-start", "site-start__safety", "site-page-toc"}
BLOCKS = HEADINGS | {"p", "li", "td", "th", "dt", "dd", "figcaption"}
LINK_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)  # http:, mailto:, tel: (others: content_safety.py)
NUMBER_WORDS_FILE = "translations/number-words.yml"

# Dutch detection. A block is Dutch when at least DUTCH_MIN_HITS of its words, and at
# least DUTCH_SHARE of them, are these Dutch function words. Left out: words that are
# also Turkish or Sranan words (de, en, te, na, so, kan, dan, no, hem, a, wan, di).
# Measured on this site: 9 in 10 Dutch paragraphs of six words or more reach it, no
# translated paragraph comes near (at most 5%; names and quoted terms are marked
# lang="nl"/"en" and not counted). Short items (a name, a number) never reach it.
DUTCH_WORDS = frozenset("""
het een van dat die voor met zijn niet als ook aan bij naar maar hun zij wat door dit
deze worden wordt hebben heeft over uit nog meer geen zich hoe wanneer omdat kunnen
moeten moet wel om op of er is in je ze zo jullie wij we hij haar ons onze mijn
waar waarom welke alle veel vaak soms dus toch al tegen tussen zonder
""".split())
DUTCH_SHARE = 0.15
DUTCH_MIN_HITS = 3
# Languages written in their own script: a block of at least SCRIPTLESS_WORDS words
# with none of it is not in that language.
SCRIPTS = {"ar": re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]"),
           "hi": re.compile(r"[\u0900-\u097F]")}
SCRIPTLESS_WORDS = 4
WORD = re.compile(r"[^\W\d_]+")
# Letters, digits and the marks and joiners inside Arabic and Devanagari words.
WORD_CHAR = r"[\w\u0300-\u036F\u0600-\u06FF\u0900-\u097F\u200c\u200d]"


@dataclass
class Section:
    id: str
    numbers: Counter = field(default_factory=Counter)   # digits, as written
    words: Counter = field(default_factory=Counter)     # values of numbers in words
    spelled: dict = field(default_factory=dict)          # value -> the words found
    paragraphs: int = 0
    list_items: int = 0
    boxes: list = field(default_factory=list)            # admonition types, in order


@dataclass
class PageFacts:
    heading_ids: list
    sections: dict
    external_links: Counter
    internal_links: Counter
    blocks: list            # (section id, text in the page's language) per block


# -- number words -------------------------------------------------------------------

@functools.lru_cache(maxsize=None)
def _number_words(path: str, mtime: float) -> dict:
    from _files import load_yaml

    data = load_yaml(read_text(path, NUMBER_WORDS_FILE), NUMBER_WORDS_FILE) or {}
    tables = {}
    for locale, entry in data.items():
        prefixes = "|".join(re.escape(p) for p in sorted(entry.get("prefixes", []), key=len, reverse=True))
        words = {fold(str(word)): str(value) for value, listed in (entry.get("words") or {}).items()
                 for word in listed}
        if not words:
            continue
        alternatives = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
        # Phrases after which a number word is an ordinal: fixed-width lookbehinds, one each.
        not_after = "".join(rf"(?<!{re.escape(phrase)} )" for phrase in entry.get("not_after", []))
        prefix = f"(?:{prefixes})?" if prefixes else ""
        pattern = re.compile(rf"(?<!{WORD_CHAR}){not_after}{prefix}({alternatives})(?!{WORD_CHAR})", re.I)
        tables[locale] = (pattern, words, set(words.values()))
    return tables


def number_words(root: Path) -> dict:
    """locale -> (pattern, {word: value}, the values it has words for)."""
    path = Path(root) / NUMBER_WORDS_FILE
    return _number_words(str(path), path.stat().st_mtime)


def spelled_numbers(text: str, table) -> list[tuple[str, str]]:
    """(value, word) for each number written in words."""
    pattern, words, _ = table
    return [(words[fold(match.group(1))], match.group(1)) for match in pattern.finditer(text)]


def fold(word: str) -> str:
    """Case-folded, Turkish capital İ included ('İki' is 'iki')."""
    return word.replace("İ", "i").casefold()


# -- facts ----------------------------------------------------------------------------

def normalise_internal(href: str, page_dir: str) -> str:
    """A link relative to the page, as a path within its locale ('gevolgen/#x')."""
    parts = [p for p in page_dir.split("/") if p]
    path, _, anchor = href.partition("#")
    for piece in path.split("/"):
        if piece == "..":
            parts = parts[:-1]
        elif piece and piece != ".":
            parts.append(piece)
    return "/".join(parts) + ("/" if parts else "") + (f"#{anchor}" if anchor else "")


def classes(element) -> set[str]:
    return set((element.get("class") or "").split())


def box_type(element) -> str | None:
    """The type of an admonition (`!!! danger`) or collapsible box (`??? danger`)."""
    if element.tag == "div" and "admonition" in classes(element):
        return next(iter(sorted(classes(element) - {"admonition"})), "note")
    if element.tag == "details":
        return next(iter(sorted(classes(element))), "note")
    return None


def parse(html: str):
    return lxml.html.fragment_fromstring(html or "<p></p>", create_parent="div")


def page_facts(html: str, page_dir: str, locale: str, words_tables: dict) -> PageFacts:
    """html: a page's rendered content; page_dir: its directory relative to its locale
    root ('' for home); locale: the language it is written in."""
    return facts_of(parse(html), page_dir, locale, words_tables)


def facts_of(root, page_dir: str, locale: str, words_tables: dict) -> PageFacts:
    table = words_tables.get(locale)
    current = Section("(top)")
    sections = {current.id: current}
    heading_ids, blocks = [], []
    external, internal = Counter(), Counter()
    langs = [locale]           # the language of the text at this point
    block_stack = []           # [section id, lang of the block, [texts]] per open block

    def text(chunk):
        if not chunk:
            return
        plain = chunk.translate(DIGITS)
        current.numbers.update(NUMBER.findall(plain))
        if table and langs[-1] == locale:
            for value, word in spelled_numbers(chunk, table):
                current.words[value] += 1
                current.spelled.setdefault(value, []).append(word)
        if block_stack and langs[-1] == locale:
            block_stack[-1][2].append(chunk)

    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        if not isinstance(element.tag, str):  # comments
            if event == "end":
                text(element.tail)
            continue
        if event == "start":
            if classes(element) & SKIP_CLASSES:
                walker.skip_subtree()
                langs.append(langs[-1])
                continue
            langs.append(element.get("lang") or langs[-1])
            tag = element.tag
            if tag in HEADINGS and element.get("id"):
                heading_ids.append(element.get("id"))
                current = sections.setdefault(element.get("id"), Section(element.get("id")))
            if tag == "li":
                current.list_items += 1
            elif tag == "p" and "admonition-title" not in classes(element) \
                    and not any(a.tag == "li" for a in element.iterancestors()):
                current.paragraphs += 1
            elif (kind := box_type(element)) is not None:
                current.boxes.append(kind)
            elif tag == "a" and element.get("href"):
                href = element.get("href")
                if LINK_SCHEME.match(href):
                    external[href] += 1
                else:
                    internal[normalise_internal(href, page_dir)] += 1
            if tag in BLOCKS:
                block_stack.append([current.id, langs[-1], []])
            if tag not in ("code", "pre", "script", "style"):
                text(element.text)
        else:
            if element.tag in BLOCKS and block_stack and not (classes(element) & SKIP_CLASSES):
                section_id, lang, chunks = block_stack.pop()
                if lang == locale:
                    blocks.append((section_id, " ".join("".join(chunks).split())))
            langs.pop()
            text(element.tail)
    return PageFacts(heading_ids, sections, external, internal, blocks)


def article_of(path: Path):
    """The content of a built page (its article), for the tests."""
    document = lxml.html.fromstring(Path(path).read_bytes())
    found = document.xpath('//article[contains(concat(" ", @class, " "), " md-content__inner ")]')
    return found[0]


# -- comparison ------------------------------------------------------------------------

def show(values) -> str:
    return ", ".join(values)


def compare(source: PageFacts, translation: PageFacts, where: str, lines: SourceLines,
            known_words: set[str]) -> list[str]:
    """Differences, each "file:line: what differs — what to do". known_words: the
    values the translation's language has number words for (a Dutch number in words
    must then be there, in words or digits)."""
    problems = []
    if source.heading_ids != translation.heading_ids:
        problems += heading_problems(source.heading_ids, translation.heading_ids, where, lines)
    for section_id, dutch in source.sections.items():
        translated = translation.sections.get(section_id)
        if translated is None:
            continue
        problems += section_problems(section_id, dutch, translated, where, lines, known_words)
    problems += link_problems(source, translation, where, lines)
    return problems


def heading_problems(dutch: list, translated: list, where: str, lines: SourceLines) -> list[str]:
    problems = []
    if len(dutch) == len(translated):
        for expected, found in zip(dutch, translated):
            if expected != found:
                problems.append(f"{where}:{lines.heading(found)}: heading id '#{found}' is not the Dutch "
                                f"page's '#{expected}' at this place — translations keep the Dutch ids.")
        return problems
    for found in translated:
        if found not in dutch:
            problems.append(f"{where}:{lines.heading(found)}: heading id '#{found}' is not in the Dutch "
                            f"page — use the Dutch heading's id (the Dutch ids: {show(dutch)}).")
    for index, expected in enumerate(dutch):
        if expected not in translated:
            before = next((d for d in reversed(dutch[:index]) if d in translated), None)
            line = lines.heading(before) if before else lines.first
            problems.append(f"{where}:{line}: the Dutch section '#{expected}' is missing here — translate "
                            "it, with the Dutch id '{ #" + expected + " }' on its heading.")
    if not problems:
        problems.append(f"{where}:{lines.first}: heading ids are in another order than in the Dutch "
                        f"({show(dutch)}) — keep the Dutch order.")
    return problems


def section_problems(section_id, dutch: Section, translated: Section, where, lines, known_words) -> list[str]:
    label = f"section #{section_id}"
    problems = []
    heading = lines.heading(section_id)
    if dutch.boxes != translated.boxes:
        index = next((i for i, (a, b) in enumerate(zip(dutch.boxes, translated.boxes)) if a != b),
                     min(len(dutch.boxes), len(translated.boxes)))
        line = lines.find("!!!", section_id, occurrence=index + 1) or lines.find("???", section_id) or heading
        problems.append(
            f"{where}:{line}: {label}: the boxes differ from the Dutch: Dutch "
            f"{show('!!! ' + b for b in dutch.boxes) or 'none'}, this page "
            f"{show('!!! ' + b for b in translated.boxes) or 'none'} — keep each Dutch box with its "
            "English keyword (the title is translated from mkdocs.yml), in the same order.")
    if dutch.paragraphs != translated.paragraphs:
        problems.append(
            f"{where}:{heading}: {label} has {translated.paragraphs} paragraph(s), the Dutch has "
            f"{dutch.paragraphs} — translate every paragraph of the Dutch section, none left out, "
            "merged or split (separate paragraphs by one empty line).")
    if dutch.list_items != translated.list_items:
        problems.append(f"{where}:{heading}: {label} has {translated.list_items} list item(s), the Dutch has "
                        f"{dutch.list_items} — translate every item, one per line starting with '- '.")
    expected = dutch.numbers + dutch.words
    found = translated.numbers + translated.words
    if expected != found:
        missing, extra = expected - found, found - expected
        # A number the Dutch writes in words, for which this language has no word listed
        # (Sranan 'tu' also means 'too'; the Arabic dual says 'two' without one).
        for value in list(missing):
            if value in dutch.words and value not in known_words:
                missing[value] -= min(missing[value], dutch.words[value])
        missing = +missing
        if missing or extra:
            def spelled(section, values):
                return show(f"{v} ('{section.spelled[v][0]}')" if v in section.spelled else v
                            for v in sorted(values.elements(), key=_numeric))
            parts = []
            if missing:
                parts.append(f"the Dutch has {spelled(dutch, missing)}, which this section lacks")
            if extra:
                parts.append(f"this section has {spelled(translated, extra)}, which the Dutch does not")
            words = [w for v in extra for w in translated.spelled.get(v, [])]
            line = lines.locate(section_id, *sorted(extra, key=_numeric), *words)
            problems.append(f"{where}:{line}: {label}: numbers differ from the Dutch: {'; '.join(parts)} — "
                            "write the Dutch numbers (digits as digits; a number in words in words or digits).")
    return problems


def _numeric(value: str):
    digits = re.sub(r"\D", "", value)
    return (int(digits) if digits else 0, value)


def link_problems(source: PageFacts, translation: PageFacts, where: str, lines: SourceLines) -> list[str]:
    problems = []
    for kind, dutch, translated in (("link", source.external_links, translation.external_links),
                                    ("link", source.internal_links, translation.internal_links)):
        for target in sorted(translated - dutch):
            line = lines.find(target.rstrip("/").split("/")[-1].split("#")[-1] or target) or lines.first
            if LINK_SCHEME.match(target):
                line = lines.find(target.split(":", 1)[1].lstrip("/")) or line
            problems.append(f"{where}:{line}: {kind} to '{target}' is not in the Dutch page — a translation "
                            "links where the Dutch links (an editor adds a new link to the Dutch page first).")
        for target in sorted(dutch - translated):
            problems.append(f"{where}:{lines.first}: the Dutch page links to '{target}', this page does not — "
                            "keep the Dutch link (translate only its words).")
    return problems


# -- language of the text ----------------------------------------------------------------

def foreign_blocks(facts: PageFacts, locale: str) -> list[tuple[str, str, str]]:
    """(section id, text, why) for each block not in the page's language."""
    script = SCRIPTS.get(locale)
    found = []
    for section_id, text in facts.blocks:
        words = WORD.findall(text)
        hits = sum(1 for word in words if word.casefold() in DUTCH_WORDS)
        if hits >= DUTCH_MIN_HITS and hits >= DUTCH_SHARE * len(words):
            found.append((section_id, text, "is in Dutch"))
        elif script and len(words) >= SCRIPTLESS_WORDS and not script.search(text):
            found.append((section_id, text, "has no word in this language's script"))
    return found


def language_problems(facts: PageFacts, locale: str, where: str, lines: SourceLines) -> list[str]:
    problems = []
    for section_id, text, why in foreign_blocks(facts, locale):
        line = lines.of_text(text, section_id) or lines.of_text(text) or lines.heading(section_id)
        quoted = text if len(text) <= 60 else text[:57] + "…"
        problems.append(
            f"{where}:{line}: this text {why}: '{quoted}' — translate it; a quotation that must stay "
            "Dutch is marked <span lang=\"nl\">…</span> (or '{ lang=nl }' after a paragraph).")
    return problems
