"""The engine. MkDocs 1.6.1 builds the site; ProperDocs, the maintained drop-in fork of
MkDocs 1.x, must build it unchanged, so that moving to it stays a one-line change
(README, "The engine"): every file of its build equals the MkDocs build, but for the
generator line of the pages."""

import re

from conftest import shared_build

GENERATOR = re.compile(rb'<meta name="generator" content="([^"]*)">')


def test_properdocs_builds_the_same_site(tmp_path_factory):
    html_only = {"SITE_PDF": "0"}  # the PDFs are Chromium's work, not the engine's
    mkdocs = shared_build(tmp_path_factory, "site-html", html_only)
    properdocs = shared_build(tmp_path_factory, "site-properdocs", html_only, engine="properdocs")
    files = sorted(path.relative_to(mkdocs) for path in mkdocs.rglob("*") if path.is_file())
    assert files == sorted(path.relative_to(properdocs) for path in properdocs.rglob("*") if path.is_file())
    assert len(files) > 200
    different, generators = [], set()
    for name in files:
        ours, theirs = (mkdocs / name).read_bytes(), (properdocs / name).read_bytes()
        if name.suffix == ".html":
            generators.update(GENERATOR.findall(ours) + GENERATOR.findall(theirs))  # redirect pages have none
            ours, theirs = GENERATOR.sub(b"", ours), GENERATOR.sub(b"", theirs)
        if ours != theirs:
            different.append(str(name))
    assert not different, f"{len(different)} files differ: {different[:10]}"
    # Each engine named itself: the second build really was ProperDocs'.
    assert {generator.split(b",")[0] for generator in generators} == {b"mkdocs-1.6.1", b"mkdocs-ProperDocs 1.6.7"}
