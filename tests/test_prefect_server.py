"""The Prefect API of `letopis run`: the configured one, else a temporary server started early.

The temporary server's whole path (no API configured, the console script end to end) is
`test_flow.py::test_letopis_command_runs_without_a_prefect_server`.
"""

from __future__ import annotations

import sys

import pytest

from pipelines.prefect_server import PrefectServerError, TemporaryServer
from pipelines.prefect_server import prefect_api as api_for_run


@pytest.mark.usefixtures("prefect_api")
def test_a_configured_api_is_used_as_it_is(monkeypatch):
    from prefect.settings import PREFECT_API_URL

    configured = PREFECT_API_URL.value()
    monkeypatch.setattr(TemporaryServer, "__init__", lambda self: pytest.fail("a server was started"))
    with api_for_run(startup_timeout=1) as ready:
        ready()
        assert PREFECT_API_URL.value() == configured


def test_a_server_that_cannot_start_is_named_with_its_output(monkeypatch):
    monkeypatch.setattr(TemporaryServer, "COMMAND", [sys.executable, "-c", "import sys; print('no such database')"
                                                     "; sys.exit(1)", "--"])
    server = TemporaryServer()
    try:
        with pytest.raises(PrefectServerError, match="exited with code 1: no such database"):
            server.wait_ready(timeout=30)
    finally:
        server.stop()
