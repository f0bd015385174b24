"""The Dutch pages hold every sentence of the brochure (tests/data/brochure.nl.txt, a
copy of the raw PDF extraction), compared independently of the Markdown: from the
built HTML, after undoing only layout (hyphenation, line breaks, case, bullets) and
the spelling and grammar slips this edition corrected (translations/brochure-corrections.yml,
listed on the colophon)."""

import re
import unicodedata
from pathlib import Path

import pytest
import yaml

from conftest import DEFAULT_LOCALE, ROOT, page_file, page_names, soup_of

DATA = Path(__file__).parent / "data"
# Lines of the printed layout that are not brochure text: page numbers, map labels.
LAYOUT_ONLY = {line.split("#", 1)[0].strip() for line in
               (DATA / "brochure-layout-only.txt").read_text(encoding="utf-8").splitlines()}
LAYOUT_ONLY.discard("")


def normalise(text: str) -> str:
    """Compare words and punctuation only: no case, spacing, hyphens or quote style."""
    text = unicodedata.normalize("NFC", text).lower()
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"[\s\-\u00ad\u2010\u2011\ufffd•¶]+", "", text)  # ¶: the section links


def corrections() -> list[dict]:
    return yaml.safe_load((ROOT / "translations/brochure-corrections.yml").read_text(encoding="utf-8"))["corrections"]


def corrected(unit: str) -> str:
    """A brochure unit, normalised, with the edition's corrections applied."""
    text = normalise(unit)
    for correction in corrections():
        text = text.replace(normalise(correction["brochure"]), normalise(correction["site"]))
    return text


def page_references() -> list[tuple[str, str]]:
    """The brochure's "zie pagina N" and the link text that replaces it on the site."""
    pairs = []
    for line in (DATA / "brochure-page-references.txt").read_text(encoding="utf-8").splitlines():
        if "=>" in line and not line.startswith("#"):
            printed, online = (part.strip() for part in line.split("=>"))
            pairs.append((printed, online))
    return pairs


def is_caps_line(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and not any(c.islower() for c in letters)


def brochure_units() -> list[str]:
    """Sentences of the brochure; all-caps headings and labels count as units too."""
    raw = (DATA / "brochure.nl.txt").read_text(encoding="utf-8")
    # A heading glued to the next text in the extraction: "AANPAKTools" -> "AANPAK|Tools".
    raw = re.sub(r"([A-ZË]{2,})([A-Z][a-zë])", r"\1\n\n\2", raw)
    blocks, block = [], []
    for line in raw.splitlines():
        if line.strip() in LAYOUT_ONLY:
            continue
        # Blank lines, headings and lines the extraction indents (page or column
        # breaks) end a block.
        if not line.strip() or is_caps_line(line) or line.startswith(" "):
            blocks.append(" ".join(block))
            block = []
            if is_caps_line(line):
                blocks.append(line)
                continue
        block.append(line)
    blocks.append(" ".join(block))
    text = "\n\n".join(blocks)
    # Undo PDF hyphenation before replacing page references split over lines.
    flat = re.sub(r"-\s+", "-", text)
    for printed, online in page_references():
        assert printed in flat, f"page reference '{printed}' not in the brochure"
        flat = flat.replace(printed, online)
    units = []
    for block in flat.split("\n\n"):
        for sentence in re.split(r"(?<=[.?!])\s+(?=[^a-zë])", block):
            if normalise(sentence):
                units.append(sentence.strip())
    return units


def site_text(site: Path) -> str:
    parts = []
    for name in page_names():
        article = soup_of(page_file(site, DEFAULT_LOCALE, name)).select_one("article")
        parts.append(article.get_text(" "))
        parts.extend(a["href"] for a in article.select("a[href^='http']"))
    return normalise(" ".join(parts))


def test_every_brochure_sentence_is_on_the_dutch_site(site):
    text = site_text(site)
    missing = [unit for unit in brochure_units() if corrected(unit) not in text]
    assert not missing, "Brochure text missing from the Dutch pages:\n" + "\n---\n".join(missing)


def test_the_check_notices_a_dropped_sentence(site):
    """The comparison is not vacuous: dropping one sentence is found."""
    text = site_text(site)
    sentence = "Daders kunnen hier maximaal twee jaar gevangenisstraf voor krijgen."
    assert normalise(sentence) in text
    assert normalise(sentence.replace("twee", "drie")) not in text


@pytest.mark.parametrize("correction", corrections(), ids=lambda c: c["site"][:40])
def test_each_correction_is_a_slip_of_the_brochure_and_is_on_its_page(site, correction):
    """A correction names text the brochure really has, and its page shows the corrected
    text instead (compared with case: one correction is a capital letter): the list on
    the colophon is what the site did, nothing more."""
    assert normalise(correction["brochure"]) in normalise(" ".join(brochure_units())), \
        f"not in the brochure: {correction['brochure']}"
    article = soup_of(page_file(site, DEFAULT_LOCALE, correction["page"][:-3])).select_one("article")
    page_text = " ".join(article.get_text(" ").split())
    assert " ".join(correction["site"].split()) in page_text
    assert " ".join(correction["brochure"].split()) not in page_text
