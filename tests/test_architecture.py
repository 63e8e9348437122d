"""The map of the house: no import cycles in ``wawp_desktop``, features never reach for the
main window, the core never imports the Qt layer, and one field table feeds the form."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "wawp_desktop"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    if node.level == 0:
        return node.module or ""
    base = module.split(".")
    if not is_package:
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def _in_type_checking(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            return True
    return False


def import_graph() -> dict[str, set[str]]:
    """Every module of the package and the package modules it imports at run time (at the
    top or inside functions; ``TYPE_CHECKING`` blocks excluded)."""
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for node in ast.walk(tree):
            if _in_type_checking(node, parents):
                continue
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = _resolve(name, path.name == "__init__.py", node)
                targets = [f"{base}.{alias.name}" for alias in node.names] + [base]
            for target in targets:
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target and target != name and target.startswith("wawp_desktop"):
                    graph[name].add(target)
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle, ignoring a package's import of its own submodules."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for target in sorted(graph[node]):
            if node.startswith(target + "."):  # a submodule importing its package __init__
                continue
            if state.get(target) == 1:
                return stack[stack.index(target):] + [target]
            if target not in state and (found := visit(target)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_no_import_cycles() -> None:
    assert _cycle(import_graph()) is None, " -> ".join(_cycle(import_graph()) or [])


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]


def test_features_never_import_the_main_window() -> None:
    graph = import_graph()
    for name, targets in graph.items():
        if ".ui.features." in name or ".ui.form." in name or ".ui.widgets." in name:
            assert "wawp_desktop.ui.main_window" not in targets, name


def test_core_and_sandbox_never_import_the_qt_layer() -> None:
    graph = import_graph()
    for name, targets in graph.items():
        if name.startswith(("wawp_desktop.core", "wawp_desktop.sandbox")):
            assert not [t for t in targets if t.startswith("wawp_desktop.ui")], name


def test_every_field_of_the_table_has_one_editor(qapp) -> None:  # noqa: ANN001
    from wawp_desktop.core.webhook import check_table
    from wawp_desktop.ui.form.form import Form
    from wawp_desktop.ui.form.instance_bar import InstanceBar
    from wawp_desktop.ui.form.webhook_form import WebhookForm

    check_table()
    form = Form()
    bar, page = InstanceBar(), WebhookForm()
    bar.register(form)
    page.register(form)
    assert form.missing() == []
    bar.deleteLater()
    page.deleteLater()
