"""Let mkdocs-static-i18n accept the three-letter locale `srn` (Sranan Tongo).

static-i18n 1.3.1 validates locales against a two-letter pattern (RE_LOCALE in
mkdocs_static_i18n/config.py, re-imported by folder.py); upstream PR #348 widens
it to ISO 639-2/3 codes. This module is an installed MkDocs plugin listed first
in mkdocs.yml: importing it widens the pattern before static-i18n's config is
validated. tests/test_upstream_workarounds.py fails once upstream accepts `srn`,
which is the signal to delete this file and its entry point in pyproject.toml.
"""

import re

from mkdocs.plugins import BasePlugin
from mkdocs_static_i18n import config as i18n_config
from mkdocs_static_i18n import folder as i18n_folder

STOCK_RE_LOCALE = i18n_config.RE_LOCALE
# Same shape as upstream's pattern, with 2- or 3-letter language subtags.
WIDENED_RE_LOCALE = re.compile(r"(?:[a-z]{2,3}(?:_[A-Z][a-z]{3})?(?:_[A-Z]{2})?)$")

for module in (i18n_config, i18n_folder):
    if hasattr(module, "RE_LOCALE"):
        module.RE_LOCALE = WIDENED_RE_LOCALE


class SrnLocalePlugin(BasePlugin):
    """Does nothing at build time: its import is the whole job."""
