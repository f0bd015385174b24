#!/usr/bin/env python3
"""Run two accessibility engines in Debian's Chromium over every page of every language
of a built site and print pages x rules: the numbers the accessibility statement cites.
axe-core (tests/vendor/axe-core, v4.14.1) and IBM's Equal Access engine (npm
accessibility-checker-engine, pinned in package-lock.json: `npm ci --ignore-scripts`),
policies WCAG_2_2 and IBM_Accessibility, level VIOLATION.

  scripts/accessibility.py [SITE_DIR]           (default: site/, built by scripts/build)
  scripts/accessibility.py --write [SITE_DIR]   also record the numbers the accessibility
                                                statement cites (scripts/data/)

Also used by tests/test_accessibility.py."""

import datetime
import functools
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "overrides" / "hooks"))

from _chromium import CHROMIUM, CHROMIUM_ARGS, serve  # noqa: E402
AXE = ROOT / "tests" / "vendor" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
ACE = ROOT / "node_modules" / "accessibility-checker-engine" / "ace.js"
POLICIES = ["WCAG_2_2", "IBM_Accessibility"]
INSTALL_ACE = "npm ci --ignore-scripts (in the project root; node and npm needed)"


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


@functools.lru_cache(maxsize=None)
def _ace_source() -> str:
    if not ACE.exists():
        raise SystemExit(f"{ACE.relative_to(ROOT)} not found. Install it: {INSTALL_ACE}")
    return ACE.read_text(encoding="utf-8")


def start_equal_access(page) -> None:
    """Start IBM's engine on the loaded page and return at once: it runs in that page's
    renderer while another page runs axe (equal_access_results collects it)."""
    if not page.evaluate("typeof window.ace !== 'undefined'"):
        page.add_script_tag(content=_ace_source())
    page.evaluate(
        "(policies) => { window.__aceReport = new ace.Checker().check(document, policies).then(report => {"
        " const failed = report.results.filter(r => r.value[0] === 'VIOLATION' && r.value[1] === 'FAIL');"
        " return {rules: [...new Set(report.results.map(r => r.ruleId))],"
        " violations: failed.map(r => ({id: r.ruleId, help: r.message, node: r.path.dom + ' :: ' + r.snippet}))};"
        " }); }",
        POLICIES,
    )


def equal_access_results(page) -> dict:
    """IBM Equal Access results for the page start_equal_access ran on: the rules it ran
    and its violations (level VIOLATION, result FAIL). ace.js fetches nothing."""
    return page.evaluate("() => window.__aceReport")


def run_equal_access(page) -> dict:
    start_equal_access(page)
    return equal_access_results(page)


def site_pages(site: Path) -> list[str]:
    """Every HTML page of the site, as paths relative to its root (404 pages excluded)."""
    pages = []
    for path in sorted(site.rglob("index.html")):
        relative = path.parent.relative_to(site).as_posix()
        pages.append("" if relative == "." else relative + "/")
    return pages


RESULTS = ROOT / "scripts" / "data" / "accessibility-results.json"
LOCALES = ("nl", "tr", "ar", "srn", "hi")


def locale_of(path: str) -> str:
    """The language of a page path relative to the site root ('tr/gevolgen/' is tr)."""
    first = path.split("/", 1)[0]
    return first if first in LOCALES[1:] else LOCALES[0]


def scan(page, ibm_page, base: str, paths: list[str]) -> dict:
    """Both engines over paths: IBM's in ibm_page (a page of its own, its own window: a
    background tab would be throttled) while axe runs in page. Returns the rules each
    engine applied, with the pages each passed and failed, and the violations found."""
    axe_rules, ibm_rules, violations = {}, {}, []
    for path in paths:
        ibm_page.goto(base + path)
        start_equal_access(ibm_page)
        page.goto(base + path)
        result = run_axe(page)
        for rule in result["passes"]:
            axe_rules.setdefault(rule, [0, 0])[0] += 1
        for violation in result["violations"]:
            axe_rules.setdefault(violation["id"], [0, 0])[1] += 1
            violations.append(f"axe /{path}: {violation['id']} ({violation['impact']}): {violation['help']}: "
                              + " | ".join(violation["nodes"][:3]))
        ibm = equal_access_results(ibm_page)
        for rule in ibm["rules"]:
            ibm_rules.setdefault(rule, [0, 0])
        for violation in ibm["violations"]:
            ibm_rules[violation["id"]][1] += 1
            violations.append(f"IBM /{path}: {violation['id']}: {violation['help']}: {violation['node']}")
    return {"axe": axe_rules, "ibm": ibm_rules, "violations": violations}


def report(site: Path, write: bool = False) -> int:
    from playwright.sync_api import sync_playwright

    server = serve(site)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    pages = site_pages(site)
    by_locale = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page, ibm_page = browser.new_context().new_page(), browser.new_context().new_page()
        for locale in LOCALES:
            by_locale[locale] = scan(page, ibm_page, base, [path for path in pages if locale_of(path) == locale])
        browser.close()
    server.shutdown()
    rules, ibm_rules, violations = {}, {}, []
    for result in by_locale.values():
        for merged, found in ((rules, result["axe"]), (ibm_rules, result["ibm"])):
            for rule, (passed, failed) in found.items():
                merged.setdefault(rule, [0, 0])
                merged[rule][0] += passed
                merged[rule][1] += failed
        violations += result["violations"]
    print("\n".join(f"VIOLATION {line}" for line in violations))
    total = sum(failed for _, failed in rules.values())
    ibm_total = sum(failed for _, failed in ibm_rules.values())
    print(f"\naxe-core 4.14.1, tags {', '.join(TAGS)}; {len(pages)} pages\n")
    print(f"{'rule':<40} {'pages passed':>12} {'pages failed':>12}")
    for rule, (passed, failed) in sorted(rules.items()):
        print(f"{rule:<40} {passed:>12} {failed:>12}")
    print(f"\n{len(pages)} pages, {len(rules)} rules applied, {total} violations")
    print(f"\nIBM Equal Access {_ace_version()}, policies {', '.join(POLICIES)}: {len(ibm_rules)} rules ran,"
          f" {ibm_total} violations")
    for rule, (_, failed) in sorted(ibm_rules.items()):
        if failed:
            print(f"{rule:<40} {failed:>12} violations")
    results = {"pages": len(pages), "rules": len(rules), "violations": total,
               "ibm_rules": len(ibm_rules), "ibm_violations": ibm_total,
               "date": datetime.date.today().isoformat()}
    print(json.dumps(results))
    # What each language's pages applied: the tests check one language at a time
    # against these, and so the totals the statement cites.
    results["rules_by_locale"] = {locale: {"axe": sorted(result["axe"]), "ibm": sorted(result["ibm"])}
                                  for locale, result in by_locale.items()}
    if write:
        RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        print(f"written to {RESULTS.relative_to(ROOT)}: rebuild the site to show them")
    return 1 if total or ibm_total else 0


def _ace_version() -> str:
    package = ACE.parent / "package.json"
    return json.loads(package.read_text(encoding="utf-8"))["version"] if package.exists() else "?"


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if a != "--write"]
    sys.exit(report(Path(arguments[0] if arguments else ROOT / "site"), write="--write" in sys.argv))
