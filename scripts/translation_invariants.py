"""Compare a translated page of the built site with its Dutch page: what must be the
same in every language (headings ids, numbers, link targets, admonitions, list items).

Used by scripts/translations.py (check) and tests/test_translations_invariants.py."""

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bs4 import BeautifulSoup, Tag

DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३४५६७८९", "0123456789" * 3)
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
HEADINGS = ("h1", "h2", "h3", "h4")
SKIP = ".site-help, .site-notice, .site-downloads, .site-handouts, .handout-footer, .headerlink"


@dataclass
class Section:
    id: str
    numbers: Counter = field(default_factory=Counter)
    list_items: int = 0
    admonitions: int = 0


@dataclass
class PageFacts:
    heading_ids: list
    sections: dict
    external_links: Counter
    internal_links: Counter


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


def page_facts(html: str, page_dir: str) -> PageFacts:
    """page_dir: the page's directory relative to its locale root ('' for home)."""
    soup = BeautifulSoup(html, "lxml")
    article = soup.select_one("article.md-content__inner")
    for node in article.select(SKIP):
        node.decompose()
    sections = {}
    current = Section("(top)")
    sections[current.id] = current
    heading_ids = []
    external, internal = Counter(), Counter()
    for node in article.descendants:
        if not isinstance(node, Tag):
            continue
        if node.name in HEADINGS and node.get("id"):
            heading_ids.append(node["id"])
            current = sections.setdefault(node["id"], Section(node["id"]))
        elif node.name == "li":
            current.list_items += 1
        elif node.name == "div" and "admonition" in (node.get("class") or []):
            current.admonitions += 1
        elif node.name == "a" and node.get("href"):
            href = node["href"]
            if re.match(r"^(https?:|mailto:|tel:)", href):
                external[href] += 1
            elif not href.startswith("#"):
                internal[normalise_internal(href, page_dir)] += 1
            else:
                internal[normalise_internal(href, page_dir)] += 1
    # Numbers: text directly inside each section (headings included).
    current = sections["(top)"]
    for node in article.descendants:
        if isinstance(node, Tag):
            if node.name in HEADINGS and node.get("id"):
                current = sections[node["id"]]
            continue
        text = str(node).translate(DIGITS)
        current.numbers.update(NUMBER.findall(text))
    return PageFacts(heading_ids, sections, external, internal)


def compare(source: PageFacts, translation: PageFacts, where: str) -> list[str]:
    """Differences, each naming the page, the section and what differs."""
    problems = []
    if source.heading_ids != translation.heading_ids:
        missing = [i for i in source.heading_ids if i not in translation.heading_ids]
        extra = [i for i in translation.heading_ids if i not in source.heading_ids]
        problems.append(
            f"{where}: heading ids differ from Dutch (missing {missing}, extra {extra}, "
            "or another order)"
        )
    for section_id, dutch in source.sections.items():
        translated = translation.sections.get(section_id)
        if translated is None:
            continue
        label = f"{where}, section #{section_id}"
        if dutch.numbers != translated.numbers:
            problems.append(
                f"{label}: numbers differ: Dutch {sorted(dutch.numbers.elements())}, "
                f"translation {sorted(translated.numbers.elements())}"
            )
        if dutch.list_items != translated.list_items:
            problems.append(f"{label}: {translated.list_items} list items, Dutch has {dutch.list_items}")
        if dutch.admonitions != translated.admonitions:
            problems.append(f"{label}: {translated.admonitions} admonitions, Dutch has {dutch.admonitions}")
    if source.external_links != translation.external_links:
        problems.append(
            f"{where}: external/mailto/tel links differ: Dutch {sorted(source.external_links)}, "
            f"translation {sorted(translation.external_links)}"
        )
    if source.internal_links != translation.internal_links:
        diff = (source.internal_links - translation.internal_links) + (
            translation.internal_links - source.internal_links)
        problems.append(f"{where}: internal link targets differ: {sorted(diff)}")
    return problems


def compare_built_page(site: Path, default: str, locale: str, page_path: str, where: str) -> list[str]:
    """page_path: e.g. 'gevolgen/' or '' (home), relative to a locale root."""
    dutch_file = site / page_path / "index.html"
    translated_file = site / locale / page_path / "index.html"
    return compare(
        page_facts(dutch_file.read_text(encoding="utf-8"), page_path),
        page_facts(translated_file.read_text(encoding="utf-8"), page_path),
        where,
    )
