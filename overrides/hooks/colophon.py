"""The colophon (over-deze-website.md) says what this edition is, from the data
itself, so it cannot go stale: `<!-- colophon:translations -->` (each language's
review state, and a link to the editors' dashboard, vertaalstatus.md), `<!-- colophon:notes -->` (every editorial note, linked to its
passage), `<!-- colophon:corrections -->` (the brochure's slips this edition corrected,
translations/brochure-corrections.yml), `<!-- colophon:added-links -->` (every address
the editors added, not in the brochure, with its source) and `<!-- colophon:unlinked -->`
(every link still without an address; both from translations/external-links.yml) and
`<!-- colophon:version -->` (build date and commit). An unknown marker is an error."""

import functools
import os
import re
from html import escape
from pathlib import Path

from _build_info import build_commit, build_date
from _editorial_notes import load_notes
from _files import load_yaml_with_lines, read_text
from _i18n import build_locales, default_locale, language_names, page_locale, site_locales, site_string
from _link_registry import REGISTRY, load_registry
from _markdown import PAGE_TITLE, heading_id, markdown_lines
from _markers import replace_markers
from _translation import page_state

CORRECTIONS = "translations/brochure-corrections.yml"


def project_dir(config) -> str:
    return os.path.dirname(config.config_file_path)


def render_translations(config, locale: str) -> str:
    docs = Path(config.docs_dir)
    default = default_locale(config)
    names = sorted(path.name for path in (docs / default).glob("*.md"))
    template = site_string(config, locale, "colophon.reviewed")
    lines = []
    for other in build_locales(config):
        if other == default:
            continue
        states = [page_state(docs, default, other, name).state for name in names]
        states = [state for state in states if state != "nl-only"]  # not to be translated
        counts = template.format(reviewed=states.count("reviewed"), total=len(states))
        # <bdi>: an Arabic name must not pull the colon and the count into its direction.
        lines.append(f'- <bdi lang="{other}">{language_names(config)[other]}</bdi>: {counts}')
    # The editors' dashboard (vertaalstatus.md, Dutch only: its title stays Dutch).
    dashboard = '[<span lang="nl">Vertaalstatus</span>](vertaalstatus.md#vertaalstatus)'
    lines.append("\n" + site_string(config, locale, "colophon.dashboard").format(page=dashboard))
    return "\n".join(lines)


def place_title(config, locale: str, page: str, section: str) -> str:
    """'Page title › Section title' (the section only where it is a heading)."""
    for folder in (locale, default_locale(config)):
        path = Path(config.docs_dir) / folder / page
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        title = PAGE_TITLE.search(text)
        heading = re.search(rf"^#{{2,6}} (.+?)\s*\{{\s*#{re.escape(section)}\s*\}}\s*$", text, re.M)
        if title:
            return title.group(1) + (f" › {heading.group(1)}" if heading else "")
    return page


def render_notes(config, locale: str) -> str:
    default = default_locale(config)
    lines = []
    for note in load_notes(config, site_locales(config))[0]:
        text_locale = locale if note.text.get(locale) else default
        text = note.text.get(text_locale, "")
        if text_locale != locale:
            text = f'<span lang="{text_locale}">{text}</span>'
        lines.append(f"- [{place_title(config, locale, note.page, note.section)}]({note.page}#{note.section}): {text}")
    return "\n".join(lines)


@functools.lru_cache(maxsize=None)
def _corrections(path: str, mtime: float) -> list[dict]:
    # The shared reader: invalid UTF-8 or YAML stops the build with file and line.
    return load_yaml_with_lines(read_text(path, CORRECTIONS), CORRECTIONS)["corrections"]


def render_corrections(config, locale: str) -> str:
    path = os.path.join(project_dir(config), CORRECTIONS)
    default = default_locale(config)
    rows = "\n".join(
        f'<tr lang="{default}" dir="ltr"><td>{escape(item["brochure"])}</td><td>{escape(item["site"])}</td></tr>'
        for item in _corrections(path, os.path.getmtime(path)))
    head = (f'<th scope="col">{site_string(config, locale, "colophon.printed")}</th>'
            f'<th scope="col">{site_string(config, locale, "colophon.corrected")}</th>')
    # A region that scrolls sideways on a phone must be reachable by keyboard (WCAG 2.1.1);
    # the section's heading names it.
    return (f'<div class="site-corrections" role="region" tabindex="0" aria-labelledby="verbeteringen">'
            f'<table>\n<thead><tr>{head}</tr></thead>\n'
            f"<tbody>\n{rows}\n</tbody></table></div>")


def dutch(locale: str, text: str) -> str:
    """Dutch words (a name, a fallback) marked as Dutch in another language's page."""
    if locale == "nl":
        return text
    tag = "bdi" if locale == "ar" else "span"  # <bdi>: Latin letters isolated in Arabic text
    return f'<{tag} lang="nl">{text}</{tag}>'


def link_place(config, locale: str, key: str, entry) -> str:
    """A Markdown link to the section of the Dutch page (translations keep its ids) that
    holds `link:KEY`, titled 'Page › Section' in the locale."""
    page = entry.get("page", "")
    path = Path(config.docs_dir) / default_locale(config) / page
    section = None
    if path.is_file():
        for _, line in markdown_lines(read_text(path)):
            section = heading_id(line) or section
            if f"(link:{key})" in line:
                return f"[{place_title(config, locale, page, section)}]({page}#{section})"
    raise ValueError(f"{REGISTRY}:{entry.line}: link '{key}': 'link:{key}' is not on docs/{default_locale(config)}/"
                     f"{page}. Give as 'page:' the page whose text holds the link.")


def link_words(config, locale: str, key: str, entry) -> str:
    """The words of `[words](link:KEY)` on the locale's page (the Dutch ones, marked, if it has none)."""
    pattern = re.compile(rf"\[((?:[^\[\]]|\[[^\]]*\])*)\]\(link:{re.escape(key)}\)")
    for folder in (locale, default_locale(config)):
        path = Path(config.docs_dir) / folder / entry.get("page", "")
        if path.is_file() and (match := pattern.search(read_text(path))):
            return match.group(1) if folder == locale else dutch(locale, match.group(1))
    return dutch(locale, entry.get("text", key))


def render_added_links(config, locale: str) -> str:
    lines = []
    template = site_string(config, locale, "colophon.added_link")
    for key, entry in load_registry(config).items():
        source = entry.get("source") if entry.get("url") else None
        if not isinstance(source, dict):
            continue  # in the brochure, or not known yet (link_registry.py reports a missing source)
        address = entry["url"].split("://", 1)[-1]
        lines.append("- " + template.format(
            place=link_place(config, locale, key, entry), words=link_words(config, locale, key, entry),
            address=f"[{address}]({entry['url']})",
            publisher=dutch(locale, source.get("publisher", "")), checked=source.get("checked", "")))
    return "\n".join(lines)


def render_unlinked(config, locale: str) -> str:
    template = site_string(config, locale, "colophon.unlinked_link")
    return "\n".join("- " + template.format(place=link_place(config, locale, key, entry),
                                            words=link_words(config, locale, key, entry))
                     for key, entry in load_registry(config).items() if not entry.get("url"))


def render_version(config, locale: str) -> str:
    return site_string(config, locale, "colophon.version").format(
        date=build_date().isoformat(), commit=build_commit(project_dir(config)))


RENDERERS = {"translations": render_translations, "notes": render_notes,
             "corrections": render_corrections, "added-links": render_added_links,
             "unlinked": render_unlinked, "version": render_version}


def on_page_markdown(markdown, page, config, files):
    if "colophon:" not in markdown:
        return markdown
    locale = page_locale(page) or default_locale(config)
    renderers = {key: (lambda render=render: render(config, locale)) for key, render in RENDERERS.items()}
    return replace_markers(markdown, page, "colophon", renderers)
