"""The parent handouts are plain language, measured on the built pages with
scripts/readability.py: Dutch Flesch-Douma >= 75, Turkish Atesman >= 70, and no
sentence over 15 words in any language (issue #13)."""

import json
import subprocess
import sys

import pytest

from conftest import LOCALES, ROOT

import readability
from readability import MAX_WORDS, handout_blocks, handout_page, measure, units

MIN_SCORE = {"nl": 75, "tr": 70}


def test_sentences_are_counted_per_heading_list_item_and_full_stop():
    blocks = ["Praat met uw kind",
              "Stel vragen. Laat merken dat u het wilt weten.",
              "Ga niet onderhandelen (‘als jij dit laat, … mag je’)",
              "Bent u streng? Dan zwijgt uw kind! Het is bang… Het zegt niets.",
              "Bel 0800-2000 of 1.5 keer."]
    assert units(blocks) == [
        "Praat met uw kind", "Stel vragen.", "Laat merken dat u het wilt weten.",
        "Ga niet onderhandelen (‘als jij dit laat, … mag je’)",
        "Bent u streng?", "Dan zwijgt uw kind!", "Het is bang…", "Het zegt niets.",
        "Bel 0800-2000 of 1.5 keer."]
    figures = measure(blocks, "nl")
    assert (figures["sentences"], figures["words"], figures["longest_sentence_words"]) == (9, 40, 9)  # "…" alone is no word
    # Other scripts: the Arabic question mark and the Devanagari danda end sentences too.
    assert len(units(["هل أنت بخير؟ اتصل بنا.", "बात करें। सवाल पूछें।"])) == 4


def test_syllables_long_words_and_formulas():
    assert [readability.syllables(w, "nl") for w in ("kind", "opvoeden", "weerbaarheid", "naaktfoto’s")] \
        == [1, 3, 3, 3]
    assert [readability.syllables(w, "tr") for w in ("çocuğunuzla", "İstanbul", "112")] == [5, 3, 1]
    # Flesch-Douma of one sentence of six one-syllable words: 206.835 - 0.93*6 - 77*1.
    assert measure(["De kat zit op de mat."], "nl")["score"] == 124.3
    # Atesman of "Çocuğunuzla konuşun." (2 words, 8 syllables): 198.825 - 40.175*4 - 2.61*2.
    assert measure(["Çocuğunuzla konuşun."], "tr")["score"] == 32.9
    # Long words: 7 letters (Latin, Arabic without harakat), 4 aksharas (Devanagari).
    assert measure(["kinderen praten"], "srn")["long_word_share"] == 0.5
    assert measure(["الأطفال تُظهر"], "ar")["long_word_share"] == 0.5  # 7 and 4 letters
    assert readability.aksharas("प्रतिबंध") == 4 and readability.aksharas("सुरक्षा") == 3


@pytest.mark.parametrize("locale", LOCALES)
def test_only_the_handouts_own_text_is_measured(site, locale):
    sentences = units(handout_blocks(handout_page(site, locale).read_text(encoding="utf-8")))
    text = " ".join(sentences)
    assert len(sentences) >= 10, sentences  # the article was found
    for outside in ("0800-2000", "112", "Kennisplatform", "¶"):  # help block, footer, heading links
        assert outside not in text, f"{locale}: {outside!r} measured"


@pytest.mark.parametrize("locale", LOCALES)
def test_handout_is_plain_language(site, locale):
    figures = readability.report(site, [locale])[locale]
    assert figures["longest_sentence_words"] <= MAX_WORDS, (
        f"{locale}: {figures[f'sentences_over_{MAX_WORDS}_words']} sentence(s) over {MAX_WORDS} words, "
        f"the longest ({figures['longest_sentence_words']}): {figures['longest_sentence']}")
    if locale in MIN_SCORE:
        assert figures["score"] >= MIN_SCORE[locale], (
            f"{locale}: {figures['formula']} {figures['score']} < {MIN_SCORE[locale]}")


def test_the_script_prints_the_same_figures_as_json(site):
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "readability.py"), "--site", str(site),
                             "--json"], capture_output=True, text=True, check=True)
    assert json.loads(result.stdout) == readability.report(site)
