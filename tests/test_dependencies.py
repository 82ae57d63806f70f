"""Every third-party module Accord imports is a declared dependency (directly, or a
requirement of one: starlette comes with fastapi), and requirements.lock pins every
declared one with hashes, so a fresh install from the lock has all it needs."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions, requires
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def name_of(requirement: str) -> str:
    return re.split(r"[\s\[<>=!~;]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def declared(extra: str | None = None) -> set[str]:
    found = PROJECT["dependencies"] if extra is None else PROJECT["optional-dependencies"][extra]
    return {name_of(r) for r in found}


def imported_modules(folder: Path) -> set[str]:
    modules = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules.add(node.module.split(".")[0])
    return {m for m in modules if m not in sys.stdlib_module_names and m != "accord"}


def test_every_imported_module_is_declared():
    runtime = declared()
    allowed = runtime | {name_of(r) for dist in runtime for r in (requires(dist) or []) if "extra ==" not in r}
    distributions = packages_distributions()
    optional = {"distributed", "dask"}  # the cluster extra: imported only by accord/engines
    missing = {}
    for module in imported_modules(ROOT / "accord"):
        names = {d.lower().replace("_", "-") for d in distributions.get(module, [module])}
        if not names & (allowed | optional):
            missing[module] = sorted(names)
    assert not missing, f"imported but not declared in pyproject.toml: {missing}"


def test_the_parse_model_is_declared():
    from accord.parse import MODEL

    assert MODEL.replace("_", "-") in declared()


def test_the_lock_pins_every_declared_dependency_with_hashes():
    lock = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    pins = {m.group(1).lower().replace("_", "-"): m.group(0) for m in re.finditer(r"^([A-Za-z0-9_.\-]+)==\S+", lock, re.MULTILINE)}
    wanted = declared() | declared("test") | declared("cluster")
    assert not wanted - pins.keys(), f"not in requirements.lock (run tools/lock.sh): {sorted(wanted - pins.keys())}"
    blocks = re.split(r"\n(?=[A-Za-z0-9])", lock.split("\n", 2)[2])
    unhashed = [b.split()[0] for b in blocks if "==" in b.split()[0] and "--hash=sha256:" not in b]
    assert not unhashed
