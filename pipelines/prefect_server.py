"""The Prefect API of a `letopis run` that has none configured: a server of its own, started early.

With no `PREFECT_API_URL`, Prefect starts a temporary server on the flow's first API call:
after letopis and Prefect's server code are imported in this process, and then the flow waits
the whole of the server's boot (about 7 s here) with a core idle.  `letopis run` instead
starts Prefect's own server (`prefect server start`, API only: no UI, no background services,
no analytics) as soon as it knows none is configured, so that the server boots on one core
while the flow's modules import on the other, and stops it when the run ends.  A configured
API (`PREFECT_API_URL`, as scheduled runs have) is used as it is.
"""

from __future__ import annotations

import atexit
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager

HOST = "127.0.0.1"
ATTEMPTS = 3  # a port taken between choosing it and the server binding it: start again on another


class PrefectServerError(RuntimeError):
    """The temporary Prefect server did not start."""


class TemporaryServer:
    """A `prefect server start` process on a free local port, started by the constructor."""

    COMMAND = [sys.executable, "-m", "prefect", "server", "start", "--no-ui", "--no-services", "--analytics-off",
               "--log-level", "ERROR"]

    def __init__(self):
        self.log = tempfile.TemporaryFile()
        self.process, self.api_url = self._start()

    def _start(self) -> tuple[subprocess.Popen, str]:
        with socket.socket() as s:
            s.bind((HOST, 0))
            port = s.getsockname()[1]
        process = subprocess.Popen([*self.COMMAND, "--host", HOST, "--port", str(port)], stdin=subprocess.DEVNULL,
                                   stdout=self.log, stderr=subprocess.STDOUT)
        return process, f"http://{HOST}:{port}/api"

    def wait_ready(self, timeout: float) -> None:
        """Return when the API answers its health check; raise `PrefectServerError` if it never does."""
        import httpx

        deadline = time.monotonic() + timeout
        attempts = 1
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                if attempts == ATTEMPTS:
                    raise PrefectServerError(f"Prefect's server exited with code {self.process.returncode}: "
                                             f"{self._log_tail()}")
                attempts += 1
                self.process, self.api_url = self._start()
            try:
                if httpx.get(f"{self.api_url}/health", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise PrefectServerError(f"Prefect's server did not answer within {timeout:.0f} s: {self._log_tail()}")

    def _log_tail(self) -> str:
        self.log.seek(0)
        return self.log.read().decode("utf-8", "replace")[-2000:] or "(no output)"

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


@contextmanager
def prefect_api(startup_timeout: float) -> Iterator[Callable[[], None]]:
    """The Prefect API for the flow runs inside: the configured one, else a temporary server's,
    started now.  Yields `ready`: call it once the flow's modules are imported, before the flow
    runs; it returns when the API answers (and points Prefect's settings at it)."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    if PREFECT_API_URL.value():
        yield lambda: None
        return
    server = TemporaryServer()
    # stopped at exit, as Prefect stops its own temporary server: after Prefect's exit handlers
    # (registered later, run earlier) have sent the run's last logs and events to it
    atexit.register(server.stop)
    with ExitStack() as settings:

        def ready() -> None:
            server.wait_ready(startup_timeout)
            settings.enter_context(temporary_settings(updates={PREFECT_API_URL: server.api_url}))

        yield ready
