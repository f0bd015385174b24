#!/usr/bin/env python3
"""Add interface strings to overrides/partials/languages/site/<locale>.html without
touching existing keys. Usage: add_site_strings.py strings.json
(strings.json: {"key": {"nl": "...", "tr": "...", ...}})."""

import json
import re
import sys
from pathlib import Path

SITE = Path(__file__).resolve().parent.parent / "overrides/partials/languages/site"

new = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
for path in sorted(SITE.glob("*.html")):
    locale = path.stem
    text = path.read_text(encoding="utf-8")
    existing = set(re.findall(r'^\s*"([\w.]+)":', text, re.M))
    additions = [f'  {json.dumps(key)}: {json.dumps(values[locale], ensure_ascii=False)}'
                 for key, values in new.items() if key not in existing]
    if additions:
        text = re.sub(r"\n\}\[key\]", ",\n" + ",\n".join(additions) + "\n}[key]", text, count=1)
        path.write_text(text, encoding="utf-8")
        print(f"{path.name}: +{len(additions)}")
