"""Collect the translatable messages of the core (errors, refusal reasons, progress texts).

The core speaks English and imports no Qt; its messages are
:class:`invoicedesk.domain.messages.Message` objects whose templates are string literals in
calls of ``msg(...)`` or of an error class (``ValidationError("Line {i} …", i=i)``). This module
finds them with :mod:`ast` and writes ``invoicedesk/gui/common/core_catalog.py``, a list of
``QT_TRANSLATE_NOOP("Core", …)`` entries that ``pyside6-lupdate`` reads like any GUI text.
It also reports templates that cannot be collected (f-strings, variables, bare English passed
where a :class:`Message` is expected). Used by ``scripts/i18n.py update`` and the tests.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "invoicedesk"
CATALOG = PACKAGE / "gui" / "common" / "core_catalog.py"
CONTEXT = "Core"
#: parts of the package that are not the core's user-facing messages (the GUI has its own
#: texts; the CLI and the benchmarks write English to a terminal)
NOT_CORE = ("gui", "cli", "bench")
#: the root of the error classes whose first argument is a message template
ERROR_ROOT = "InvoiceDeskError"
#: calls whose first argument is a template (besides the error classes)
TEMPLATE_CALLS = {"msg", "ConnectionFailed", "__init__"}  # __init__: super().__init__ of errors
#: other calls whose argument at the given position is shown to the user as (part of) a message
TEXT_ARGUMENTS = {
    "Decision": (2,),
    "ConflictError": (),
    "record": (5,),  # a status-history comment the application writes
    "apply_action": (4,),
    "ActionRefused": (0, 1),
    "require_admin": (1,),
    "require_clerk": (1,),
    "to_decimal": (1,),
    "check_amount": (1,),
    "_parse_date": (1,),
}


@dataclass(frozen=True)
class Problem:
    """A message the collector cannot hand to the translators."""

    path: str
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text}"


def core_files() -> list[Path]:
    """The core's Python modules."""
    return sorted(
        p for p in PACKAGE.rglob("*.py") if p.relative_to(PACKAGE).parts[0] not in NOT_CORE
    )


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def error_classes(trees: Iterable[ast.Module]) -> set[str]:
    """Names of every class derived (directly or not) from :data:`ERROR_ROOT`."""
    bases: dict[str, set[str]] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {_name(b) for b in node.bases}
    found = {ERROR_ROOT}
    while True:
        more = {name for name, parents in bases.items() if parents & found} - found
        if not more:
            return found
        found |= more


def _text_positions(call: ast.Call, errors: set[str]) -> tuple[int, ...]:
    name = _name(call.func)
    if name in TEXT_ARGUMENTS:
        return TEXT_ARGUMENTS[name]
    if name in errors or name in TEMPLATE_CALLS:
        return (0,)
    return ()


def message_functions(trees: Iterable[ast.Module]) -> set[str]:
    """Names of the core's functions annotated to return a ``Message``."""
    found = {"msg", "as_message", "Message"}
    for tree in trees:
        for node in ast.walk(tree):
            if not isinstance(node, ast.FunctionDef) or node.returns is None:
                continue
            if "Message" in ast.unparse(node.returns):
                found.add(node.name)
    return found


def _is_message_expr(node: ast.expr, makers: set[str]) -> bool:
    """Whether ``node`` already is a Message (made by a function in ``makers``) or passes
    one on (a name, an attribute, a subscript: checked where it was made)."""
    if isinstance(node, ast.Call):
        return _name(node.func) in makers
    return isinstance(node, ast.Name | ast.Attribute | ast.Subscript | ast.IfExp)


def scan(files: list[Path] | None = None) -> tuple[list[str], list[Problem]]:
    """The templates in the order first found, and the problems."""
    files = core_files() if files is None else files
    trees = {  # each file parsed once; the core's classes and functions are always known
        path: ast.parse(path.read_text(encoding="utf-8"))
        for path in sorted({*core_files(), *files})
    }
    errors, makers = error_classes(trees.values()), message_functions(trees.values())
    templates: dict[str, None] = {}
    problems: list[Problem] = []
    for path in files:
        rel = str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else path.name
        for call in _calls(trees[path]):
            positions = _text_positions(call, errors)
            name = _name(call.func)
            is_template = name in TEMPLATE_CALLS or name in errors
            for pos in positions:
                if pos >= len(call.args):
                    continue
                arg = call.args[pos]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    if not arg.value:
                        continue
                    if is_template:
                        templates.setdefault(arg.value, None)
                    else:
                        hint = f"pass msg({arg.value!r}) instead of a bare string"
                        problems.append(Problem(rel, arg.lineno, hint))
                elif name == "__init__":  # super().__init__(...): only literals are collected
                    continue
                elif isinstance(arg, ast.JoinedStr):
                    hint = "an f-string cannot be translated; use a template with keyword values"
                    problems.append(Problem(rel, arg.lineno, hint))
                elif name == "msg" or not _is_message_expr(arg, makers):
                    hint = "the message must be a string literal (or a Message passed on)"
                    problems.append(Problem(rel, arg.lineno, hint))
    return list(templates), problems


def _calls(tree: ast.AST) -> Iterator[ast.Call]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            yield node


def render_catalog(templates: list[str]) -> str:
    """The source of ``invoicedesk/gui/common/core_catalog.py``."""
    lines = [
        '"""The core\'s translatable messages, for pyside6-lupdate.',
        "",
        "Generated by ``python scripts/i18n.py update`` (scripts/core_messages.py) from the",
        "templates in the core; do not edit by hand. The GUI translates them in",
        ":func:`invoicedesk.gui.common.core_messages.core_text`.",
        '"""',
        "",
        "# ruff: noqa: E501",
        "from invoicedesk.gui.common.i18n import QT_TRANSLATE_NOOP",
        "",
        "MESSAGES = (",
    ]
    for text in templates:
        literal = json.dumps(text, ensure_ascii=False)
        lines.append(f'    QT_TRANSLATE_NOOP("{CONTEXT}", {literal}),')
    lines.append(")")
    return "\n".join(lines) + "\n"


def write_catalog() -> tuple[int, list[Problem]]:
    """Regenerate the catalog; the number of templates and the problems found."""
    templates, problems = scan()
    CATALOG.write_text(render_catalog(templates), encoding="utf-8")
    return len(templates), problems
