"""The one-page handouts for parents, as data: mkdocs.yml's `extra.handouts` lists them
in menu order, each with its page and its kind; everything else follows from that
entry (hooks, templates, the PDF export, scripts/readability.py, the tests):

- the handout's page, docs/<locale>/<page>, in every language, in the menu;
- its bilingual page, Dutch beside another language: docs/<locale>/<stem>-tweetalig.md
  for every other locale (a title and `<!-- handout:bilingual -->`), not in the menu;
- its PDFs: <stem>-<locale>.pdf and <stem>-<default>-<locale>.pdf;
- its short name, in boxes, menus and link names: its title (h1) up to the first colon,
  in the language the name is shown in;
- its kind: `prevention` or `crisis`; a crisis handout is for the moment a child is
  already a victim, and the brochure's safety rule for professionals (extra.start_here)
  stands before every link to it."""

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from _files import AuthorError
from _markdown import PAGE_TITLE

KINDS = ("prevention", "crisis")
BILINGUAL_SUFFIX = "-tweetalig"
WHERE = "mkdocs.yml: extra.handouts"


@dataclass(frozen=True)
class Handout:
    page: str  # handout.md
    kind: str

    @property
    def stem(self) -> str:
        return self.page[:-len(".md")]

    @property
    def bilingual_stem(self) -> str:
        return f"{self.stem}{BILINGUAL_SUFFIX}"

    @property
    def bilingual(self) -> str:
        return f"{self.bilingual_stem}.md"

    @property
    def safety_first(self) -> bool:
        return self.kind == "crisis"

    def pdf(self, locale: str) -> str:
        return f"{self.stem}-{locale}.pdf"

    def bilingual_pdf(self, default: str, locale: str) -> str:
        return f"{self.stem}-{default}-{locale}.pdf"


def handouts(extra: dict, docs_dir: Path, default: str) -> list[Handout]:
    """The handouts of extra.handouts; an entry that is not a Dutch page with a known kind
    is an error that says what to write."""
    entries = extra.get("handouts")
    if not isinstance(entries, list) or not entries:
        raise AuthorError(f"{WHERE}: missing. List the handouts, e.g. '- {{page: handout.md, kind: prevention}}'.")
    out = []
    for number, entry in enumerate(entries, 1):
        page = entry.get("page") if isinstance(entry, dict) else None
        kind = entry.get("kind") if isinstance(entry, dict) else None
        if not isinstance(page, str) or not page.endswith(".md") or "/" in page:
            raise AuthorError(f"{WHERE}, entry {number}: 'page' must name a page of docs/{default}/ "
                              f"(e.g. page: handout.md), not {page!r}.")
        if not (docs_dir / default / page).exists():
            raise AuthorError(f"{WHERE}, entry {number}: docs/{default}/{page} does not exist — write it first.")
        if kind not in KINDS:
            raise AuthorError(f"{WHERE}, entry {number} ({page}): kind must be one of {', '.join(KINDS)}, "
                              f"not {kind!r}.")
        out.append(Handout(page, kind))
    return out


def find(all_handouts: list[Handout], name: str) -> tuple[Handout, bool] | None:
    """(handout, is the bilingual page) for a page name (handout.md), or None."""
    for handout in all_handouts:
        if name in (handout.page, handout.bilingual):
            return handout, name == handout.bilingual
    return None


@lru_cache(maxsize=None)
def _title(path: Path, mtime: float) -> str | None:
    match = PAGE_TITLE.search(path.read_text(encoding="utf-8"))
    return match.group(1).strip() if match else None


def title(docs_dir: Path, locale: str, default: str, page: str) -> str:
    """The handout's title in the locale (the Dutch one while it is not translated)."""
    for code in (locale, default):
        path = docs_dir / code / page
        if path.exists():
            found = _title(path, path.stat().st_mtime)
            if found:
                return found
    raise AuthorError(f"docs/{default}/{page}:1: the handout has no title — start it with '# Title {{ #id }}'.")


def plain(title_markdown: str) -> str:
    """A title as text, without its language marks (<span lang="en">)."""
    return re.sub(r"<[^>]+>", "", title_markdown)


def short_name(full_title: str) -> str:
    """The title up to its first colon (any script's), as text: 'Weerbaar opvoeden'."""
    return re.split(r"\s*[:：]\s*", plain(full_title), maxsplit=1)[0]
