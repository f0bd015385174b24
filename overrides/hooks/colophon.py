"""The colophon (over-deze-website.md) says what this edition is, from the data
itself, so it cannot go stale: `<!-- colophon:translations -->` (each language's
review state, and a link to the editors' dashboard, vertaalstatus.md), `<!-- colophon:notes -->` (every editorial note, linked to its
passage), `<!-- colophon:corrections -->` (the brochure's slips this edition corrected,
translations/brochure-corrections.yml) and `<!-- colophon:version -->` (build date and
commit). An unknown marker is an error."""

import functools
import os
import re
from html import escape
from pathlib import Path

from _build_info import build_commit, build_date
from _editorial_notes import load_notes
from _files import load_yaml_with_lines, read_text
from _i18n import build_locales, default_locale, language_names, page_locale, site_locales, site_string
from _markdown import PAGE_TITLE
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


def render_version(config, locale: str) -> str:
    return site_string(config, locale, "colophon.version").format(
        date=build_date().isoformat(), commit=build_commit(project_dir(config)))


RENDERERS = {"translations": render_translations, "notes": render_notes,
             "corrections": render_corrections, "version": render_version}


def on_page_markdown(markdown, page, config, files):
    if "colophon:" not in markdown:
        return markdown
    locale = page_locale(page) or default_locale(config)
    renderers = {key: (lambda render=render: render(config, locale)) for key, render in RENDERERS.items()}
    return replace_markers(markdown, page, "colophon", renderers)
