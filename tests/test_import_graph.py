"""Stages import the stages before them, never a later one: no import cycle among factcheck's
modules and packages (imports inside functions count; ``if TYPE_CHECKING:`` ones do not), the
engine and the batch spreader know nothing of the pipeline, and each stage imports on its own."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator

from tests.conftest import ROOT

PACKAGE = ROOT / "factcheck"
# The stages, then what runs them, in layers: a unit may import only earlier ones. This is the
# pipeline's order but for the sources stage, which runs before extract and reads each source's
# text with the extractor; what the sources hold of a claim (support) is read as facts are.
STAGES = ("factcheck.models", "factcheck.load", "factcheck.extract", "factcheck.sources",
          "factcheck.support", "factcheck.facts", "factcheck.dsl", "factcheck.engine",
          "factcheck.findings", "factcheck.report", "factcheck.batch", "factcheck.pipeline")


def modules() -> dict[str, ast.Module]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "builtin_rules" in path.relative_to(PACKAGE).parts:
            continue  # the rule packs: data, loaded by the rule language
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = ast.parse(path.read_text(encoding="utf-8"))
    return found


def imports(tree: ast.Module, known: set[str]) -> Iterator[str]:
    """factcheck modules ``tree`` imports at run time, wherever the import statement is."""
    typing_only = {id(node) for branch in ast.walk(tree)
                   if isinstance(branch, ast.If) and "TYPE_CHECKING" in ast.unparse(branch.test)
                   for node in ast.walk(branch)}
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names if alias.name.startswith("factcheck"))
        elif (isinstance(node, ast.ImportFrom) and node.level == 0 and node.module
              and node.module.split(".")[0] == "factcheck"):
            for alias in node.names:  # `from factcheck import findings` imports a module
                module = f"{node.module}.{alias.name}"
                yield module if module in known else node.module


def unit(module: str) -> str:
    """A top-level module, or a subpackage with everything in it."""
    return ".".join(module.split(".")[:2])


def unit_graph() -> dict[str, set[str]]:
    found = modules()
    graph: dict[str, set[str]] = {}
    for name, tree in found.items():
        for imported in imports(tree, set(found)):
            if "factcheck" not in (unit(name), unit(imported)) and unit(name) != unit(imported):
                graph.setdefault(unit(name), set()).add(unit(imported))
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one unit (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for after in sorted(graph.get(node, ())):
            if after not in index:
                visit(after)
                low[node] = min(low[node], low[after])
            elif after in stack:
                low[node] = min(low[node], index[after])
        if low[node] == index[node]:
            component = []
            while (top := stack.pop()) != node:
                component.append(top)
            if component:
                found.append(sorted([node, *component]))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycle_among_modules_and_packages() -> None:
    assert cycles(unit_graph()) == []


def test_cycles_are_found() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_stages_import_only_earlier_stages() -> None:
    graph = unit_graph()
    later = {stage: set(STAGES[number + 1:]) for number, stage in enumerate(STAGES)}
    wrong = {stage: sorted(graph.get(stage, set()) & later[stage]) for stage in STAGES}
    assert {stage: units for stage, units in wrong.items() if units} == {}
    # Only the entry points run documents: the CLI, the library API, the language server,
    # rule tests and the testing helpers.
    runners = {name for name, imported in graph.items() if "factcheck.pipeline" in imported}
    assert runners <= {"factcheck.cli", "factcheck.api", "factcheck.lsp", "factcheck.ruletest",
                       "factcheck.testing"}


def test_each_stage_imports_on_its_own() -> None:
    """Each stage imported first in a fresh set of modules: no order of imports hides a cycle."""
    code = (
        "import importlib, sys\n"
        f"for name in {STAGES!r}:\n"
        "    for loaded in [m for m in sys.modules if m.split('.')[0] == 'factcheck']:\n"
        "        del sys.modules[loaded]\n"
        "    importlib.import_module(name)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
