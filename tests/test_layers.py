"""The design's promises, checked on every import statement in app/ (top level or inside a
function): no Qt in core or commands, llama_cpp only in core/engine.py, workers never import ui."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[1] / "app"
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def imported_modules(path: Path) -> list[tuple[int, str]]:
    """Every module an `import` or `from ... import` in the file names, with its line."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "import_module" \
                and node.args and isinstance(node.args[0], ast.Constant):
            found.append((node.lineno, str(node.args[0].value)))  # importlib.import_module("x")
    return found


def modules_under(folder: str) -> list[Path]:
    return sorted((APP / folder).rglob("*.py")) if folder else sorted(APP.rglob("*.py"))


def violations(files: list[Path], banned: tuple[str, ...]) -> list[str]:
    out = []
    for path in files:
        shown = path.relative_to(APP.parent) if path.is_relative_to(APP.parent) else path.name
        for line, module in imported_modules(path):
            if any(module == b or module.startswith(b + ".") for b in banned):
                out.append(f"{shown}:{line} imports {module}")
    return out


@pytest.mark.parametrize("folder", ["core", "commands"])
def test_core_and_commands_never_import_qt(folder: str) -> None:
    assert violations(modules_under(folder), QT) == []


def test_only_the_engine_module_imports_llama_cpp() -> None:
    files = [p for p in modules_under("") if p != APP / "core" / "engine.py"]
    assert violations(files, ("llama_cpp",)) == []


def test_workers_never_import_ui() -> None:
    assert violations(modules_under("workers"), ("app.ui",)) == []


def test_the_checker_sees_imports_inside_functions(tmp_path: Path) -> None:
    """The checks above would pass vacuously if the walker missed nested or dotted imports."""
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from PySide6.QtCore import QObject\n"
                      "    import llama_cpp.llama\n"
                      "    importlib.import_module('app.ui.chat_view')\n", encoding="utf-8")
    assert [m for _, m in imported_modules(sample)] == ["PySide6.QtCore", "llama_cpp.llama",
                                                         "app.ui.chat_view"]
    assert violations([sample], ("app.ui",)) == ["sample.py:4 imports app.ui.chat_view"]


def test_only_the_database_module_opens_databases() -> None:
    """Every connection is encrypted because only core/db.py holds a driver: anything else that
    imported sqlcipher3 or sqlite3 could open a file without the key (or catch only one
    driver's exceptions: use db.Error, db.DatabaseError ... which cover both)."""
    files = [p for p in modules_under("") if p != APP / "core" / "db.py"]
    assert violations(files, ("sqlcipher3",)) == []
    stdlib_uses = []
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            # `sqlite3.X` may name a type in a hint; connecting or catching needs db's names.
            if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                    and node.value.id == "sqlite3"
                    and (node.attr == "connect" or node.attr.endswith("Error"))):
                stdlib_uses.append(f"{path.relative_to(APP.parent)}:{node.lineno} "
                                   f"sqlite3.{node.attr}")
    assert stdlib_uses == []


# Modules that may make network connections (each under core.network.allow), and the
# libraries that make them.
NETWORK_MODULES = {APP / "core" / "models" / "hub.py", APP / "core" / "network.py",
                   APP / "core" / "remote_engine.py"}
NETWORK_LIBRARIES = ("httpx", "httpx2", "httpcore", "httpcore2", "requests", "urllib.request",
                     "http.client", "aiohttp", "openai")


def test_only_the_network_door_imports_network_clients() -> None:
    files = [p for p in modules_under("") if p not in NETWORK_MODULES]
    assert violations(files, NETWORK_LIBRARIES) == []
