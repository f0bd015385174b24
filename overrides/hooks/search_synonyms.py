"""Search finds the words readers type, not only the brochure's spelling of them. After
search_per_locale.py has split the index, each locale's index gets two fields that
search matches but no page or result shows:

- `synonyms`: the words of translations/search-synonyms.yml for that page (words the
  brochure does not use: "eerwraak", "sextortion", "wat moet ik doen"), on the page's
  own entry, weighted as its title: another name for the page.
- `variants`: the other spellings of the words each entry already has, the way readers
  type them: Arabic without diacritics, without the article ال (and its و ف ب ك ل
  prefixes), with plain alef, ي for ى and ه for ة; Hindi without nukta (फ for फ़) and
  with anusvara for chandrabindu; Latin letters without accents (Dutch privé, Turkish
  ş ç ğ ı ö ü typed on a keyboard without them).

The index text is put in Unicode form NFC, as search-input.js does with the query."""

import json
import os
import re
import unicodedata

import yaml
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from _i18n import build_locales, default_locale, is_last_post_build

SYNONYMS = "translations/search-synonyms.yml"
FIELDS = {"synonyms": {"boost": 1000.0}, "variants": {"boost": 1.0}}
TAG = re.compile(r"<[^>]+>")

AR_MARKS = re.compile("[\u064B-\u065F\u0670\u0640]")  # harakat, superscript alef, tatweel
AR_ARTICLE = re.compile("^(?:[وفبكل]?ال|لل)(?=...)")
AR_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه"})
HI_NUKTA = "\u093C"


def arabic(word: str) -> set[str]:
    bare = AR_MARKS.sub("", word)
    forms = {bare, bare.translate(AR_LETTERS)}
    forms |= {AR_ARTICLE.sub("", form) for form in forms}
    return forms


def hindi(word: str) -> set[str]:
    forms = {word, word.replace(HI_NUKTA, "")}
    return forms | {form.replace("\u0901", "\u0902") for form in forms}


def latin(word: str) -> set[str]:
    folded = unicodedata.normalize("NFKD", word.replace("ı", "i").replace("İ", "I"))
    return {"".join(c for c in folded if not unicodedata.combining(c))}


def variants(text: str, locale: str, separator: str) -> list[str]:
    """Words are split as search splits them (the index's separator)."""
    spell = {"ar": arabic, "hi": hindi}.get(locale, latin)
    words = {w for w in re.split(separator, TAG.sub(" ", text)) if w}
    lowered = {w.lower() for w in words}
    found = set()
    for word in words:
        found |= {form for form in spell(word) if form and form.lower() not in lowered}
    return sorted(found)


def read_synonyms(config) -> dict:
    path = os.path.join(os.path.dirname(config.config_file_path), SYNONYMS)
    with open(path, encoding="utf-8") as source:
        data = yaml.safe_load(source) or {}
    return data.get("languages", {})


def page_slug(location: str) -> str:
    """'gevolgen/' (or 'gevolgen/index.html', 'gevolgen.html' in the offline copy): 'gevolgen'."""
    path = re.sub(r"(?:^|/)index\.html$|\.html$", "", location).strip("/")
    return path or "index"


def enrich(index: dict, locale: str, synonyms: dict) -> dict:
    index["config"]["fields"] = {**index["config"].get("fields", {}), **FIELDS}
    pages = {page_slug(doc["location"]): doc for doc in index["docs"] if "#" not in doc["location"]}
    for doc in index["docs"]:
        for field in ("title", "text"):
            doc[field] = unicodedata.normalize("NFC", doc.get(field, ""))
        extra = variants(doc["title"] + " " + doc["text"], locale, index["config"]["separator"])
        if extra:
            doc["variants"] = " ".join(extra)
    for slug, words in (synonyms.get(locale, {}).get("pages") or {}).items():
        doc = pages.get(slug)
        if doc is None:
            raise PluginError(f"{SYNONYMS}: {locale}: no page '{slug}' in the search index "
                              f"(a page's file name without .md, one that search includes)")
        doc["synonyms"] = unicodedata.normalize("NFC", " ".join(words))
    return index


@event_priority(-210)  # after search_per_locale.py split the index (-200)
def on_post_build(config):
    if not is_last_post_build(config):
        return
    synonyms = read_synonyms(config)
    for locale in build_locales(config):
        directory = config.site_dir if locale == default_locale(config) else os.path.join(config.site_dir, locale)
        path = os.path.join(directory, "search", "search_index.json")
        with open(path, encoding="utf-8") as source:
            index = enrich(json.load(source), locale, synonyms)
        data = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
        with open(path, "w", encoding="utf-8") as target:
            target.write(data)
        inline = path[:-len(".json")] + ".js"  # the offline copy's inlined index
        if os.path.exists(inline):
            with open(inline, "w", encoding="utf-8") as target:
                target.write(f"var __index = {data}")
