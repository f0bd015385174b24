#!/usr/bin/env python3
"""Benchmark, side by side and by medians: the HTML-only build against stock Material +
static-i18n on the same docs (runs alternating), the rebuild in `mkdocs serve` after a
one-line change (one language, as scripts/serve --lang tr serves it, and all five), the
first load of a chapter per language as a phone receives it through the sample nginx
setup (headers and gzipped bodies), search index size, time from opening search to the
first result, search quality per language (typed and pasted), all PDFs, the offline copy.
Prints a table and writes benchmark-results.json. Run with scripts/benchmark [RUNS]."""

import gzip
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "overrides" / "hooks"))

from _chromium import CHROMIUM, CHROMIUM_ARGS, TRACK_SEARCH, search  # noqa: E402
from page_weight import BUDGET_KIB, first_load, kind_of, responses  # noqa: E402
from sample_server import free_port, running_nginx  # noqa: E402
import search_quality  # noqa: E402
import readability  # noqa: E402

LOCALES = ["nl", "tr", "ar", "srn", "hi"]
CHAPTER = "gevolgen/"
# A word each language's pages contain (also used by tests/test_offline_copy.py).
SEARCH_WORD = {"nl": "ouders", "tr": "namus", "ar": "الشرف", "srn": "papa", "hi": "इज़्ज़त"}
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_build(config: Path, site: Path, extra_env=None) -> tuple[float, float, str]:
    """Wall seconds, CPU seconds and the log of one build."""
    started, cpu = time.perf_counter(), children_cpu()
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", str(config), "-d", str(site)],
                            cwd=config.parent, env={**ENV, **(extra_env or {})}, capture_output=True, text=True)
    elapsed, cpu = time.perf_counter() - started, children_cpu() - cpu
    if result.returncode != 0:
        raise SystemExit(f"build failed ({config}):\n{result.stdout}{result.stderr}")
    return elapsed, cpu, result.stdout + result.stderr


def median(values) -> float:
    return round(statistics.median(values), 2)


def builds_side_by_side(tmp: Path, runs: int) -> dict:
    """Our HTML-only build and the stock build, alternating, runs times each."""
    stock = stock_config(tmp)
    ours_wall, ours_cpu, stock_wall, stock_cpu = [], [], [], []
    for run in range(runs):
        wall, cpu, _ = timed_build(ROOT / "mkdocs.yml", tmp / f"ours-html-{run}", {"SITE_PDF": "0"})
        ours_wall.append(wall)
        ours_cpu.append(cpu)
        wall, cpu, _ = timed_build(stock, tmp / f"stock-{run}")
        stock_wall.append(wall)
        stock_cpu.append(cpu)
    return {"runs": runs, "ours_html": median(ours_wall), "stock": median(stock_wall),
            "ratio_html_vs_stock": round(statistics.median(ours_wall) / statistics.median(stock_wall), 2),
            "ours_html_cpu": median(ours_cpu), "stock_cpu": median(stock_cpu),
            "ratio_cpu_vs_stock": round(statistics.median(ours_cpu) / statistics.median(stock_cpu), 2)}


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


def process_cpu(pid: int) -> float:
    """CPU seconds (user + system) a running process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def serve_rebuilds(tmp: Path, languages: str | None, runs: int) -> dict:
    """Wall and CPU seconds of mkdocs serve's rebuild after a one-line change (a word
    added to a paragraph of the edited language's gevolgen.md), medians of runs changes;
    languages: SITE_LANGUAGES as scripts/serve sets it (None: all five)."""
    edited = (languages or "nl").split(",")[-1]
    project = tmp / f"serve-{edited}-{'all' if languages is None else 'one'}"
    for name in ("docs", "overrides", "translations", "scripts"):
        shutil.copytree(ROOT / name, project / name)
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    env = {**ENV, **({"SITE_LANGUAGES": languages} if languages else {})}
    process = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{free_port()}"],
                               cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines = []
    reader = threading.Thread(target=lambda: [lines.append((time.perf_counter(), line)) for line in process.stdout],
                              daemon=True)
    reader.start()
    walls, cpus = [], []
    try:
        deadline = time.perf_counter() + 180
        while not any("Serving on" in line for _, line in lines):
            if time.perf_counter() > deadline or process.poll() is not None:
                raise SystemExit("mkdocs serve did not start:\n" + "".join(l for _, l in lines))
            time.sleep(0.1)
        page = project / "docs" / edited / "gevolgen.md"
        for run in range(runs):
            time.sleep(1)  # the watcher settles
            seen, cpu = len(lines), process_cpu(process.pid)
            text = page.read_text(encoding="utf-8").split("\n")
            paragraph = next(i for i, line in enumerate(text) if i > 5 and line[:1].isalpha())
            text[paragraph] += " a"  # no number, no Dutch: the translation checks still pass
            changed_at = time.perf_counter()
            page.write_text("\n".join(text), encoding="utf-8")
            while True:
                done = [t for t, line in lines[seen:] if "Documentation built" in line]
                failed = [line for _, line in lines[seen:] if "Aborted" in line]
                if failed:
                    raise SystemExit("rebuild failed:\n" + "".join(l for _, l in lines[seen:]))
                if done:
                    walls.append(done[0] - changed_at)
                    break
                if time.perf_counter() - changed_at > 120:
                    raise SystemExit("no rebuild seen:\n" + "".join(l for _, l in lines[seen:]))
                time.sleep(0.02)
            time.sleep(0.5)  # the reload that follows the build
            cpus.append(process_cpu(process.pid) - cpu)
    finally:
        process.terminate()
        process.wait(timeout=10)
    return {"languages": languages or "all", "edited": edited, "runs": runs,
            "wall": median(walls), "cpu": median(cpus)}


def browser_measurements(site: Path, runtime: Path) -> dict:
    from playwright.sync_api import sync_playwright

    out = {}
    with running_nginx(site, runtime) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for locale in LOCALES:
            prefix = "" if locale == "nl" else f"{locale}/"
            context = browser.new_context()
            context.add_init_script(TRACK_SEARCH)  # search() returns on the worker's answer
            page = context.new_page()
            sizes = first_load(page, base + prefix + CHAPTER, on_the_wire=True)
            first_load_bytes = sum(sizes.values())
            by_kind = {}
            for url, size in sizes.items():
                by_kind[kind_of(url)] = by_kind.get(kind_of(url), 0) + size
            with responses(page, on_the_wire=True) as search_sizes:  # search loads only when opened
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
        quality = search_quality.report(browser, base)
        browser.close()
    for locale, by_how in quality.items():
        out[locale]["search_quality"] = {how: {key: result[key] for key in ("queries", "precision_at_1", "recall_at_3")}
                                         for how, result in by_how.items()}
    return out, search_quality.table(quality)


def locale_root(site: Path, locale: str) -> Path:
    return site if locale == "nl" else site / locale


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    results = {"machine": f"{platform.node()} {platform.machine()}, {os.cpu_count()} cores, "
                          f"Python {platform.python_version()}", "date": time.strftime("%Y-%m-%d"),
               "load_average_at_start": [round(x, 2) for x in os.getloadavg()]}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        builds = builds_side_by_side(tmp, runs)
        ours_full, _, log = timed_build(ROOT / "mkdocs.yml", tmp / "ours", {})
        pdf = re.search(r"PDFs written to downloads/ in ([\d.]+) s", log)
        offline = re.search(r"Offline copy written to \S+ \(([\d.]+) MB\) in ([\d.]+) s", log)
        results["build_seconds"] = {**builds, "ours_with_pdfs": round(ours_full, 2),
                                    "all_pdfs": float(pdf.group(1)) if pdf else None,
                                    "pdf_count": len(list((tmp / "ours" / "downloads").glob("*.pdf"))),
                                    "offline_copy": float(offline.group(2)) if offline else None,
                                    "offline_copy_mb": float(offline.group(1)) if offline else None}
        results["serve_rebuild"] = [serve_rebuilds(tmp, "nl,tr", 3), serve_rebuilds(tmp, "nl", 3),
                                    serve_rebuilds(tmp, None, 3)]
        (tmp / "nginx").mkdir()
        results["chapter_first_load"], quality_table = browser_measurements(tmp / "ours", tmp / "nginx")
        results["handout_readability"] = readability.report(tmp / "ours")
        layout = re.search(r"Handouts laid out \(body size\): (.*)", log)
        results["handout_layout"] = layout.group(1).strip() if layout else None
    b = results["build_seconds"]
    print(f"Machine: {results['machine']}  ({results['date']}; load average at start"
          f" {results['load_average_at_start'][0]})\n")
    print(f"Build (HTML), medians of {b['runs']} alternating runs: ours {b['ours_html']} s wall, {b['ours_html_cpu']} s CPU;"
          f" stock Material + static-i18n {b['stock']} s wall, {b['stock_cpu']} s CPU;"
          f" ratio {b['ratio_html_vs_stock']}x wall, {b['ratio_cpu_vs_stock']}x CPU (goal <= 1.25x)")
    print(f"Build with PDFs       {b['ours_with_pdfs']:>6} s   all {b['pdf_count']} PDFs {b['all_pdfs']} s"
          f" incl. browser start (goal <= 10 s); offline copy {b['offline_copy']} s ({b['offline_copy_mb']} MB zip)")
    for rebuild in results["serve_rebuild"]:
        served = {"nl,tr": "scripts/serve --lang tr", "nl": "scripts/serve", "all": "scripts/serve --all"}[rebuild["languages"]]
        print(f"Rebuild in serve      {rebuild['cpu']:>6} s CPU, {rebuild['wall']} s wall  after a one-line change in"
              f" {rebuild['edited']} ({served}; median of {rebuild['runs']}; goal <= 1.5 s CPU for one language)")
    print(f"\n{'locale':<7}{'first load KiB':>15}{'requests':>10}{'search KiB':>11}{'index KiB':>11}{'index gz':>10}"
          f"{'search ms':>11}  first load by kind (KiB)")
    for locale, m in results["chapter_first_load"].items():
        print(f"{locale:<7}{m['first_load_kib']:>15}{m['requests']:>10}{m['loaded_on_opening_search_kib']:>11}"
              f"{m['search_index_kib']:>11}{m['search_index_gzip_kib']:>10}{m['opening_search_to_first_result_ms']:>11}"
              f"  {m['by_kind_kib']}")
    print("\nFirst load: a chapter page (gevolgen) in a fresh browser, every response as Chromium received it"
          " through the sample nginx setup (scripts/nginx/brochure-location.conf): headers and gzipped bodies;"
          f" goal <= {BUDGET_KIB} KiB. Search KiB: received on opening search (index, worker, lunr languages);"
          " search ms: from opening search to the first result.")
    print("\nSearch quality (tests/data/search-queries/: natural queries from fresh readers, typed key by key and"
          " pasted at once): P@1, the first result answers; R@3, an answer among the first three.")
    print(quality_table)
    print(f"\nParent handouts (scripts/readability.py; goals: Flesch-Douma >= 75, Atesman >= 70,"
          f" no sentence over {readability.MAX_WORDS} words):")
    print(readability.table(results["handout_readability"]))
    print(f"PDF layout (body size, pages): {results['handout_layout']}")
    (ROOT / "benchmark-results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    print("written to benchmark-results.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
