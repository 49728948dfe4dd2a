"""The code's shape: no import circle among the project's modules (deferred imports count),
no module over 600 lines, feature packages of the same names in the GUI and the services."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "invoicedesk"
sys.path.insert(0, str(ROOT / "scripts"))
from import_cycles import import_graph, strongly_connected  # noqa: E402

MAX_LINES = 600
#: modules a top-level folder of the core may hold directly (packages inside do not count)
MAX_MODULES_PER_FOLDER = 15


def test_the_project_has_no_import_circle() -> None:
    circles = strongly_connected(import_graph(PACKAGE))
    assert circles == [], f"import circles: {circles}"


def _plant(tmp_path: Path, files: dict[str, str]) -> Path:
    package = tmp_path / "planted"
    for name, source in files.items():
        path = package / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")
    return package


def test_a_planted_circle_through_a_deferred_import_is_found(tmp_path: Path) -> None:
    package = _plant(
        tmp_path,
        {
            "__init__.py": "",
            "a.py": "from planted.b import thing\n",
            "b.py": "def thing():\n    from planted import a\n    return a\n",
            "c.py": (
                "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from planted import a\n"
            ),
        },
    )
    circles = strongly_connected(import_graph(package))
    assert circles == [["planted.a", "planted.b"]]


def test_imports_for_type_checking_only_are_no_circle(tmp_path: Path) -> None:
    package = _plant(
        tmp_path,
        {
            "__init__.py": "",
            "a.py": "import planted.b\n",
            "b.py": "import typing\nif typing.TYPE_CHECKING:\n    import planted.a\n",
        },
    )
    assert strongly_connected(import_graph(package)) == []


def test_a_circle_through_a_package_import_of_a_submodule_is_found(tmp_path: Path) -> None:
    package = _plant(
        tmp_path,
        {
            "__init__.py": "",
            "sub/__init__.py": "",
            "sub/x.py": "from planted import y\n",
            "y.py": "from planted.sub import x\n",
        },
    )
    assert strongly_connected(import_graph(package)) == [["planted.sub.x", "planted.y"]]


def test_no_module_is_longer_than_600_lines() -> None:
    long = {
        str(p.relative_to(ROOT)): n
        for p in PACKAGE.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
        and p.name != "core_catalog.py"  # generated list of the core's messages
    }
    assert long == {}


@pytest.mark.parametrize(
    "folder", ["domain", "services", "store", "documents", "mail", "shop", "gui", "cli"]
)
def test_no_top_level_folder_keeps_more_than_about_15_modules(folder: str) -> None:
    modules = [p for p in (PACKAGE / folder).glob("*.py") if p.name != "__init__.py"]
    assert len(modules) <= MAX_MODULES_PER_FOLDER, sorted(p.name for p in modules)


def test_gui_and_services_share_the_feature_names() -> None:
    def packages(layer: str) -> set[str]:
        return {p.parent.name for p in (PACKAGE / layer).glob("*/__init__.py")}

    gui, services = packages("gui"), packages("services")
    # the desk's service side is "cases"; the GUI's shell and shared widgets have none
    assert gui - {"shell", "common", "desk"} <= services, gui - services
    assert {"incoming", "outgoing", "billing", "orders", "contracts", "settings"} <= gui & services
