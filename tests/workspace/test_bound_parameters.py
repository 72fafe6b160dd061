"""SQL only with bound parameters, checked twice:

1. In the source: every statement the workspace code hands to a driver (``execute``,
   ``exec_driver_sql``, SQLAlchemy ``text``, psycopg ``sql.SQL``, Alembic ``op.execute``) is a
   string constant, a module-level constant, a loop over a tuple of constants, or a psycopg
   ``sql.SQL(constant).format(Identifier…)`` composition — never an f-string, ``%`` or ``.format``
   on text, or a concatenation with a value.
2. At the server: with every statement logged, a push, pull, list, board and lease whose plan
   name, title and partners hold a marker never show that marker in the server's log: the values
   travelled separately from the SQL.
"""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest

from .conftest import EXAMPLES, Team

PACKAGE = Path(__file__).resolve().parents[2] / "erasmus_planner"
SCANNED = sorted(
    {*PACKAGE.glob("persistence/workspace/**/*.py"), *PACKAGE.glob("services/workspace*.py"), *PACKAGE.glob("persistence/*postgres*.py"), *PACKAGE.glob("persistence/directory_server.py")}
)
_SQL_CALLS = {"execute", "executemany", "exec_driver_sql", "text", "SQL"}


def _constants(tree: ast.Module) -> tuple[set[str], set[str]]:
    """Module-level names bound to constant SQL text, and those bound to tuples of it."""
    texts: set[str] = set()
    tuples: set[str] = set()
    for node in tree.body:
        target, value = None, None
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            target, value = node.targets[0].id, node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            target, value = node.target.id, node.value
        if target is None or value is None:
            continue
        if _is_constant_text(value, texts):
            texts.add(target)
        elif isinstance(value, ast.Tuple) and all(_is_constant_text(e, texts) for e in value.elts):
            tuples.add(target)
    return texts, tuples


def _is_constant_text(node: ast.expr, names: set[str]) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.Name):
        return node.id in names
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _is_constant_text(node.left, names) and _is_constant_text(node.right, names)
    return False


def _is_safe(node: ast.expr, names: set[str]) -> bool:
    if _is_constant_text(node, names):
        return True
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        # sql.SQL("… {} …").format(sql.Identifier(x)) and sql.SQL(", ").join(…): the driver quotes.
        if node.func.attr in ("format", "join") and _is_sql_call(node.func.value):
            return _is_safe(node.func.value, names)
    if _is_sql_call(node):
        return bool(node.args) and _is_constant_text(node.args[0], names)  # type: ignore[attr-defined]
    return False


def _is_sql_call(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and (
        (isinstance(node.func, ast.Attribute) and node.func.attr == "SQL") or (isinstance(node.func, ast.Name) and node.func.id == "SQL")
    )


def _unsafe_statements(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    texts, tuples = _constants(tree)
    loop_names = {
        node.target.id
        for node in ast.walk(tree)
        if isinstance(node, ast.For) and isinstance(node.target, ast.Name) and isinstance(node.iter, ast.Name) and node.iter.id in tuples
    }
    names = texts | loop_names
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        called = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id if isinstance(node.func, ast.Name) else ""
        if called in _SQL_CALLS and not _is_safe(node.args[0], names):
            found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}: {ast.unparse(node.args[0])[:80]}")
    return found


def test_the_scan_covers_the_workspace_code() -> None:
    names = {p.name for p in SCANNED}
    assert {"team_plans.py", "roles.py", "schema.py", "status.py", "w0001_team_plans.py"} <= names


def test_no_statement_is_built_from_strings() -> None:
    unsafe = [line for path in SCANNED for line in _unsafe_statements(path)]
    assert unsafe == []


@pytest.mark.parametrize(
    "statement",
    [
        'conn.execute(f"SELECT * FROM team_plan WHERE name = \'{name}\'")',
        'conn.execute("SELECT * FROM team_plan WHERE name = \'%s\'" % name)',
        'conn.execute("SELECT * FROM team_plan WHERE name = \'{}\'".format(name))',
        'conn.execute(_Q + name)',
        'conn.execute(sql.SQL("DROP TABLE " + name))',
        'text(query)',
    ],
)
def test_the_scan_catches_sql_built_from_strings(tmp_path: Path, statement: str) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(f"_Q = 'SELECT 1'\ndef f(conn, name, query):\n    {statement}\n", encoding="utf-8")
    global PACKAGE
    saved, PACKAGE = PACKAGE, tmp_path  # relative_to() needs the folder it scans
    try:
        assert _unsafe_statements(bad), statement
    finally:
        PACKAGE = saved


def test_values_never_reach_the_server_inside_sql_text(team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from erasmus_planner.cli.main import main
    from erasmus_planner.persistence.workspace.team_plans import Workspace

    marker = "Zq7Marker'; DROP TABLE team_plan; --"
    team.server.admin(f'ALTER DATABASE "{team.database}" SET log_statement = \'all\'')
    team.server.admin(f'ALTER DATABASE "{team.database}" SET log_parameter_max_length = 0')
    editor = team.member("editor")
    plan = json.loads((EXAMPLES / "strategic-partnership-school-2019-eligible.json").read_text(encoding="utf-8"))
    plan["title"] = marker
    plan["partners"][0]["name"] = marker
    local = tmp_path / "plan.json"
    local.write_text(json.dumps(plan), encoding="utf-8")
    log_size = team.server.log_path.stat().st_size

    assert main(["workspace", "push", str(local), "--as", marker, "--workspace", editor.url]) == 0, capsys.readouterr().err
    assert main(["workspace", "pull", marker, "-o", str(tmp_path / "back.json"), "--workspace", editor.url]) == 0
    assert main(["workspace", "push", str(tmp_path / "back.json"), "--workspace", editor.url]) == 0
    assert main(["workspace", "plans", "--json", "--workspace", editor.url]) == 0
    assert main(["workspace", "board", "--json", "--workspace", editor.url]) == 0
    with Workspace(editor.address) as workspace:
        workspace.take_lease(marker)
        workspace.release_lease(marker)
        assert [v.version for v in workspace.history(marker)] == [2, 1]
    capsys.readouterr()

    with open(team.server.log_path, encoding="utf-8", errors="replace") as log:
        log.seek(log_size)
        logged = log.read()
    assert "team_plan" in logged, "the server did not log the statements"
    assert "Zq7Marker" not in logged
    shutil.rmtree(tmp_path, ignore_errors=True)
