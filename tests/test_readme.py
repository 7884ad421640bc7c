"""The README's snippets run as written, against a run of the committed sample (`make run`)."""

from __future__ import annotations

import re
import shutil

import pytest

from tests.conftest import REPO, TODAY

pytestmark = pytest.mark.slow  # runs the flow on data/raw: `make test-fast` leaves it out

README = (REPO / "README.md").read_text(encoding="utf-8")
PYTHON = re.findall(r"```python\n(.*?)```", README, re.S)
SQL = re.findall(r"```sql\n(.*?)```", README, re.S)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory, prefect_api):
    """A folder laid out like the repository after `make run`."""
    from pipelines.flow import letopis_flow

    work = tmp_path_factory.mktemp("readme")
    shutil.copytree(REPO / "data" / "raw", work / "data" / "raw")
    letopis_flow(raw=str(work / "data" / "raw"), out=str(work / "data" / "processed"), today=TODAY)
    return work


def test_the_readme_has_snippets():
    assert len(PYTHON) >= 2 and len(SQL) >= 2


def test_python_snippets_run(workdir, monkeypatch, capsys):
    monkeypatch.chdir(workdir)
    namespace: dict = {}
    for code in PYTHON:
        exec(compile(code, "README.md", "exec"), namespace)  # noqa: S102 - the README's own examples
    printed = capsys.readouterr().out
    assert "Касым-Жомарт Токаев" in printed and "Казахстан" in printed


def test_sql_snippets_run_in_duckdb(workdir, monkeypatch):
    import duckdb

    monkeypatch.chdir(workdir)
    con = duckdb.connect(str(workdir / "letopis.duckdb"))
    last_rows = [con.execute(script).fetchall() for script in SQL]  # each script's last statement
    assert last_rows[0][0][:2] == (2025, 9)
    assert last_rows[-1][0][0] == "Казахстан"
