"""Hostile input (issue 12 point 14): refused in one line with exit 2, never a traceback.

Dates at the ends of Python's range, deep nesting, huge numbers, absurd offsets and periods,
file names that are not UTF-8: each goes through the CLI and must end in exit 2 with one line
on stderr and nothing stored. Values that older versions let into a vault are then written
straight through the repository, and every document (report, summary, notice, bundle) must
still be built from them.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from helpers import INCIDENT_EXAMPLE, make_example_cli_vault
from helpers import run_cli as run

from kasuhara_desktop.domain.models import Quote, TimelineEntry
from kasuhara_desktop.services.vaults import unlock
from kasuhara_desktop.vault.repositories import incidents as repo

SECRET = "hostile-pass ワード"
PLUS_14 = timezone(timedelta(hours=14))
MINUS_14 = timezone(timedelta(hours=-14))
EXAMPLE = INCIDENT_EXAMPLE
BASE = {"occurred_at": "2026-11-03T14:05:00+09:00", "summary": "返金要求"}


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KASUHARA_PASSPHRASE", SECRET)
    monkeypatch.setenv("KASUHARA_INSECURE_FAST_KDF", "1")


@pytest.fixture
def vault(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    return make_example_cli_vault(capsys, tmp_path)


def _json(tmp_path: Path, name: str, data: object) -> str:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return str(path)


def _hostile_cases(tmp_path: Path) -> list[tuple[list[str], str]]:
    """(argv after --vault V, words the one-line message must contain)."""
    deep = "[" * 100_000 + "]" * 100_000
    big = '{"occurred_at": "2026-11-03T14:05:00+09:00", "summary": "x", "costs": ' + (
        '[{"kind": "on_site", "minutes": ' + "9" * 5000 + "}]}"
    )
    src = tmp_path / "photo.jpg"
    src.write_bytes(b"\xff\xd8\xff" + os.urandom(200))
    bad_name = tmp_path / os.fsdecode(b"bad\xff.jpg")
    bad_name.write_bytes(b"\xff\xd8\xff" + os.urandom(200))
    notice = {"addressee": {"name": "A"}, "reason": "暴言", "months": 10**6}

    def add(name: str, data: object) -> list[str]:
        return ["incident", "add", "--json", _json(tmp_path, name, data)]

    return [
        (add("a.json", {**BASE, "occurred_at": "0001-01-01T00:00:00+14:00"}),
         "occurred_at"),
        (add("b.json", {**BASE, "occurred_at": "9999-12-31T23:59:59-14:00"}),
         "occurred_at"),
        (add("c.json", {**BASE, "ended_at": "9999-12-31T23:59:59-14:00"}),
         "ended_at"),
        (add("d.json", deep), "nested"),
        (add("e.json", big), "digits"),
        (add("f.json", {**BASE, "quotes": [
            {"speaker": "客", "words": "x", "said_at": "0001-01-01T00:00:00+00:00"}]}),
         "quotes[0].said_at"),
        (add("g.json", {**BASE, "timeline": [
            {"at": "9999-12-31T23:59:59+00:00"}]}), "timeline[0].at"),
        (add("h.json", {**BASE, "offender_known_on": "0001-01-01"}),
         "offender_known_on"),
        (add("i.json", {**BASE, "costs": [
            {"kind": "on_site", "minutes": 10**15}]}), "costs[0].minutes"),
        (add("j.json", '{"occurred_at": NaN}'), "NaN"),
        (["incident", "log", "K-2026-0001", "--event", "stop-request", "--at",
          "0001-01-01T00:00:00+14:00"], "--at"),
        (["evidence", "add", "K-2026-0001", str(src), "--clock-offset", str(10**30)],
         "--clock-offset"),
        (["evidence", "add", "K-2026-0001", str(bad_name)], "UTF-8"),
        (["incident", "list", "--limit", str(10**30)], "--limit"),
        (["notice", "issue", "K-2026-0001", "--json", _json(tmp_path, "n.json", notice),
          "-o", str(tmp_path / "n.pdf")], "months"),
        (["summary", "--from", "0001-01-01", "--to", "2026-12-31", "-o",
          str(tmp_path / "s.pdf")], "--from"),
        (["summary", "--from", "2026-01-01", "--to", "9999-12-31", "-o",
          str(tmp_path / "s2.pdf")], "--to"),
    ]  # fmt: skip


def _state(vault: str, capsys: pytest.CaptureFixture[str]) -> str:
    code, out, _ = run(capsys, "--vault", vault, "incident", "show", "K-2026-0001", "--json")
    assert code == 0
    listing = run(capsys, "--vault", vault, "incident", "list")[1]
    evidence = run(capsys, "--vault", vault, "evidence", "list", "K-2026-0001")[1]
    notices = run(capsys, "--vault", vault, "notice", "list")[1]
    return out + listing + evidence + notices


def test_hostile_inputs_are_refused_in_one_line(
    vault: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _state(vault, capsys)
    for argv, words in _hostile_cases(tmp_path):
        code, _, err = run(capsys, "--vault", vault, *argv)
        assert code == 2, (argv[:3], code, err)
        assert err.startswith("kasuhara: ") and err.count("\n") == 1, (argv[:3], err)
        assert words in err and "Traceback" not in err, (argv[:3], err)
        assert len(err) < 400, err
    assert _state(vault, capsys) == before
    assert not (tmp_path / "n.pdf").exists() and not (tmp_path / "s.pdf").exists()


def _store_extremes(folder: str) -> None:
    """Write values no validation lets in today straight through the repository, as an old
    version could have stored them."""
    vault = unlock(Path(folder), passphrase=SECRET)
    with vault:
        inc = repo.get(vault.conn, "K-2026-0001")
        inc.quotes.append(Quote("客", "「土下座しろ」", said_at=datetime(1, 1, 1, tzinfo=PLUS_14)))
        inc.quotes.append(Quote("客", "「訴えるぞ」", said_at=datetime(1, 1, 1, tzinfo=UTC)))
        inc.timeline.append(TimelineEntry(datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC)))
        inc.timeline.append(TimelineEntry(datetime(9999, 12, 31, 23, 59, tzinfo=MINUS_14)))
        inc.timeline.append(TimelineEntry(datetime(1, 1, 1, tzinfo=PLUS_14)))
        inc.ended_at = datetime(9999, 12, 31, 23, 59, tzinfo=MINUS_14)
        inc.offender_known_on = date(1, 1, 1)
        for action in inc.actions:
            action.at, action.due = datetime(1, 1, 1, tzinfo=PLUS_14), date(9999, 12, 31)
        for statement in inc.statements:
            statement.given_at = datetime(9999, 12, 31, 23, 59, tzinfo=MINUS_14)
        with vault.transaction() as conn:
            repo.update(conn, inc, vault.user, inc.version)


def test_documents_survive_extreme_stored_values(
    vault: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _store_extremes(vault)
    report = tmp_path / "r.pdf"
    for lang in ("ja", "en"):
        code, _, err = run(capsys, "--vault", vault, "report", "K-2026-0001", "-o", str(report),
                           "--lang", lang, "--force")  # fmt: skip
        assert (code, err) == (0, ""), err
        assert report.read_bytes().startswith(b"%PDF")
    bundle = tmp_path / "b.zip"
    code, _, err = run(capsys, "--vault", vault, "bundle", "K-2026-0001", "-o", str(bundle))
    assert (code, err) == (0, ""), err
    code, _, err = run(capsys, "--vault", vault, "bundle", "verify", str(bundle))
    assert code == 0, err
    summary = tmp_path / "s.pdf"
    code, _, err = run(capsys, "--vault", vault, "summary", "--from", "2026-01-01", "--to",
                       "2026-12-31", "-o", str(summary))  # fmt: skip
    assert (code, err) == (0, ""), err
    notice = tmp_path / "n.pdf"
    code, _, err = run(capsys, "--vault", vault, "notice", "issue", "K-2026-0001", "--json",
                       _json(tmp_path, "n.json", {}), "-o", str(notice))  # fmt: skip
    assert (code, err) == (0, ""), err
    assert notice.read_bytes().startswith(b"%PDF")
    code, out, err = run(capsys, "--vault", vault, "incident", "show", "K-2026-0001")
    assert code == 0 and "9999-12-31" in out, err
    assert run(capsys, "--vault", vault, "verify")[0] == 0
