"""The command line: `letopis serve` wiring (no server needed) and its refusal without one."""

from __future__ import annotations

from typer.testing import CliRunner

from pipelines.cli import app


def test_serve_without_a_prefect_server_says_what_to_do(monkeypatch):
    from prefect.settings import PREFECT_API_URL, temporary_settings

    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    with temporary_settings(restore_defaults={PREFECT_API_URL}):  # also when another test's API is up
        result = CliRunner().invoke(app, ["serve", "--cron", "0 * * * *"])
    assert result.exit_code == 2
    assert "prefect server start" in result.output and "cron" in result.output


def test_serve_deploys_the_flow_on_the_schedule_with_retries_and_no_overlap(monkeypatch, tmp_path):
    from prefect.flows import Flow

    served = {}

    def fake_serve(self, **kwargs):
        served.update(kwargs, retries=self.retries, retry_delay=self.retry_delay_seconds, flow=self.name)

    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:4200/api")
    monkeypatch.setattr(Flow, "serve", fake_serve)
    result = CliRunner().invoke(app, ["serve", "--cron", "*/30 * * * *", "--raw", str(tmp_path / "raw"),
                                      "--out", str(tmp_path / "out"), "--max-quarantined", "5"])
    assert result.exit_code == 0, result.output
    assert served["cron"] == "*/30 * * * *" and served["limit"] == 1
    assert (served["flow"], served["retries"], served["retry_delay"]) == ("letopis", 2, 300)
    assert served["parameters"] == {"raw": str(tmp_path / "raw"), "out": str(tmp_path / "out"),
                                    "max_quarantined": "5", "keep_runs": 50, "keep_failed_days": 30.0}
