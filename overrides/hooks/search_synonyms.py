"""Search finds the words readers type, not only the brochure's spelling of them, and
ranks what contains them first. After search_per_locale.py has split the index, each
locale's index gets two fields that search matches but no page or result shows:

- `synonyms`: the words of translations/search-synonyms.yml for the page or section
  that answers them (everyday words the brochure does not use: "eerwraak", "aangifte
  doen", "şikayet"), weighted below the text: a fallback, so an entry that contains
  the reader's words comes first.
- `variants`: the other spellings of the words each entry already has, the way readers
  type them: Arabic without diacritics, without the article ال (and its و ف ب ك ل
  prefixes), with plain alef, ي for ى and ه for ة; Hindi without nukta (फ for फ़) and
  with anusvara for chandrabindu; Latin letters without accents (Dutch privé, Turkish
  ş ç ğ ı ö ü typed on a keyboard without them).

The index text is put in Unicode form NFC, as search-input.js does with the query.

Ranking (RANKING): Material weighs a title word a thousand times a word of the text, so
one shared title word ("Veilig" in "Veilig deze website gebruiken") beat the chapter
holding both words of "Veilig Thuis"; and it raises a page's own entry above its
sections. Here a title word counts a few times a text word, and a page's opening a
little less (its boost), so the entry that holds the reader's words wins. Pages about
the website itself (extra.search_weight in mkdocs.yml) weigh less than the brochure."""

import json
import os
import re
import unicodedata

import yaml
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from _files import AuthorError, load_yaml_with_lines, read_text
from _i18n import build_locales, default_locale, is_last_post_build

SYNONYMS = "translations/search-synonyms.yml"
FIELDS = {"title": {"boost": 3.0}, "synonyms": {"boost": 1.0}, "variants": {"boost": 0.5}}
PAGE_OPENING_BOOST = 0.5  # Material multiplies a page's own entry by up to 5, a section by up to 2
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


def on_page_markdown(markdown, page, config, files):
    """extra.search_weight: Material's search boost for the page's entries."""
    weight = (config.extra.get("search_weight") or {}).get(page.file.src_uri.split("/", 1)[-1])
    if weight is not None:
        page.meta["search"] = {**(page.meta.get("search") or {}), "boost": weight}
    return markdown


def read_synonyms(config) -> dict:
    path = os.path.join(os.path.dirname(config.config_file_path), SYNONYMS)
    data = load_yaml_with_lines(read_text(path, SYNONYMS), SYNONYMS) or {}
    return data.get("languages", {})


def page_slug(location: str) -> str:
    """'gevolgen/' (or 'gevolgen/index.html', 'gevolgen.html' in the offline copy): 'gevolgen'."""
    path = re.sub(r"(?:^|/)index\.html$|\.html$", "", location).strip("/")
    return path or "index"


def target_of(location: str) -> str:
    """An index location as search-synonyms.yml names it: 'gevolgen/#victim-blaming' (or
    'gevolgen.html#victim-blaming' in the offline copy) -> 'gevolgen#victim-blaming'."""
    path, _, section = location.partition("#")
    return f"{page_slug(path)}#{section}" if section else page_slug(path)


def synonym_problems(entry, locale: str, docs: dict) -> list[str]:
    """Each target must be a page or section in the locale's index, with a list of words."""
    pages = getattr(entry, "get", lambda key: None)("pages")
    if not isinstance(pages, dict):
        line = getattr(entry, "line", 1)
        return [f"{SYNONYMS}:{line}: {locale}: no 'pages:' mapping — give each page or "
                f"'page#section' that answers the words a list of words, as the other languages do."]
    problems = []
    for target, words in pages.items():
        line = pages.key_lines.get(target, pages.line)
        if not isinstance(target, str) or target not in docs:
            page = str(target).partition("#")[0]
            problems.append(f"{SYNONYMS}:{line}: {locale}: '{target}' is no page or section in the search "
                            f"index — write a page's file name without .md ('index' for the home page), "
                            f"or 'page#id' with the {{ #id }} of one of its headings in docs/{locale}/{page}.md.")
        elif not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
            problems.append(f"{SYNONYMS}:{line}: {locale}: '{target}' needs a list of words, "
                            f"like [aangifte, \"aangifte doen\"].")
    return problems


def enrich(index: dict, locale: str, synonyms: dict) -> dict:
    index["config"]["fields"] = {**index["config"].get("fields", {}), **FIELDS}
    docs = {target_of(doc["location"]): doc for doc in index["docs"]}
    for doc in index["docs"]:
        for field in ("title", "text"):
            doc[field] = unicodedata.normalize("NFC", doc.get(field, ""))
        extra = variants(doc["title"] + " " + doc["text"], locale, index["config"]["separator"])
        if extra:
            doc["variants"] = " ".join(extra)
        if "#" not in doc["location"]:
            doc["boost"] = doc.get("boost", 1.0) * PAGE_OPENING_BOOST
    entry = synonyms.get(locale)
    if entry is None:
        return index
    problems = synonym_problems(entry, locale, docs)
    if problems:
        raise AuthorError("\n".join(problems))
    for target, words in entry["pages"].items():
        doc = docs[target]
        doc["synonyms"] = unicodedata.normalize("NFC", " ".join([doc.get("synonyms", ""), *words]).strip())
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
