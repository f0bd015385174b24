"""Every file editors and translators write reads cleanly, before MkDocs reads it:
docs/**/*.md, translations/*.yml and the interface strings
(translations/interface/*.yml). Each problem is "file:line: what is wrong — what to
do", never a traceback:

- not UTF-8 (the line and column of the bad byte);
- invisible characters (zero-width space, soft hyphen, word joiner, bidi marks and
  overrides, control characters, a replacement character left by a wrong encoding); a no-break space
  where Markdown needs a space ('#', '-', '!!!' at the start of a line);
- in a page: a front matter that is not closed, not valid YAML or not key: value lines;
- a YAML file that is not valid YAML;
- a git merge conflict left in a file (<<<<<<<, =======, >>>>>>> lines).

A file that cannot be read, or a YAML file with an error, stops the build here (the
hooks that use it would fail on it); the other problems fail it at the end.
A byte-order mark and Windows line endings are fine: they are ignored (_files.py)."""

import re
from pathlib import Path

from mkdocs.plugins import event_priority, get_plugin_logger

from _files import AuthorError, character_name, conflict_problem, decode, load_yaml, project_path
from _translation import front_matter

log = get_plugin_logger("sources")

# Soft hyphens (pasted from Word) split words for search: 'intihar' no longer finds 'inti\xadhar'.
# Zero-width (non-)joiners stay allowed: Arabic and Devanagari spelling needs them.
INVISIBLE = re.compile("[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160"
                       "\u17b4\u17b5\u180e\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064"
                       "\u2066-\u206f\u3164\ufeff\uffa0\ufffd]")
# Look-alike spaces right after the Markdown that starts a heading, list item, box or quote.
MARKUP_THEN_ODD_SPACE = re.compile(r"^\s*(#{1,6}|!!!|\?\?\?\+?|[-*+]|\d+\.|>)([\u00a0\u2007\u202f])")
PATTERNS = ("docs/**/*.md", "translations/*.yml", "translations/interface/*.yml")


def files(root: Path) -> list[Path]:
    return sorted({path for pattern in PATTERNS for path in root.glob(pattern)})


def character_problems(where: str, text: str, markdown: bool) -> list[str]:
    problems = []
    for number, line in enumerate(text.split("\n"), 1):
        for match in INVISIBLE.finditer(line):
            what = ("left where a wrong encoding damaged the text: retype the character"
                    if match.group() == "\ufffd" else
                    "delete it (it comes with text pasted from a word processor, CAT tool or web page)")
            problems.append(f"{where}:{number}: invisible character {character_name(match.group())} in column "
                            f"{match.start() + 1} — {what}.")
        if markdown and (match := MARKUP_THEN_ODD_SPACE.match(line)):
            problems.append(f"{where}:{number}: a {character_name(match.group(2))} after '{match.group(1)}' — "
                            "replace it with an ordinary space, or Markdown does not see the heading, list "
                            "item or box.")
    return problems


def check_files(root: Path) -> tuple[list[str], list[str]]:
    """(problems that stop the build now, problems that fail it at the end)."""
    fatal, problems = [], []
    for path in files(root):
        where = project_path(path, root)
        try:
            text = decode(path.read_bytes(), where)
        except AuthorError as error:
            fatal.append(str(error))
            continue
        if conflict := conflict_problem(text, where):
            fatal.append(conflict)  # the rest of the file's messages would mislead
            continue
        problems += character_problems(where, text, path.suffix == ".md")
        try:
            if path.suffix == ".md":
                front_matter(path, where)
            elif path.suffix == ".yml":
                load_yaml(text, where)
        except AuthorError as error:
            (fatal if path.suffix == ".yml" else problems).append(str(error))
    return fatal, problems


@event_priority(90)  # before the hooks that read translations/*.yml in on_config
def on_config(config):
    plugin = config.plugins["i18n"]
    if plugin.current_language not in (None, plugin.default_language):
        return  # once per build, not once per language
    fatal, problems = check_files(Path(config.config_file_path).parent)
    for problem in problems:
        log.error(problem)
    if fatal:
        for problem in fatal[:-1]:
            log.error(problem)
        raise AuthorError(fatal[-1])
