#!/usr/bin/env python3
"""Translation status and checks.

  scripts/translations.py status [--check]     language x page table (missing / outdated /
                                               draft / reviewed); --check exits 1 when any
                                               page is missing or outdated
  scripts/translations.py check [--lang tr]    build the site and compare every translated
                                               page with its Dutch page (ids, numbers, links,
                                               admonitions, list items)
  scripts/translations.py stamp --lang tr [page.md ...]
                                               record the current Dutch text as the source of
                                               these translations (after updating them)
"""

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "overrides" / "hooks"))
sys.path.insert(0, str(ROOT / "scripts"))

import yaml  # noqa: E402

from _translation import STATES, page_state, stamp  # noqa: E402

DOCS = ROOT / "docs"
DERIVED_PAGES = {"print.md"}  # assembled from the other pages; not compared on its own


class _EnvTolerantLoader(yaml.SafeLoader):
    pass


_EnvTolerantLoader.add_multi_constructor("!", lambda loader, suffix, node: None)


def read_mkdocs_config() -> dict:
    """mkdocs.yml as plain data (its !ENV tags read as None); also used by the tests."""
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_EnvTolerantLoader)


def languages() -> tuple[str, list[str]]:
    """(default locale, other locales) from mkdocs.yml's i18n plugin."""
    config = read_mkdocs_config()
    i18n = next(p["i18n"] for p in config["plugins"] if isinstance(p, dict) and "i18n" in p)
    default = next(lang["locale"] for lang in i18n["languages"] if lang.get("default"))
    others = [lang["locale"] for lang in i18n["languages"] if not lang.get("default")]
    return default, others


def page_names(default: str) -> list[str]:
    return sorted(path.name for path in (DOCS / default).glob("*.md"))


def status(check: bool) -> int:
    default, others = languages()
    names = page_names(default)
    width = max(len(name) for name in names)
    print(f"{'page':<{width}}  " + "  ".join(f"{lang:<9}" for lang in others))
    counts = {state: 0 for state in STATES}
    for name in names:
        states = [page_state(DOCS, default, lang, name) for lang in others]
        for state in states:
            counts[state.state] += 1
        print(f"{name:<{width}}  " + "  ".join(f"{s.state:<9}" for s in states))
    print("\n" + ", ".join(f"{n} {state}" for state, n in counts.items()))
    if check and (counts["missing"] or counts["outdated"]):
        print(
            "\nTranslation check failed: translate the missing pages; for outdated ones, update "
            "the translation to the new Dutch text, then run "
            "'scripts/translations.py stamp --lang LANG PAGE.md'.",
            file=sys.stderr,
        )
        return 1
    return 0


def page_path(name: str) -> str:
    return "" if name == "index.md" else name[:-3] + "/"


def check(only: str | None) -> int:
    from translation_invariants import compare_built_page

    default, others = languages()
    with tempfile.TemporaryDirectory() as site:
        build = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", site],
            cwd=ROOT, capture_output=True, text=True,
        )
        if build.returncode != 0:
            print(build.stdout + build.stderr, file=sys.stderr)
            return build.returncode
        problems = []
        for lang in others:
            if only and lang != only:
                continue
            for name in page_names(default):
                if name in DERIVED_PAGES or not (DOCS / lang / name).exists():
                    continue
                problems += compare_built_page(
                    Path(site), default, lang, page_path(name), f"docs/{lang}/{name}")
    for problem in problems:
        print(problem)
    print(f"{len(problems)} difference(s) from the Dutch pages")
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command")
    p_status = sub.add_parser("status")
    p_status.add_argument("--check", action="store_true")
    p_check = sub.add_parser("check")
    p_check.add_argument("--lang")
    p_stamp = sub.add_parser("stamp")
    p_stamp.add_argument("--lang", required=True)
    p_stamp.add_argument("pages", nargs="*")
    args = parser.parse_args()
    if args.command == "check":
        return check(args.lang)
    if args.command == "stamp":
        default, _ = languages()
        for name in args.pages or page_names(default):
            if (DOCS / args.lang / name).exists() and stamp(DOCS, default, args.lang, name):
                print(f"stamped docs/{args.lang}/{name}")
        return 0
    return status(getattr(args, "check", False))


if __name__ == "__main__":
    sys.exit(main())
