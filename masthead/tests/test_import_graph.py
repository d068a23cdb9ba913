"""The project's modules import one another without a cycle (issue 12).

`make test` also runs import-linter (`lint-imports`, pyproject.toml [tool.importlinter]),
which keeps each layer from importing the layers above it; this finds any cycle at all,
between modules of one app (readership.counting and .database) or of two. An import made
inside a function counts: it runs all the same, and a cycle of them is still a tangle.
Tests and migrations are left out: tests import whatever they check, and migrations name
their models by app.
"""

import grimp

from conftest import ROOT

PACKAGES = sorted(
    path.parent.name
    for path in ROOT.glob("*/__init__.py")
    if path.parent.name not in {"bin", "bench", "deploy", "locale"}
)


def project_graph() -> grimp.ImportGraph:
    graph = grimp.build_graph(*PACKAGES, cache_dir=None)
    for module in list(graph.modules):
        if ".tests" in module or ".migrations" in module:
            graph.remove_module(module)
    return graph


def cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Each set of modules that import one another round in a circle (Tarjan's SCCs)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in graph.find_modules_directly_imported_by(module):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
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

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return found


def test_the_graph_covers_every_app_and_the_leaf_cache():
    assert {"caching", "news", "editions", "outlet", "pagecache", "readership"} <= set(PACKAGES)


def test_no_two_modules_of_the_project_import_each_other_round_a_circle():
    assert cycles(project_graph()) == []


def app_of(module: str) -> str:
    """The app a module belongs to. masthead holds the project's top (settings, urls, wsgi)
    and infrastructure under everything (db_replicas, redis_cache): each of its modules
    stands on its own."""
    parts = module.split(".")
    return ".".join(parts[:2]) if parts[0] == "masthead" else parts[0]


def test_no_app_imports_another_that_imports_it_back():
    graph = project_graph()
    apps = grimp.ImportGraph()
    for module in graph.modules:
        for imported in graph.find_modules_directly_imported_by(module):
            if app_of(module) != app_of(imported):
                apps.add_import(importer=app_of(module), imported=app_of(imported))

    assert cycles(apps) == []
