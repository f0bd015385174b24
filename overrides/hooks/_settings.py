"""The site's settings in mkdocs.yml, checked: what the hook settings_checks.py reports
at every build, and what scripts/build and scripts/translations.py check before MkDocs
reads the file (MkDocs reports a YAML slip without "file:line"). Each problem is
"mkdocs.yml:line: what is wrong — what to do":

- the file is valid YAML (a tab, a lost quote or colon);
- every help number and address (extra.help) is in the brochure (tests/data/brochure.nl.txt)
  or has an entry in extra.help_sources saying where it comes from (a mistyped number
  matches neither);
- the quick exit (extra.quick_exit.url) is an https:// address without query or fragment
  (no tracking parameter: the address is where a reader in danger lands);
- SITE_URL (site_url) ends in "/" and names no file (QR codes, the 404 page and the
  sitemaps add paths to it);
- every language has a title (admonition_translations) for every box type the pages use.

Run as a script (`python _settings.py mkdocs.yml`) it checks that the file reads as YAML."""

import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from _files import AuthorError, _LineLoader, read_text, yaml_error

BROCHURE = "tests/data/brochure.nl.txt"
BOX = re.compile(r"^\s{0,3}(?:!!!|\?\?\?\+?)\s*([\w-]+)", re.M)


class _ConfigLoader(_LineLoader):
    """mkdocs.yml with lines; its !ENV and other tags read as None (they are MkDocs's)."""


_ConfigLoader.add_multi_constructor("!", lambda loader, suffix, node: None)


def load_config(path: Path, where: str = "mkdocs.yml"):
    """mkdocs.yml as a Mapping with lines; a YAML slip is an AuthorError naming the line."""
    text = read_text(path, where)
    try:
        return yaml.load(text, Loader=_ConfigLoader)
    except yaml.YAMLError as error:
        problem = yaml_error(error, where)
        line = int(str(problem).split(":", 2)[1])
        lines = text.split("\n")
        tabbed = next((n for n in (line, line - 1) if 0 < n <= len(lines) and "\t" in lines[n - 1]), None)
        if tabbed:
            raise AuthorError(f"{where}:{tabbed}: a tab indents this line — YAML wants spaces: indent it with "
                              "spaces, as the lines around it.") from None
        raise problem from None


def help_problems(extra, brochure: str, where: str = "mkdocs.yml") -> list[str]:
    help_settings = extra.get("help") or {}
    sources = extra.get("help_sources") or []
    vouched = {str(entry.get("value")) for entry in sources
               if isinstance(entry, dict) and str(entry.get("source") or "").strip()}
    problems = []
    for key, value in help_settings.items():
        value = str(value)
        line = getattr(help_settings, "key_lines", {}).get(key, 1)
        if key.endswith("_label"):
            continue  # the words of a link whose address is checked
        # A number as the brochure may write it: its digit groups with or without a space or dash.
        written = r"[\s-]?".join(re.escape(group) for group in re.findall(r"\d+", value))
        in_brochure = (value in brochure if value.startswith("http") else
                       bool(written) and re.search(rf"(?<![\d-]){written}(?![\d-])", brochure) is not None)
        if not in_brochure and value not in vouched:
            problems.append(
                f"{where}:{line}: extra.help.{key} '{value}' is not in the brochure ({BROCHURE}) and has no "
                "entry in extra.help_sources — check the number against its source and correct it; for a "
                "number the brochure does not give, add '- value: \"...\"' with 'source:' saying where it "
                "comes from.")
        if key.endswith("_url") and urlsplit(value).scheme != "https":
            problems.append(f"{where}:{line}: extra.help.{key} '{value}' is not an https:// address — write "
                            "the address as the organisation publishes it, with https://.")
    return problems


def quick_exit_problems(extra, where: str = "mkdocs.yml") -> list[str]:
    settings = extra.get("quick_exit") or {}
    url = str(settings.get("url") or "")
    line = getattr(settings, "key_lines", {}).get("url", getattr(extra, "key_lines", {}).get("quick_exit", 1))
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.netloc and not parts.query and not parts.fragment and "?" not in url:
        return []
    return [f"{where}:{line}: the quick exit address '{url}' must be an https:// address without '?…' or "
            "'#…' — a reader in danger leaves to it: no unencrypted address (it shows in the network's logs) "
            "and no tracking parameter; write e.g. https://nl.wikipedia.org/wiki/Hoofdpagina."]


def site_url_problems(site_url: str | None, line: int, where: str = "mkdocs.yml") -> list[str]:
    if not site_url:
        return []
    parts = urlsplit(site_url)
    last = parts.path.rstrip("/").rsplit("/", 1)[-1]
    if parts.scheme in ("http", "https") and parts.netloc and site_url.endswith("/") and "." not in last \
            and not parts.query and not parts.fragment:
        return []
    return [f"{where}:{line}: SITE_URL '{site_url}' (site_url) must be the address of the site's folder, "
            "starting with https:// and ending in '/', with no file name (index.html) — e.g. "
            "SITE_URL=https://example.nl/shame-sexting/ ; QR codes on the handouts, the 404 page and the "
            "sitemaps add their paths to it."]


def box_types_used(docs: Path, known: set[str], default: str) -> dict[str, str]:
    """Box type of the site -> where it is first used ('docs/nl/x.md:12', the source language
    first); an unknown type is markdown_checks.py's to report."""
    used = {}
    for path in sorted(docs.glob("*/*.md"), key=lambda path: (path.parent.name != default, path)):
        text = read_text(path, f"docs/{path.parent.name}/{path.name}")
        for match in BOX.finditer(text):
            if match.group(1) in known:
                line = text.count("\n", 0, match.start()) + 1
                used.setdefault(match.group(1), f"docs/{path.parent.name}/{path.name}:{line}")
    return used


def box_title_problems(languages: list, used: dict[str, str], where: str = "mkdocs.yml") -> list[str]:
    problems = []
    for language in languages:
        titles = language.get("admonition_translations") or {}
        line = getattr(titles, "line", None) or getattr(language, "line", 1)
        for kind, first_use in sorted(used.items()):
            if not str(titles.get(kind) or "").strip():
                problems.append(
                    f"{where}:{line}: language '{language.get('locale')}' has no title for '!!! {kind}' boxes "
                    f"(used in {first_use}) — add '{kind}: <title in that language>' under its "
                    "admonition_translations; without it the box reads in English.")
    return problems


def main(path: str) -> int:
    try:
        load_config(Path(path), Path(path).name)
    except AuthorError as error:
        print(f"ERROR   -  {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
