"""Compile each Jinja template once per build instead of once per language:
static-i18n builds every language with a fresh Jinja environment, so Material's
templates and ours were parsed and compiled five times (about a third of the build).
The cache is in memory and keyed by template name and a checksum of its source, so an
edited template is compiled anew, also in `mkdocs serve`."""

from jinja2 import BytecodeCache


class MemoryBytecodeCache(BytecodeCache):
    def __init__(self):
        self.compiled = {}

    def load_bytecode(self, bucket):
        code = self.compiled.get(bucket.key)
        if code is not None and code[0] == bucket.checksum:
            bucket.code = code[1]

    def dump_bytecode(self, bucket):
        self.compiled[bucket.key] = (bucket.checksum, bucket.code)


CACHE = MemoryBytecodeCache()


def on_env(env, config, files):
    env.bytecode_cache = CACHE
    return env
