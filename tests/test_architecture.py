"""The layout is part of the product: one-way layers (pyproject.toml's import-linter contract),
no import cycle, function-level imports only where they keep a heavy dependency off start-up,
a command line that starts without pydantic, and a documented public API."""

from __future__ import annotations

import ast
import inspect
import re
import subprocess
import sys
from pathlib import Path

import grimp
import pytest
from conftest import REPO
from importlinter.cli import lint_imports

import casecheck

SOURCE = REPO / "src" / "casecheck"
HEAVY = re.compile(
    r"noqa: [A-Z0-9, ]*PLC0415 - (pydantic|Pillow|pypdf|libmagic|OCR|py3langid|holidays"
    r"|charset-normalizer"
    r"|optional: YAML|optional: HEIC|optional: pypdfium2|start-up|the loader imports pydantic"
    r"|the checkers import pydantic|charset-normalizer)"
)
"""What a function-level import may keep off ``import casecheck`` or the CLI's start-up."""


def test_the_layers_contract_holds() -> None:
    assert lint_imports(config_filename=str(REPO / "pyproject.toml"), no_cache=True,
                        no_logo=True) == 0


def _cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in sorted(graph.modules):
        if start in index:
            continue
        work = [(start, iter(sorted(graph.find_modules_directly_imported_by(start))))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            module, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append(
                        (child, iter(sorted(graph.find_modules_directly_imported_by(child))))
                    )
                elif child in on_stack:
                    low[module] = min(low[module], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[module])
            if low[module] == index[module]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == module:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_module_imports_itself_back_even_inside_a_function() -> None:
    graph = grimp.build_graph("casecheck", exclude_type_checking_imports=True)
    assert _cycles(graph) == []


def test_cycle_finder_finds_a_cycle() -> None:
    graph = grimp.ImportGraph()
    for module in ("pkg", "pkg.a", "pkg.b", "pkg.c"):
        graph.add_module(module)
    graph.add_import(importer="pkg.a", imported="pkg.b")
    graph.add_import(importer="pkg.b", imported="pkg.a")
    graph.add_import(importer="pkg.c", imported="pkg.a")
    assert _cycles(graph) == [["pkg.a", "pkg.b"]]


def _function_level_imports() -> list[tuple[str, int, str]]:
    found = []
    for path in sorted(SOURCE.rglob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for node in ast.walk(ast.parse("\n".join(lines))):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for inner in ast.walk(node):
                if isinstance(inner, ast.Import | ast.ImportFrom):
                    line = lines[inner.lineno - 1]
                    found.append((str(path.relative_to(SOURCE)), inner.lineno, line))
    return found


def test_function_level_imports_say_which_heavy_dependency_they_keep_off() -> None:
    imports = _function_level_imports()
    assert imports, "the scan found no function-level import at all"
    unexplained = [f"{file}:{line}: {text.strip()}" for file, line, text in imports
                   if not HEAVY.search(text)]
    assert unexplained == []


@pytest.mark.parametrize("argv", [["--version"], ["--help"], ["check", "--help"]])
def test_the_command_line_starts_without_pydantic(argv: list[str]) -> None:
    probe = (
        "import sys\n"
        "from casecheck.cli import main\n"
        f"main({argv!r})\n"
        "heavy = [m for m in ('pydantic', 'PIL', 'pypdf', 'magic') if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            timeout=60, check=True)
    assert "HEAVY []" in result.stdout


def _public() -> list[tuple[str, object]]:
    return [(name, getattr(casecheck, name)) for name in casecheck.__all__
            if name != "__version__"]


def _summary(value: object) -> str:
    """A docstring's first paragraph on one line, as the API reference quotes it."""
    doc = value.__doc__ if isinstance(value, type) else inspect.getdoc(value)
    return " ".join((doc or "").strip().split("\n\n")[0].split())


@pytest.mark.parametrize(("name", "value"), _public(), ids=[n for n, _ in _public()])
def test_every_public_name_has_a_docstring_and_an_entry_in_the_api_reference(
    name: str, value: object
) -> None:
    summary = _summary(value)
    assert summary, f"casecheck.{name} has no docstring of its own"
    reference = " ".join((REPO / "docs" / "api.md").read_text(encoding="utf-8").split())
    assert f"`casecheck.{name}`" in reference
    assert summary in reference, f"docs/api.md does not quote casecheck.{name}: {summary}"


def test_the_public_names_are_what_the_package_exports() -> None:
    assert sorted(dir(casecheck)) == sorted(casecheck.__all__)
    for name, value in _public():
        module = getattr(value, "__module__", "")
        assert module.startswith("casecheck."), name
        assert Path(sys.modules[module].__file__ or "").is_relative_to(SOURCE)


def test_validate_adds_extra_checkers_to_the_installed_ones(make_case) -> None:
    rules = casecheck.parse_catalog(
        '[Z900]\nname = "always"\nseverity = "info"\nsummary.en = "s"\n'
        'message.en = "m"\nhint.en = "h"\n', "test")

    @casecheck.checker("Z900")
    def always(case: casecheck.LoadedCase, ctx: casecheck.Context) -> list[casecheck.Finding]:
        return [ctx.finding("Z900")]

    folder = make_case({"type": "technical-issue", "marketplace": "US", "subject": "Broken",
                        "message": "The page fails.", "ids": {"order_ids": ["12-34"]}})
    added = casecheck.validate(folder, extra_checkers=[always], extra_rules=rules)
    assert {"Z900", "I001"} <= set(added.codes)
    replaced = casecheck.validate(folder, checkers=[always], extra_rules=rules)
    assert replaced.codes == ["Z900"]


def test_a_run_report_is_a_dict_without_arguments(make_case) -> None:
    folder = make_case({"type": "technical-issue", "marketplace": "US", "subject": "Broken",
                        "message": "The page fails."})
    document = casecheck.check_paths([folder]).to_dict()
    assert document["casecheck"] == casecheck.__version__
    assert document["rules_version"] and document["summary"]["cases"] == 1


def test_load_case_loads_without_checking(make_case) -> None:
    folder = make_case({"type": "technical-issue", "marketplace": "US", "subject": "Broken",
                        "message": "The page fails.", "ids": {"order_ids": ["12-34"]}})
    loaded = casecheck.load_case(folder / "case.toml")
    assert loaded.model is not None and loaded.model.ids.order_ids == ["12-34"]
    assert loaded.findings == ()
    broken = casecheck.load_case({"type": "no-such-type"})
    assert broken.model is None and [f.code for f in broken.findings] == ["M004"]
