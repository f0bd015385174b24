"""What version of the site a build is: its date and the commit it was built from
(the print cover and the colophon show them)."""

import datetime
import functools
import os
import subprocess


def build_date() -> datetime.date:
    """Today, or SOURCE_DATE_EPOCH for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc).date()
    return datetime.date.today()


@functools.lru_cache(maxsize=None)
def build_commit(project_dir: str) -> str:
    """The short commit id, or SITE_COMMIT when built outside a git checkout (a CI
    that exports the sources); '-' when neither is known."""
    if os.environ.get("SITE_COMMIT"):
        return os.environ["SITE_COMMIT"]
    try:
        result = subprocess.run(["git", "rev-parse", "--short=12", "HEAD"], cwd=project_dir,
                                capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return "-"
    return result.stdout.strip() if result.returncode == 0 and result.stdout.strip() else "-"
