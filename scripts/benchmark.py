#!/usr/bin/env python3
"""Benchmark: build time against stock Material + static-i18n on the same docs, rebuild
time in `mkdocs serve`, first-load weight per language (Chromium, gzip, all requests),
search index size, time from typing to the first search result, search recall@5 per
language (typed and pasted, tests/data/search-queries/), time for all PDFs.
Prints a table and writes benchmark-results.json. Run with scripts/benchmark."""

import gzip
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "overrides" / "hooks"))

from _chromium import CHROMIUM, CHROMIUM_ARGS, TRACK_SEARCH, search, serve  # noqa: E402
from page_weight import BUDGET_KIB, first_load, kind_of, responses  # noqa: E402
from search_quality import measure as search_quality  # noqa: E402
import readability  # noqa: E402

LOCALES = ["nl", "tr", "ar", "srn", "hi"]
CHAPTER = "gevolgen/"
# A word each language's pages contain (also used by tests/test_offline_copy.py).
SEARCH_WORD = {"nl": "ouders", "tr": "namus", "ar": "الشرف", "srn": "papa", "hi": "इज़्ज़त"}
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def timed_build(config: Path, site: Path, extra_env=None) -> tuple[float, str]:
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", str(config), "-d", str(site)],
                            cwd=config.parent, env={**ENV, **(extra_env or {})}, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"build failed ({config}):\n{result.stdout}{result.stderr}")
    return elapsed, result.stdout + result.stderr


def stock_config(tmp: Path) -> Path:
    """The same docs and languages with stock Material + static-i18n: no overrides or
    hooks, only what `srn` needs to build at all (the locale shim and Material's
    interface strings for srn)."""
    strings = tmp / "stock-overrides" / "partials" / "languages"
    strings.mkdir(parents=True)
    shutil.copy(ROOT / "overrides/partials/languages/srn.html", strings / "srn.html")
    ours = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    languages = ours[ours.index("      languages:"):ours.index("# -- Navigation")]
    nav = ours[ours.index("nav:"):]
    config = tmp / "stock.yml"
    config.write_text(
        f"site_name: stock\ndocs_dir: {ROOT / 'docs'}\nuse_directory_urls: true\n"
        f"theme:\n  name: material\n  language: nl\n  custom_dir: {tmp / 'stock-overrides'}\n"
        "markdown_extensions: [attr_list, admonition, def_list, md_in_html, toc, pymdownx.details, pymdownx.superfences]\n"
        "plugins:\n  - srn-locale\n  - search\n  - i18n:\n      docs_structure: folder\n" + languages + nav,
        encoding="utf-8")
    return config


def serve_rebuild_time(tmp: Path) -> float:
    """Seconds from a one-line change to the end of mkdocs serve's rebuild."""
    project = tmp / "project"
    for name in ("docs", "overrides", "translations", "scripts"):
        shutil.copytree(ROOT / name, project / name)
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    process = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{free_port()}"],
                               cwd=project, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines = []
    reader = threading.Thread(target=lambda: [lines.append((time.perf_counter(), line)) for line in process.stdout],
                              daemon=True)
    reader.start()
    try:
        deadline = time.perf_counter() + 120
        while not any("Serving on" in line for _, line in lines):
            if time.perf_counter() > deadline or process.poll() is not None:
                raise SystemExit("mkdocs serve did not start:\n" + "".join(l for _, l in lines))
            time.sleep(0.1)
        time.sleep(1)
        seen = len(lines)
        page = project / "docs" / "nl" / "gevolgen.md"
        changed_at = time.perf_counter()
        page.write_text(page.read_text(encoding="utf-8") + "\nEen regel erbij.\n", encoding="utf-8")
        while True:
            done = [t for t, line in lines[seen:] if "Documentation built" in line or "Reloading browsers" in line]
            if done:
                return done[0] - changed_at
            if time.perf_counter() - changed_at > 120:
                raise SystemExit("no rebuild seen:\n" + "".join(l for _, l in lines[seen:]))
            time.sleep(0.05)
    finally:
        process.terminate()
        process.wait(timeout=10)


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def browser_measurements(site: Path) -> dict:
    from playwright.sync_api import sync_playwright

    server = serve(site)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    out = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for locale in LOCALES:
            prefix = "" if locale == "nl" else f"{locale}/"
            context = browser.new_context()
            context.add_init_script(TRACK_SEARCH)  # search() returns on the worker's answer
            page = context.new_page()
            sizes = first_load(page, base + prefix + CHAPTER)
            first_load_bytes = sum(sizes.values())
            by_kind = {}
            for url, size in sizes.items():
                by_kind[kind_of(url)] = by_kind.get(kind_of(url), 0) + size
            with responses(page) as search_sizes:  # search loads only when opened
                started = page.evaluate("performance.now()")
                search(page, SEARCH_WORD[locale])
                page.locator(".md-search-result__item").first.wait_for(timeout=15000)
                search_ms = page.evaluate("performance.now()") - started
            index = locale_root(site, locale) / "search" / "search_index.json"
            out[locale] = {
                "first_load_kib": round(first_load_bytes / 1024, 1),
                "requests": len(sizes),
                "by_kind_kib": {k: round(v / 1024, 1) for k, v in sorted(by_kind.items())},
                "loaded_on_opening_search_kib": round(sum(search_sizes.values()) / 1024, 1),
                "search_index_kib": round(index.stat().st_size / 1024, 1),
                "search_index_gzip_kib": round(len(gzip.compress(index.read_bytes(), 6)) / 1024, 1),
                "opening_search_to_first_result_ms": round(search_ms),
            }
            context.close()
            for how in ("type", "paste"):
                quality = search_quality(browser, base + prefix, locale, how)
                out[locale][f"search_recall_at_5_{how}"] = quality["recall_at_5"]
                out[locale]["search_queries"] = quality["queries"]
        browser.close()
    server.shutdown()
    return out


def locale_root(site: Path, locale: str) -> Path:
    return site if locale == "nl" else site / locale


def main() -> int:
    results = {"machine": f"{platform.node()} {platform.machine()}, {os.cpu_count()} cores, "
                          f"Python {platform.python_version()}", "date": time.strftime("%Y-%m-%d")}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        ours_html, _ = timed_build(ROOT / "mkdocs.yml", tmp / "ours-html", {"SITE_PDF": "0"})
        stock, _ = timed_build(stock_config(tmp), tmp / "stock")
        ours_full, log = timed_build(ROOT / "mkdocs.yml", tmp / "ours", {})
        pdf = re.search(r"PDFs written to downloads/ in ([\d.]+) s", log)
        offline = re.search(r"Offline copy written to \S+ \(([\d.]+) MB\) in ([\d.]+) s", log)
        results["build_seconds"] = {"ours_html": round(ours_html, 2), "stock": round(stock, 2),
                                    "ratio_html_vs_stock": round(ours_html / stock, 2),
                                    "ours_with_pdfs": round(ours_full, 2),
                                    "all_pdfs": float(pdf.group(1)) if pdf else None,
                                    "pdf_count": len(list((tmp / "ours" / "downloads").glob("*.pdf"))),
                                    "offline_copy": float(offline.group(2)) if offline else None,
                                    "offline_copy_mb": float(offline.group(1)) if offline else None}
        results["serve_rebuild_seconds"] = round(serve_rebuild_time(tmp), 2)
        results["chapter_first_load"] = browser_measurements(tmp / "ours")
        results["handout_readability"] = readability.report(tmp / "ours")
        layout = re.search(r"Handouts laid out \(body size\): (.*)", log)
        results["handout_layout"] = layout.group(1).strip() if layout else None
    b = results["build_seconds"]
    print(f"Machine: {results['machine']}  ({results['date']})\n")
    print(f"Build (HTML)          {b['ours_html']:>6} s   stock Material + static-i18n {b['stock']} s"
          f"   ratio {b['ratio_html_vs_stock']}x (goal <= 1.25x)")
    print(f"Build with PDFs       {b['ours_with_pdfs']:>6} s   all {b['pdf_count']} PDFs {b['all_pdfs']} s"
          f" incl. browser start (goal <= 10 s); offline copy {b['offline_copy']} s ({b['offline_copy_mb']} MB zip)")
    print(f"Rebuild in serve      {results['serve_rebuild_seconds']:>6} s   after a one-line change\n")
    print(f"{'locale':<7}{'first load KiB':>15}{'requests':>10}{'search KiB':>11}{'index KiB':>11}{'index gz':>10}"
          f"{'search ms':>11}{'recall@5 typed':>16}{'pasted':>8}{'queries':>9}  first load by kind (KiB, gzip)")
    for locale, m in results["chapter_first_load"].items():
        print(f"{locale:<7}{m['first_load_kib']:>15}{m['requests']:>10}{m['loaded_on_opening_search_kib']:>11}"
              f"{m['search_index_kib']:>11}{m['search_index_gzip_kib']:>10}{m['opening_search_to_first_result_ms']:>11}"
              f"{m['search_recall_at_5_type']:>16}{m['search_recall_at_5_paste']:>8}{m['search_queries']:>9}"
              f"  {m['by_kind_kib']}")
    print("\nFirst load: a chapter page (gevolgen) in a fresh browser, all requests, text gzip-compressed"
          f" (level 6); goal <= {BUDGET_KIB} KiB. Search KiB: loaded on opening search (index,"
          " worker, lunr languages); search ms: from opening search to the first result. Recall@5: share of"
          " the language's queries (tests/data/search-queries/) whose page comes among the first five"
          " results, typed key by key and pasted at once (goal >= 0.95).")
    print(f"\nParent handouts (scripts/readability.py; goals: Flesch-Douma >= 75, Atesman >= 70,"
          f" no sentence over {readability.MAX_WORDS} words):")
    print(readability.table(results["handout_readability"]))
    print(f"PDF layout (body size, pages): {results['handout_layout']}")
    (ROOT / "benchmark-results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    print("written to benchmark-results.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
