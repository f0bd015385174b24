#!/usr/bin/env python3
"""Readability of the parent handouts, measured on the built pages
(site/<locale>/handout/index.html; run scripts/build first).

    .venv/bin/python scripts/readability.py [--site DIR] [--json]

Prints per language: sentences, words, average and longest sentence in words, how many
sentences have more than MAX_WORDS words, the share of long words and, where the
language has one, its own formula:

- Dutch: Flesch-Douma = 206.835 - 0.93 x words/sentence - 77 x syllables/word;
- Turkish: Atesman = 198.825 - 40.175 x syllables/word - 2.610 x words/sentence.
  (Both: 100 very easy, 60-70 plain, below 50 hard.)

What is measured: the article's own text, as the author wrote it. The site's blocks
(classes `site-*`: the draft notice, the help block, download links) and the handout's
footer (source, QR code) are left out, and so are the headings' link symbols.

Sentences (`units`, the one function the script, scripts/benchmark.py and
tests/test_readability.py use): every heading, paragraph and list item is a block of
its own; inside a block, a sentence ends at . ? ! the Arabic question mark and the
Devanagari danda when a space follows (closing quotes and brackets may come between),
and at an ellipsis only before a capital, so "('als jij dit laat, ... mag je')" stays
one sentence. So "Stel vragen. Laat merken dat u het wilt weten." is two sentences, a
heading without a full stop is one, and "0800-2000" or "1.5" split nothing. An
abbreviation with a full stop ("bijv. de") would end a sentence: the handouts use none.

Words: what stands between spaces and holds a letter or digit ("naaktfoto's",
"0800-2000" and "(online)" are one word each).

Syllables: Dutch from pyphen's nl_NL hyphenation dictionary (LibreOffice's, pinned in
pyproject.toml): Dutch hyphenation follows the syllables; it never splits off a single
letter at a word's start or end (ide-aal, Bel-gie), so a few words count one syllable
short. Turkish by its vowels: every syllable has exactly one vowel and Turkish has no
diphthongs, so counting vowels is exact (pyphen has no Turkish dictionary).

Long words, counted per script as a reader spells it:
- Latin (nl, tr, srn) and Arabic: letters; long from 7 letters (as in LIX: "more than
  six letters"). Arabic writes no short vowels but joins the article and some
  prepositions to the word (al-, wa-, bi-), so the two roughly cancel out; Arabic's
  harakat and tatweel are not letters.
- Devanagari (hi): aksharas, the units a Hindi reader sees: a consonant (or a cluster
  joined by virama) with its vowel sign, or an independent vowel; long from 4 aksharas
  (समझना, जानकारी: samajhna, jankari, 8 letters in transliteration).
Shares are for comparing a language with itself (before and after an edit), not one
language with another."""

import argparse
import json
import re
import sys
import unicodedata
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ["nl", "tr", "ar", "srn", "hi"]
DEFAULT_LOCALE = "nl"
MAX_WORDS = 15
LONG_FROM = {"latin": 7, "arabic": 7, "devanagari": 4}

BLOCKS = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "dt", "dd", "td", "th", "blockquote"}
LEFT_OUT_TAGS = {"script", "style", "template", "button", "form", "svg", "figure"}
# A sentence ends at . ? ! … ؟ । ॥ followed (after closing quotes or brackets) by a space.
SENTENCE_END = re.compile(r"([.?!…؟।॥])[’”\"'»)\]]*\s+")
TURKISH_VOWELS = set("aeıioöuüâîûAEIİOÖUÜÂÎÛ")
VIRAMA = "\u094d"


def left_out(element) -> bool:
    classes = (element.get("class") or "").split()
    return (element.tag in LEFT_OUT_TAGS or "headerlink" in classes or "handout-footer" in classes
            or any(c.startswith("site-") for c in classes))


def blocks_of(element) -> list[str]:
    """The text of each block (heading, paragraph, list item) under element, in order;
    a block's text leaves out the blocks nested in it (a list inside a list item)."""
    out = []

    def own_text(node, parts):
        if node.text:
            parts.append(node.text)
        for child in node:
            if isinstance(child.tag, str) and not left_out(child) and child.tag not in BLOCKS \
                    and child.tag not in ("ul", "ol", "dl", "table", "div"):
                own_text(child, parts)
            if child.tail:
                parts.append(child.tail)

    def walk(node):
        for child in node:
            if not isinstance(child.tag, str) or left_out(child):
                continue
            if child.tag in BLOCKS:
                parts = []
                own_text(child, parts)
                text = " ".join("".join(parts).split())
                if text:
                    out.append(text)
            walk(child)

    walk(element)
    return out


def handout_blocks(html: str) -> list[str]:
    """The blocks of a built handout page's article."""
    import lxml.html

    article = lxml.html.fromstring(html).xpath("//article")[0]
    return blocks_of(article)


def units(blocks: list[str]) -> list[str]:
    """Sentences: each block split where a sentence ends (see the module's docstring)."""
    out = []
    for block in blocks:
        start = 0
        for end in SENTENCE_END.finditer(block):
            # An ellipsis inside a sentence ("mag je… als") goes on: it ends one only
            # before a capital.
            if end.group(1) == "…" and not block[end.end():end.end() + 1].isupper():
                continue
            out.append(block[start:end.end()].strip())
            start = end.end()
        out.append(block[start:].strip())
    return [sentence for sentence in out if words(sentence)]


def words(sentence: str) -> list[str]:
    return [w for w in sentence.split() if any(c.isalnum() for c in w)]


TATWEEL = "\u0640"


def letters(word: str) -> str:
    return "".join(c for c in word if unicodedata.category(c).startswith("L") and c != TATWEEL)


def script_of(locale: str) -> str:
    return {"ar": "arabic", "hi": "devanagari"}.get(locale, "latin")


def aksharas(word: str) -> int:
    """Devanagari letters that start an akshara: not following a virama."""
    count = 0
    previous = ""
    for c in word:
        if unicodedata.category(c) == "Lo" and previous != VIRAMA:
            count += 1
        previous = c
    return count


def spelled_length(word: str, locale: str) -> int:
    return aksharas(word) if script_of(locale) == "devanagari" else len(letters(word))


@lru_cache(maxsize=None)
def _dutch_hyphenator():
    import pyphen

    return pyphen.Pyphen(lang="nl_NL", left=1, right=1)


def syllables(word: str, locale: str) -> int:
    """Syllables of a word in Dutch or Turkish (at least one, also for a number)."""
    if locale == "tr":
        return max(1, sum(1 for c in word if c in TURKISH_VOWELS))
    if locale == "nl":
        parts = [letters(part) for part in re.split(r"[-/]", word)]
        return max(1, sum(len(_dutch_hyphenator().positions(p)) + 1 for p in parts if p))
    raise ValueError(f"no syllable count for {locale}")


FORMULAS = {
    "nl": ("Flesch-Douma", lambda wps, spw: 206.835 - 0.93 * wps - 77 * spw),
    "tr": ("Ateşman", lambda wps, spw: 198.825 - 40.175 * spw - 2.610 * wps),
}


def measure(blocks: list[str], locale: str) -> dict:
    """The figures for one text, given as its blocks."""
    sentences = units(blocks)
    lengths = [len(words(s)) for s in sentences]
    all_words = [w for s in sentences for w in words(s)]
    long_from = LONG_FROM[script_of(locale)]
    result = {
        "sentences": len(sentences),
        "words": len(all_words),
        "words_per_sentence": round(len(all_words) / len(sentences), 1) if sentences else 0,
        "longest_sentence_words": max(lengths, default=0),
        f"sentences_over_{MAX_WORDS}_words": sum(1 for n in lengths if n > MAX_WORDS),
        "long_word_share": round(sum(1 for w in all_words if spelled_length(w, locale) >= long_from)
                                 / len(all_words), 3) if all_words else 0,
        "long_word_from": f"{long_from} {'aksharas' if script_of(locale) == 'devanagari' else 'letters'}",
        "longest_sentence": sentences[lengths.index(max(lengths))] if sentences else "",
    }
    if locale in FORMULAS and all_words:
        name, formula = FORMULAS[locale]
        per_word = sum(syllables(w, locale) for w in all_words) / len(all_words)
        result["syllables_per_word"] = round(per_word, 2)
        result["formula"] = name
        result["score"] = round(formula(len(all_words) / len(sentences), per_word), 1)
    return result


def handout_page(site: Path, locale: str) -> Path:
    root = site if locale == DEFAULT_LOCALE else site / locale
    return root / "handout" / "index.html"


def report(site: Path, locales=LOCALES) -> dict:
    """{locale: figures} for every built handout."""
    out = {}
    for locale in locales:
        page = handout_page(site, locale)
        if page.exists():
            out[locale] = measure(handout_blocks(page.read_text(encoding="utf-8")), locale)
    return out


def table(figures: dict) -> str:
    lines = [f"{'locale':<7}{'sentences':>10}{'words':>7}{'avg':>6}{'longest':>8}{f'>{MAX_WORDS} words':>10}"
             f"{'long words':>12}  score"]
    for locale, f in figures.items():
        score = f"{f['formula']} {f['score']}" if "score" in f else "-"
        lines.append(f"{locale:<7}{f['sentences']:>10}{f['words']:>7}{f['words_per_sentence']:>6}"
                     f"{f['longest_sentence_words']:>8}{f[f'sentences_over_{MAX_WORDS}_words']:>10}"
                     f"{f['long_word_share']:>11.0%}   {score}")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site", help="the built site (default: site/)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    figures = report(args.site)
    if not figures:
        print(f"no handout pages in {args.site}: build the site first (scripts/build --html-only)",
              file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(figures, indent=2, ensure_ascii=False))
    else:
        print(table(figures))
        print(f"\nlong words: Latin and Arabic from {LONG_FROM['latin']} letters, Devanagari from "
              f"{LONG_FROM['devanagari']} aksharas. Longest sentence per language:")
        for locale, f in figures.items():
            print(f"  {locale}: ({f['longest_sentence_words']}) {f['longest_sentence']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
