#!/usr/bin/env python3
"""What readers' tools get back from the built PDFs (run scripts/build first).

    .venv/bin/python scripts/pdf_text.py [--site DIR] [--json FILE]

For every PDF in site/downloads/ (brochures, handouts, bilingual handouts), with both
extractors a reader's tools use: poppler's `pdftotext` (Linux viewers, search
engines, many screen readers' PDF paths) and PDFium (`pypdfium2`: Chrome's viewer,
copy and paste from it):

- word recovery: the share of the words of the page's own text (the built web page
  the PDF prints: the article's headings, paragraphs, list items, table cells and
  notes) that come back whole and in logical order: the longest common subsequence of
  the page's words and the extracted words, over the page's words (on a bilingual
  handout each language's column in its own order, as it is read). Words are runs of
  letters, marks and digits (Unicode L*, M*, N*), NFC; nothing else is normalised, so
  a reversed, split or ligature-mangled word counts as lost;
- bookmarks: the outline's titles, in order;
- the structure tree's languages: each /Lang set on a structure element.

tests/test_pdfs.py holds every PDF to RECOVERY_BAR with both extractors."""

import argparse
import difflib
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

RECOVERY_BAR = 0.98
EXTRACTORS = ("pdftotext", "pdfium")
BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")
# Parts of the web page that are not its text (links to the PDFs, buttons, the help
# block's site chrome) or are not printed.
NOT_TEXT = ("script", "style", "button", "svg", "template", ".headerlink", ".site-print-hide",
            ".site-downloads", ".site-side-by-side", ".md-source-file", ".site-notice",
            ".handout-footer", ".site-handouts", ".site-help", ".page-toc", ".start-here")
TEXT_BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, td, th, dt, dd"


def words(text: str) -> list[str]:
    """Runs of letters, marks and digits, NFC."""
    text = unicodedata.normalize("NFC", BIDI_MARKS.sub("", text))
    out, current = [], []
    for char in text:
        if unicodedata.category(char)[0] in "LMN":
            current.append(char)
        elif current:
            out.append("".join(current))
            current = []
    if current:
        out.append("".join(current))
    return out


def page_words(html_path: Path) -> list[list[str]]:
    """The words of a built page's own text, in reading order: one list, or on a
    bilingual handout one per language's column (each read top to bottom)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html_path.read_text(encoding="utf-8"), "html.parser")
    article = soup.select_one("article")
    for element in article.select(", ".join(NOT_TEXT)):
        element.decompose()
    columns = {}
    for column in article.select(".handout-col[lang]"):
        columns.setdefault(column["lang"], []).append(column)
    parts = list(columns.values()) or [[article]]
    texts = []
    for part in parts:
        blocks = [block for holder in part for block in holder.select(TEXT_BLOCKS)
                  if not block.find_parent(TEXT_BLOCKS.split(", "))]
        texts.append(words(" ".join(block.get_text(" ") for block in blocks)))
    return texts


def pdftotext_words(pdf: Path) -> list[str]:
    result = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True)
    return words(result.stdout)


def pdfium_words(pdf: Path) -> list[str]:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    try:
        texts = []
        for page in document:
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return words("\n".join(texts))
    finally:
        document.close()


def extracted_words(pdf: Path, extractor: str) -> list[str]:
    return pdftotext_words(pdf) if extractor == "pdftotext" else pdfium_words(pdf)


def recovery(references: list[list[str]], extracted: list[str]) -> tuple[float, list[str]]:
    """(share of the reference words recovered in order, the words lost), over one or
    more reference texts (each column of a bilingual handout in its own order)."""
    kept_words, lost = 0, []
    for reference in references:
        matcher = difflib.SequenceMatcher(None, reference, extracted, autojunk=False)
        kept = [False] * len(reference)
        for block in matcher.get_matching_blocks():
            for index in range(block.a, block.a + block.size):
                kept[index] = True
        kept_words += sum(kept)
        lost += [word for word, ok in zip(reference, kept) if not ok]
    total = sum(len(reference) for reference in references)
    return (kept_words / total if total else 1.0), lost


def bookmarks(pdf: Path, levels: bool = False) -> list:
    """The outline's titles in order (with levels=True, (depth, title) pairs)."""
    import pikepdf

    with pikepdf.open(pdf) as document, document.open_outline() as outline:
        found = []

        def walk(items, depth):
            for item in items:
                found.append((depth, item.title) if levels else item.title)
                walk(item.children, depth + 1)

        walk(outline.root, 0)
        return found


def structure_attributes(pdf: Path, key: str) -> list[tuple[str, str]]:
    """(structure type, value) of every structure element that sets key (/Lang, /Alt)."""
    import pikepdf

    found = []
    with pikepdf.open(pdf) as document:
        root = document.Root.get("/StructTreeRoot")
        stack = [root.get("/K")] if root is not None else []
        while stack:
            node = stack.pop()
            if isinstance(node, pikepdf.Array):
                stack.extend(reversed(list(node)))
            elif isinstance(node, pikepdf.Dictionary) and "/S" in node:
                if key in node:
                    found.append((str(node.S), str(node[key])))
                if "/K" in node:
                    stack.append(node.K)
    return found


def structure_languages(pdf: Path) -> list[tuple[str, str]]:
    """(structure type, /Lang) of every structure element that sets a language."""
    return structure_attributes(pdf, "/Lang")


def document_language(pdf: Path) -> str | None:
    import pikepdf

    with pikepdf.open(pdf) as document:
        return str(document.Root.Lang) if "/Lang" in document.Root else None


def source_page(site: Path, pdf_name: str) -> Path:
    """The built page a PDF prints."""
    stem = pdf_name[:-len(".pdf")]
    if stem.startswith("praten-over-shame-sexting-"):
        locale, page = stem.rsplit("-", 1)[1], "print"
    elif stem.count("-") == 2:  # handout-nl-ar
        locale, page = stem.rsplit("-", 1)[1], "handout-tweetalig"
    else:
        locale, page = stem.split("-", 1)[1], "handout"
    root = site if locale == "nl" else site / locale
    return root / page / "index.html"


def measure(site: Path) -> dict:
    results = {}
    for pdf in sorted((site / "downloads").glob("*.pdf")):
        reference = page_words(source_page(site, pdf.name))
        entry = {"words": sum(map(len, reference)), "bookmarks": bookmarks(pdf)}
        for extractor in EXTRACTORS:
            share, lost = recovery(reference, extracted_words(pdf, extractor))
            entry[extractor] = round(share, 4)
            entry[f"{extractor}_lost"] = lost[:8]
        results[pdf.name] = entry
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", default="site", type=Path)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    if not (args.site / "downloads").is_dir():
        sys.exit(f"{args.site}/downloads/ not found: build the site with PDFs first (scripts/build).")
    results = measure(args.site)
    print(f"{'PDF':40} {'words':>6} {'pdftotext':>10} {'PDFium':>8}  bookmarks (doubled: 'TitleTitle')")
    for name, entry in results.items():
        doubled = sum(1 for title in entry["bookmarks"] if len(title) % 2 == 0 and title[:len(title) // 2] * 2 == title)
        print(f"{name:40} {entry['words']:>6} {entry['pdftotext']:>10.1%} {entry['pdfium']:>8.1%}  "
              f"{len(entry['bookmarks'])} ({doubled})")
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
