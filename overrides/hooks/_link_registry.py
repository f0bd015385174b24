"""The registry of links to other websites (translations/external-links.yml), read once
per version of the file with the shared reader, for the hook that renders the links
(link_registry.py) and the colophon that lists their sources (colophon.py)."""

import functools
import os

from _files import load_yaml_with_lines, read_text

REGISTRY = "translations/external-links.yml"


def load_registry(config) -> dict:
    """{key: entry}; the mapping and each entry know their lines (_files.Mapping)."""
    path = os.path.join(os.path.dirname(config.config_file_path), REGISTRY)
    return _load(path, os.path.getmtime(path))


@functools.lru_cache(maxsize=None)
def _load(path: str, mtime: float) -> dict:
    # Invalid UTF-8 or YAML stops the build with file and line.
    return load_yaml_with_lines(read_text(path, REGISTRY), REGISTRY) or {}
