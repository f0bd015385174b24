#!/usr/bin/env python3
"""Translation status and checks.

  scripts/translations.py status [--check]     language x page table (missing / outdated /
                                               draft / reviewed / invalid); --check exits 1
                                               when any page is missing, outdated or invalid
  scripts/translations.py check [--lang tr]    build the Dutch and that language (HTML only,
                                               strict, no Chromium) and show every difference
                                               from the Dutch and every other build error
  scripts/translations.py stamp --lang tr page.md [...]
                                               record the current Dutch text as the source of
                                               these translations (after updating them)
  scripts/translations.py stamp --lang tr --all
                                               the same for every outdated page of the
                                               language: shows what changed in the Dutch of
                                               each and asks before stamping
"""

import argparse
import difflib
import hashlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "overrides" / "hooks"))

import yaml  # noqa: E402

from _files import AuthorError, normalised  # noqa: E402
from _translation import STATES, front_matter, page_state, stamp  # noqa: E402

DOCS = ROOT / "docs"


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
    problems = []
    for name in names:
        states = [page_state(DOCS, default, lang, name) for lang in others]
        for state in states:
            counts[state.state] += 1
            if state.state == "invalid":
                problems.append(state.detail)
            elif state.state == "outdated":
                problems.append(
                    f"docs/{state.locale}/{name}:{state.line}: outdated ({state.detail}) — update the "
                    f"translation to docs/{default}/{name}, then run 'scripts/translations.py stamp "
                    f"--lang {state.locale} {name}'.")
        print(f"{name:<{width}}  " + "  ".join(f"{s.state:<9}" for s in states))
    print("\n" + ", ".join(f"{n} {state}" for state, n in counts.items()))
    if check and (counts["missing"] or counts["outdated"] or counts["invalid"]):
        print("", *problems, sep="\n", file=sys.stderr)
        print("\nTranslation check failed: translate the missing pages; fix or update the pages above.",
              file=sys.stderr)
        return 1
    return 0


def check(only: str | None) -> int:
    """The build's own translation check (overrides/hooks/translation_checks.py and the
    other checks), for the Dutch and one language: strict, HTML only, every message."""
    default, others = languages()
    if only and only not in others:
        print(f"--lang {only}: not a translated language of mkdocs.yml (use {', '.join(others)}).", file=sys.stderr)
        return 2
    env = {**os.environ, "SITE_PDF": "0", "NO_MKDOCS_2_WARNING": "1"}
    if only:
        env["SITE_LANGUAGES"] = f"{default},{only}"
    with tempfile.TemporaryDirectory() as site:
        build = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", site],
            cwd=ROOT, capture_output=True, text=True, env=env)
    shown = [line for line in (build.stdout + build.stderr).splitlines()
             if not line.startswith("INFO") or "translations:" in line]
    print("\n".join(shown))
    errors = sum(1 for line in shown if line.startswith(("ERROR", "WARNING")))
    if build.returncode == 0:
        print(f"No differences from the Dutch pages ({only or 'every language'}).")
    else:
        print(f"{errors} problem(s): fix each at the file and line it names, then run this again.")
    return build.returncode


def git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout


def dutch_changes(default: str, locale: str, name: str) -> str:
    """What changed in the Dutch page since the text this translation records."""
    try:
        recorded = ((front_matter(DOCS / locale / name, f"docs/{locale}/{name}").get("translation") or {})
                    .get("source_sha256"))
    except AuthorError as error:
        return str(error)
    path = f"docs/{default}/{name}"
    if not recorded:
        return f"  (never stamped: the whole of {path})"
    for commit in git("log", "--format=%H", "--", path).split():
        old = subprocess.run(["git", "show", f"{commit}:{path}"], cwd=ROOT, capture_output=True).stdout
        if hashlib.sha256(normalised(old)).hexdigest() == recorded:
            current = normalised((ROOT / path).read_bytes()).decode("utf-8").splitlines()
            diff = difflib.unified_diff(normalised(old).decode("utf-8").splitlines(), current,
                                        f"{path} (translated from, {commit[:8]})", f"{path} (now)",
                                        n=0, lineterm="")
            return "\n".join(f"  {line}" for line in diff)
    return f"  (the Dutch text it was translated from is not in the git history of {path})"


def stamp_pages(locale: str, pages: list[str], every: bool) -> int:
    default, others = languages()
    if locale not in others:
        print(f"--lang {locale}: not a translated language of mkdocs.yml (use {', '.join(others)}).", file=sys.stderr)
        return 2
    if not pages and not every:
        print("Name the pages you have translated: scripts/translations.py stamp --lang "
              f"{locale} gevolgen.md [...]. (--all stamps every outdated page, after showing what "
              "changed in the Dutch and asking.)", file=sys.stderr)
        return 2
    if every:
        pages = [name for name in page_names(default)
                 if page_state(DOCS, default, locale, name).state == "outdated"]
        if not pages:
            print(f"Nothing to stamp: every docs/{locale} page records the current Dutch text.")
            return 0
        for name in pages:
            print(f"docs/{locale}/{name}: the Dutch changed:\n{dutch_changes(default, locale, name)}\n")
        print(f"Stamp these {len(pages)} page(s) as translated from the current Dutch text? Only if each "
              f"change above is in the docs/{locale} page. Type 'yes' to stamp: ", end="", flush=True)
        answer = sys.stdin.readline().strip().lower()
        if answer != "yes":
            print("Nothing stamped.")
            return 1
    problems = 0
    for name in pages:
        if not (DOCS / default / name).exists() or not (DOCS / locale / name).exists():
            print(f"docs/{locale}/{name}: no such page (in docs/{default}/ and docs/{locale}/).", file=sys.stderr)
            problems += 1
            continue
        try:
            if stamp(DOCS, default, locale, name):
                print(f"stamped docs/{locale}/{name}")
            else:
                print(f"docs/{locale}/{name} already records the current Dutch text")
        except AuthorError as error:
            print(error, file=sys.stderr)
            problems += 1
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
    p_stamp.add_argument("--all", action="store_true", dest="every",
                         help="every outdated page: shows what changed in the Dutch and asks first")
    p_stamp.add_argument("pages", nargs="*")
    args = parser.parse_args()
    if args.command == "check":
        return check(args.lang)
    if args.command == "stamp":
        if args.pages and args.every:
            parser.error("give page names or --all, not both")
        return stamp_pages(args.lang, args.pages, args.every)
    return status(getattr(args, "check", False))


if __name__ == "__main__":
    sys.exit(main())
