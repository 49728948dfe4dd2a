#!/usr/bin/env python3
"""Find import circles among the project's modules.

    python3 scripts/import_cycles.py [PACKAGE_DIR] [--json]

Every import counts, also one deferred into a function body (it hides a circle, it does not
remove it); only imports under ``if TYPE_CHECKING:`` are left aside. Exit code 1 when a circle
exists; each circle is printed as its strongly connected group of modules with one cycle path.
"""

from __future__ import annotations

import ast
import json
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def module_name(path: Path, base: Path) -> str:
    """Return the dotted module name of ``path`` below ``base`` (the package's parent)."""
    parts = list(path.relative_to(base).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(test: ast.expr) -> bool:
    if isinstance(test, ast.Name):
        return test.id == "TYPE_CHECKING"
    return isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"


def _imported_names(tree: ast.AST, module: str, is_package: bool) -> Iterable[str]:
    """Yield every dotted name the module imports, skipping ``TYPE_CHECKING`` blocks."""
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            stack.extend(node.orelse)
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                package = module if is_package else module.rpartition(".")[0]
                for _ in range(node.level - 1):
                    package = package.rpartition(".")[0]
                base = f"{package}.{node.module}" if node.module else package
            else:
                base = node.module or ""
            for alias in node.names:
                yield f"{base}.{alias.name}"
            yield base
        elif isinstance(node, ast.Call) and _is_dynamic_import(node):
            arg = node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                yield arg.value
        stack.extend(ast.iter_child_nodes(node))


def _is_dynamic_import(node: ast.Call) -> bool:
    func = node.func
    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
    return name in {"__import__", "import_module"} and bool(node.args)


def import_graph(package_dir: Path) -> dict[str, set[str]]:
    """Map each module of the package to the project modules it imports."""
    base = package_dir.parent
    files = {module_name(p, base): p for p in package_dir.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        targets: set[str] = set()
        for imported in _imported_names(tree, name, path.name == "__init__.py"):
            # "from pkg import name" names a submodule or an attribute of pkg
            while imported and imported not in files:
                imported = imported.rpartition(".")[0]
            if imported and imported != name:
                targets.add(imported)
        graph[name] = targets
    return graph


def strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Return the strongly connected groups with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    groups: list[list[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work: list[tuple[str, Iterable[str]]] = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))
    return groups


def cycle_path(graph: dict[str, set[str]], group: list[str]) -> list[str]:
    """Return one closed path through the group, starting at its first module."""
    members = set(group)
    start = group[0]
    parents: dict[str, str] = {}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for child in sorted(graph[node] & members):
            if child == start:
                path = [node]
                while path[-1] != start:
                    path.append(parents[path[-1]])
                return [*reversed(path), start]
            if child not in parents:
                parents[child] = node
                queue.append(child)
    return group


def main(argv: list[str]) -> int:
    """Print the circles of the package (default: ``invoicedesk``); exit 1 if there are any."""
    as_json = "--json" in argv
    args = [a for a in argv if a != "--json"]
    package_dir = Path(args[0]) if args else ROOT / "invoicedesk"
    graph = import_graph(package_dir.resolve())
    groups = strongly_connected(graph)
    if as_json:
        print(json.dumps([{"modules": g, "path": cycle_path(graph, g)} for g in groups], indent=1))
    elif groups:
        for group in groups:
            print(f"circle of {len(group)} modules: " + " -> ".join(cycle_path(graph, group)))
    else:
        print(f"no import circles among {len(graph)} modules")
    return 1 if groups else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
