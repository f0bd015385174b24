#!/usr/bin/env python3
"""Run axe-core (tests/vendor/axe-core, v4.14.1) in Debian's Chromium over every page
of every language of a built site and print pages x rules: the numbers the
accessibility statement cites.

  scripts/accessibility.py [SITE_DIR]           (default: site/, built by scripts/build)
  scripts/accessibility.py --write [SITE_DIR]   also record the numbers the accessibility
                                                statement cites (scripts/data/)

Also used by tests/test_accessibility.py."""

import datetime
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "overrides" / "hooks"))

from _chromium import CHROMIUM, CHROMIUM_ARGS, serve  # noqa: E402
AXE = ROOT / "tests" / "vendor" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def run_axe(page) -> dict:
    """axe results for the loaded page (violations and passes, by rule id)."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    return page.evaluate(
        "async (tags) => { const r = await axe.run(document, {runOnly: {type: 'tag', values: tags}});"
        " return {violations: r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.map(n => n.target.join(' ') + ' :: ' + n.failureSummary)})),"
        " passes: r.passes.map(p => p.id), incomplete: r.incomplete.map(p => p.id)}; }",
        TAGS,
    )


def site_pages(site: Path) -> list[str]:
    """Every HTML page of the site, as paths relative to its root (404 pages excluded)."""
    pages = []
    for path in sorted(site.rglob("index.html")):
        relative = path.parent.relative_to(site).as_posix()
        pages.append("" if relative == "." else relative + "/")
    return pages


RESULTS = ROOT / "scripts" / "data" / "accessibility-results.json"


def report(site: Path, write: bool = False) -> int:
    from playwright.sync_api import sync_playwright

    server = serve(site)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    rules, total = {}, 0
    pages = site_pages(site)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        for path in pages:
            page.goto(base + path)
            result = run_axe(page)
            for rule in result["passes"]:
                rules.setdefault(rule, [0, 0])[0] += 1
            for violation in result["violations"]:
                rules.setdefault(violation["id"], [0, 0])[1] += 1
                total += 1
                print(f"VIOLATION /{path}: {violation['id']} ({violation['impact']}): {violation['help']}")
                for node in violation["nodes"][:3]:
                    print(f"    {node}")
        browser.close()
    server.shutdown()
    print(f"\naxe-core 4.14.1, tags {', '.join(TAGS)}; {len(pages)} pages\n")
    print(f"{'rule':<40} {'pages passed':>12} {'pages failed':>12}")
    for rule, (passed, failed) in sorted(rules.items()):
        print(f"{rule:<40} {passed:>12} {failed:>12}")
    print(f"\n{len(pages)} pages, {len(rules)} rules applied, {total} violations")
    results = {"pages": len(pages), "rules": len(rules), "violations": total,
               "date": datetime.date.today().isoformat()}
    print(json.dumps(results))
    if write:
        RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        print(f"written to {RESULTS.relative_to(ROOT)}: rebuild the site to show them")
    return 1 if total else 0


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if a != "--write"]
    sys.exit(report(Path(arguments[0] if arguments else ROOT / "site"), write="--write" in sys.argv))
