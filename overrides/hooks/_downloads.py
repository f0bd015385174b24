"""What a build does with the downloads, from SITE_PDF; shared by pdf_export.py and
offline_copy.py so both read it the same way:
- "full" (default, `mkdocs build`): render the PDFs and make the offline copy;
- "none" (SITE_PDF=0, scripts/build --html-only; and `mkdocs serve`): neither, and
  pages do not link them;
- "linked" (SITE_PDF=linked, the offline copy's own build): pages link the PDFs, which
  the full build renders and copies in."""

import os

DOWNLOADS = "downloads"  # folder in the site


def downloads_mode(command: str) -> str:
    setting = os.environ.get("SITE_PDF", "1")
    if setting == "linked":
        return "linked"
    if setting == "0" or command != "build":
        return "none"
    return "full"
