#!/usr/bin/env python3
"""Add interface strings to translations/interface/<locale>.yml, at the end of each
language's file, without touching existing keys. Usage: add_site_strings.py strings.json
(strings.json: {"key": {"nl": "...", "tr": "...", ...}}, a text for every language).
The work is done by _site_strings.add_strings (overrides/hooks/_site_strings.py)."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "overrides" / "hooks"))

from _site_strings import add_strings  # noqa: E402

for locale, count in add_strings(json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))).items():
    print(f"{locale}.yml: +{count}")
