"""The shop's procedures and harassment criteria: append-only versions (schema v14).

A save appends a row with the next version number; the highest version is in force and older
ones stay readable. Every write appends to the audit chain in the caller's transaction. No row
means the shipped defaults, which the caller supplies.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import sqlcipher3

from ...domain.procedures import (
    LANGUAGES,
    Criteria,
    LanguageTexts,
    Procedures,
    behaviours_from,
    criteria_to_dict,
    procedures_to_dict,
    texts_from_dict,
    texts_to_dict,
)
from .. import audit

_PROC_COLUMNS = (
    "version, playbooks, min_staff, phone_limit_minutes, recording_policy, note, saved_at, saved_by"
)
_CRIT_COLUMNS = (
    "version, unacceptable_behaviours, examples, phone_limit_applies, note, saved_at, saved_by"
)


def _procedures(row: tuple[Any, ...]) -> Procedures:
    version, playbooks, min_staff, limit, recording, note, saved_at, saved_by = row
    texts_raw = json.loads(playbooks)
    recording_raw = json.loads(recording)
    texts: dict[str, LanguageTexts] = {}
    for lang, data in texts_raw.items():
        texts[lang] = texts_from_dict(
            {**data, "recording_policy": recording_raw.get(lang, "")}, f"procedures.{lang}"
        )
    return Procedures(
        texts=texts,
        min_staff=min_staff,
        phone_limit_minutes=limit,
        version=version,
        saved_at=datetime.fromisoformat(saved_at),
        saved_by=saved_by,
        note=note,
    )


def _criteria(row: tuple[Any, ...]) -> Criteria:
    version, behaviours, examples, applies, note, saved_at, saved_by = row
    return Criteria(
        unacceptable_behaviours=behaviours_from(json.loads(behaviours), "criteria"),
        examples={lang: tuple(x) for lang, x in json.loads(examples).items()},
        phone_limit_applies=bool(applies),
        version=version,
        saved_at=datetime.fromisoformat(saved_at),
        saved_by=saved_by,
        note=note,
    )


def current_procedures(conn: sqlcipher3.Connection) -> Procedures | None:
    row = conn.execute(
        f"SELECT {_PROC_COLUMNS} FROM procedure_versions ORDER BY version DESC LIMIT 1"
    ).fetchone()
    return _procedures(row) if row else None


def procedures_version(conn: sqlcipher3.Connection, version: int) -> Procedures | None:
    row = conn.execute(
        f"SELECT {_PROC_COLUMNS} FROM procedure_versions WHERE version = ?",
        (version,),
    ).fetchone()
    return _procedures(row) if row else None


def current_criteria(conn: sqlcipher3.Connection) -> Criteria | None:
    row = conn.execute(
        f"SELECT {_CRIT_COLUMNS} FROM criteria_versions ORDER BY version DESC LIMIT 1"
    ).fetchone()
    return _criteria(row) if row else None


def history(conn: sqlcipher3.Connection) -> list[tuple[str, int, str, str, str]]:
    """Every version of both: (what, version, saved_at, saved_by, note), newest first."""
    rows = conn.execute(
        "SELECT 'procedures', version, saved_at, saved_by, note FROM procedure_versions"
        " UNION ALL SELECT 'criteria', version, saved_at, saved_by, note FROM criteria_versions"
        " ORDER BY 3 DESC, 1"
    ).fetchall()
    return [tuple(r) for r in rows]


def _next(conn: sqlcipher3.Connection, table: str) -> int:
    row = conn.execute(f"SELECT COALESCE(MAX(version), 0) FROM {table}").fetchone()
    return int(row[0]) + 1


def add_procedures(
    conn: sqlcipher3.Connection, p: Procedures, user: str, at: datetime
) -> Procedures:
    """Append ``p`` as the next version (who: ``user``, when: ``at``); return it numbered."""
    version = _next(conn, "procedure_versions")
    playbooks = {}
    for lang in LANGUAGES:
        if lang in p.texts:
            data = texts_to_dict(p.texts[lang])
            data.pop("recording_policy")
            playbooks[lang] = data
    recording = {lang: t.recording_policy for lang, t in p.texts.items()}
    saved = Procedures(
        texts=p.texts,
        min_staff=p.min_staff,
        phone_limit_minutes=p.phone_limit_minutes,
        version=version,
        saved_at=at,
        saved_by=user,
        note=p.note,
    )
    conn.execute(
        f"INSERT INTO procedure_versions ({_PROC_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            version,
            json.dumps(playbooks, ensure_ascii=False),
            p.min_staff,
            p.phone_limit_minutes,
            json.dumps(recording, ensure_ascii=False),
            p.note,
            at.isoformat(),
            user,
        ),
    )
    audit.append(conn, user, "save", "procedures", version, procedures_to_dict(saved))
    return saved


def add_criteria(conn: sqlcipher3.Connection, c: Criteria, user: str, at: datetime) -> Criteria:
    """Append ``c`` as the next version of the criteria; return it numbered."""
    version = _next(conn, "criteria_versions")
    saved = Criteria(
        unacceptable_behaviours=c.unacceptable_behaviours,
        examples={lang: c.examples.get(lang, ()) for lang in LANGUAGES},
        phone_limit_applies=c.phone_limit_applies,
        version=version,
        saved_at=at,
        saved_by=user,
        note=c.note,
    )
    conn.execute(
        f"INSERT INTO criteria_versions ({_CRIT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            version,
            json.dumps([b.value for b in saved.unacceptable_behaviours]),
            json.dumps({k: list(v) for k, v in saved.examples.items()}, ensure_ascii=False),
            int(saved.phone_limit_applies),
            saved.note,
            at.isoformat(),
            user,
        ),
    )
    audit.append(conn, user, "save", "criteria", version, criteria_to_dict(saved))
    return saved
