"""The plugin's rooms import one way and no module imports itself round about (no QGIS).

Reads every module's imports with ``ast`` (also the ones deferred into functions, which
only hide a cycle) and checks the arrows of docs/architecture: io never imports layers or
gui, core imports no other room, nothing but the desktop entry points imports gui.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = "smartcity_plugin"
PACKAGE_DIR = Path(__file__).resolve().parents[2] / PACKAGE
BASE = {"core"}
TOOLS = BASE | {"toolbelt"}
# Room -> the rooms it may import (itself included). "toolbelt" holds __about__ too.
ALLOWED = {
    "core": BASE,
    "toolbelt": TOOLS,
    "io": TOOLS | {"io"},
    "layers": TOOLS | {"io", "layers"},
    "analysis": TOOLS | {"io", "layers", "analysis"},
    "export": TOOLS | {"io", "layers", "analysis", "export"},
    "processing": TOOLS | {"io", "layers", "analysis", "export", "processing"},
    "gui": TOOLS | {"io", "layers", "analysis", "export", "gui"},
}
ENTRY_POINTS = {"", "plugin", "plugin_actions", "plugin_options"}  # the package itself and what QGIS calls: may import anything


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def room(module: str) -> str:
    """The first package below smartcity_plugin (``__about__`` counts as toolbelt)."""
    parts = module.split(".")
    if len(parts) < 2:
        return ""
    return "toolbelt" if parts[1] == "__about__" else parts[1]


def imported_names(path: Path) -> set[str]:
    """Every smartcity_plugin name ``path`` imports, at module level or deferred, absolute or relative."""
    package = module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join(base + ([node.module] if node.module else []))
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)  # "from pkg import module"
    return {name for name in names if name == PACKAGE or name.startswith(PACKAGE + ".")}


def import_graph() -> dict[str, set[str]]:
    """Module -> the plugin modules it imports."""
    paths = {module_name(path): path for path in PACKAGE_DIR.rglob("*.py")}
    return {
        module: {name for name in imported_names(path) if name in paths and name != module}
        for module, path in paths.items()
    }


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one node (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph.get(node, ())):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


GRAPH = import_graph()


def test_the_reader_sees_the_package():
    # A broken walker would pass every rule below: the package has well over 100 modules,
    # and the dock imports the filter model.
    assert len(GRAPH) > 100
    assert "smartcity_plugin.core.filter_model" in GRAPH["smartcity_plugin.gui.dock"] | {
        name for dep in GRAPH["smartcity_plugin.gui.dock"] for name in GRAPH[dep]}


def test_the_checks_catch_a_cycle_and_an_upward_import():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert room("smartcity_plugin.io.csv_import") == "io"
    assert "layers" not in ALLOWED[room("smartcity_plugin.io.csv_import")]


def test_no_module_imports_itself_round_about():
    assert cycles(GRAPH) == []


def test_rooms_import_one_way():
    upward = sorted(
        f"{module} -> {name}"
        for module, names in GRAPH.items() if room(module) not in ENTRY_POINTS
        for name in names if room(name) not in ALLOWED[room(module)]
    )
    assert upward == []


def test_the_rooms_form_no_cycle():
    rooms = {}
    for module, names in GRAPH.items():
        if room(module) not in ENTRY_POINTS:
            rooms.setdefault(room(module), set()).update(room(name) for name in names if room(name) != room(module))
    assert cycles(rooms) == []


@pytest.mark.parametrize("room_name", sorted(ALLOWED))
def test_every_room_is_known(room_name):
    # A new room must be placed in ALLOWED, or its imports would go unchecked.
    assert (PACKAGE_DIR / room_name).is_dir()
    known = set(ALLOWED) | ENTRY_POINTS
    assert {room(module) for module in GRAPH} <= known
