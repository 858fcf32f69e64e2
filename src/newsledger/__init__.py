"""newsledger: a sourced ledger of the figures in news reports."""

import importlib.abc
import importlib.machinery
import sys
import types
from typing import Any

__version__ = "0.1.0"


class _SpacyWithoutItsCli(importlib.abc.MetaPathFinder):
    """Import the `spacy` package without importing its command line on the way.

    `spacy/__init__.py` imports `spacy.cli` only to re-export `spacy.info`, and `spacy.cli`
    pulls in every spaCy subcommand with requests, weasel, httpx and jinja: about a fifth of a
    second of CPU at every process start, for commands newsledger never runs. While the
    package initialises, `spacy.cli` and `spacy.cli.info` are stand-ins; afterwards they are
    gone from `sys.modules`, so `import spacy.cli` (or `spacy.info()`) loads the real ones.
    """

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> importlib.machinery.ModuleSpec | None:
        if name != "spacy":
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return None
        spec.loader = _WithoutCliLoader(spec.loader)
        return spec


def _info(*args: Any, **kwargs: Any) -> Any:
    """`spacy.info`, loading spaCy's command line only when somebody asks for it."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


class _WithoutCliLoader(importlib.abc.Loader):
    """The `spacy` package's own loader, run with `spacy.cli` stood in for (see above)."""

    def __init__(self, real: Any) -> None:
        self._real = real

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType | None:
        return self._real.create_module(spec)

    def exec_module(self, module: types.ModuleType) -> None:
        cli = types.ModuleType("spacy.cli")
        cli.__path__ = []
        info = types.ModuleType("spacy.cli.info")
        info.info = _info  # type: ignore[attr-defined]
        cli.info = info  # type: ignore[attr-defined]
        stubs = {"spacy.cli": cli, "spacy.cli.info": info}
        if any(name in sys.modules for name in stubs):  # somebody loaded the real one first
            stubs = {}
        sys.modules.update(stubs)
        try:
            self._real.exec_module(module)
        finally:
            for name, stub in stubs.items():
                if sys.modules.get(name) is stub:
                    del sys.modules[name]
            if stubs and module.__dict__.get("cli") is cli:
                del module.cli

    def __getattr__(self, name: str) -> Any:  # resources, file names: the real loader answers
        return getattr(self._real, name)


if not any(isinstance(f, _SpacyWithoutItsCli) for f in sys.meta_path):
    sys.meta_path.insert(0, _SpacyWithoutItsCli())
