"""Bad input fails the build with a message naming file and line and what to do."""

import shutil

import pytest

from conftest import ROOT, run_build


@pytest.fixture
def project(tmp_path):
    """A copy of the project's sources to break."""
    for name in ("mkdocs.yml", "docs", "overrides", "translations"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name)
        else:
            shutil.copy(source, tmp_path / name)
    return tmp_path


def build_output(project):
    result = run_build(project / "site", docs_dir=project / "docs")
    return result.returncode, result.stdout + result.stderr


def append_line(path, line):
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "\n" + line + "\n", encoding="utf-8")
    return text.count("\n") + 2


def test_heading_without_id(project):
    line = append_line(project / "docs/nl/gevolgen.md", "## Een kop zonder id")
    code, output = build_output(project)
    assert code != 0
    assert f"docs/nl/gevolgen.md:{line}: heading 'Een kop zonder id' has no explicit id" in output


def test_link_to_missing_page(project):
    line = append_line(project / "docs/nl/gevolgen.md", "Zie [elders](bestaat-niet.md).")
    code, output = build_output(project)
    assert code != 0
    assert f"docs/nl/gevolgen.md:{line}: link 'bestaat-niet.md' points to a page that does not exist" in output


def test_link_to_missing_anchor(project):
    line = append_line(project / "docs/nl/gevolgen.md", "Zie [kader](wettelijk-kader.md#geen-anker).")
    code, output = build_output(project)
    assert code != 0
    assert (f"docs/nl/gevolgen.md:{line}: link 'wettelijk-kader.md#geen-anker' points to "
            "'#geen-anker', which docs/nl/wettelijk-kader.md does not define") in output


def test_page_missing_from_nav(project):
    (project / "docs/nl/los.md").write_text("# Los { #los }\n", encoding="utf-8")
    code, output = build_output(project)
    assert code != 0
    assert "docs/nl/los.md:1: page is not in the navigation" in output


def test_unknown_link_key(project):
    line = append_line(project / "docs/nl/gevolgen.md", "Zie [dit](link:onbekend).")
    code, output = build_output(project)
    assert code != 0
    assert f"docs/nl/gevolgen.md:{line}: unknown link key 'link:onbekend'" in output


def test_unknown_marker(project):
    line = append_line(project / "docs/nl/begrippenlijst.md", "<!-- termbase:onbekend -->")
    code, output = build_output(project)
    assert code != 0
    assert f"docs/nl/begrippenlijst.md:{line}: unknown marker 'termbase:onbekend'" in output
