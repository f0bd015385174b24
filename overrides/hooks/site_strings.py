"""This site's interface strings in the templates: each language's build puts its own
strings (translations/interface/<locale>.yml, read by _site_strings.py) in the Jinja
globals as `site_strings`, which partials/language.html's `t(key)` looks up before
Material's. Set on every language's fresh environment (static-i18n builds one per
locale), so no language is shown another's strings; the compiled templates that
template_cache.py keeps hold no strings. `mkdocs serve` rebuilds when a file changes."""

from pathlib import Path

from _site_strings import STRINGS_DIR, load


def root_of(config) -> Path:
    return Path(config.config_file_path).parent


def on_env(env, config, files):
    env.globals["site_strings"] = load(config.theme["language"], root_of(config))
    return env


def on_serve(server, config, builder):
    server.watch(str(root_of(config) / STRINGS_DIR))
    return server
