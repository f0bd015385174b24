"""The build's shared template cache (overrides/hooks/template_cache.py) compiles a
template once for all languages, and never serves stale code after an edit (as in
`mkdocs serve`)."""

from jinja2 import DictLoader, Environment

from template_cache import MemoryBytecodeCache


class CountingCache(MemoryBytecodeCache):
    compilations = 0

    def dump_bytecode(self, bucket):  # Jinja stores code only after compiling it
        self.compilations += 1
        super().dump_bytecode(bucket)


def test_shared_cache_compiles_once_and_follows_edits():
    cache = CountingCache()
    sources = {"page.html": "{{ lang }}: één"}
    for lang in ("nl", "tr"):  # static-i18n: a fresh environment per language
        environment = Environment(loader=DictLoader(sources), bytecode_cache=cache)
        assert environment.get_template("page.html").render(lang=lang) == f"{lang}: één"
    assert cache.compilations == 1
    sources["page.html"] = "{{ lang }}: twee"
    environment = Environment(loader=DictLoader(sources), bytecode_cache=cache)
    assert environment.get_template("page.html").render(lang="ar") == "ar: twee"
    assert cache.compilations == 2
