"""The editor's and the guide's autosave: written a few seconds after a change, at once on
lock, cleared on save or discard; a restored draft shows exactly what was typed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

sys.path.insert(0, str(Path(__file__).parent))

from editor_fakes import open_editor, set_text, text_of
from helpers import sample_incident
from wizard_helpers import services_over

from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.ui import autosave as autosave_ui
from kasuhara_desktop.ui.wizard.response_wizard import ResponseWizard
from kasuhara_desktop.vault.vault import Vault

TYPED = "途中まで書いた説明"


@pytest.fixture
def service(vault: Vault) -> IncidentService:
    return IncidentService(vault)


@pytest.fixture(autouse=True)
def short_interval(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(autosave_ui, "INTERVAL_MS", 150)


def stored(service: IncidentService) -> list:
    return service.autosave.pending()


def test_a_change_is_written_after_the_interval_not_at_once(qtbot, service) -> None:
    editor = open_editor(qtbot, service)
    assert stored(service) == []  # opening writes nothing
    set_text(editor, "summary", TYPED)
    assert stored(service) == []  # not on every keystroke
    qtbot.waitUntil(lambda: len(stored(service)) == 1, timeout=3000)
    [draft] = stored(service)
    assert draft.kind == "editor" and draft.slot == editor.autosaver.slot
    assert draft.incident is not None and draft.incident.summary == TYPED
    set_text(editor, "summary", TYPED + "。続き")
    qtbot.waitUntil(lambda: stored(service)[0].incident.summary.endswith("続き"), timeout=3000)
    assert len(stored(service)) == 1  # the same row, replaced


def test_saving_clears_the_autosave(qtbot, service) -> None:
    editor = open_editor(qtbot, service)
    set_text(editor, "summary", TYPED)
    editor.autosaver.flush()
    assert len(stored(service)) == 1
    assert editor.save()
    assert stored(service) == []


def test_discarding_clears_it_and_undoing_the_typing_too(qtbot, service, monkeypatch) -> None:
    reference = service.add(sample_incident()).reference
    editor = open_editor(qtbot, service, reference)
    original = text_of(editor, "summary")
    set_text(editor, "summary", TYPED)
    editor.autosaver.flush()
    set_text(editor, "summary", original)  # typed back to what is stored: nothing to keep
    editor.autosaver.flush()
    assert stored(service) == []
    set_text(editor, "summary", TYPED)
    editor.autosaver.flush()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    editor.reject()
    assert stored(service) == []


def test_locking_writes_what_was_typed_at_once(qtbot, service) -> None:
    editor = open_editor(qtbot, service)
    set_text(editor, "summary", TYPED)
    assert stored(service) == []
    editor.stash_for_lock()  # the session announces "locked" while the vault is still open
    assert [d.incident.summary for d in stored(service)] == [TYPED]


def test_a_restored_draft_shows_the_text_and_keeps_its_base_version(qtbot, service) -> None:
    saved = service.add(sample_incident())
    first = open_editor(qtbot, service, saved.reference)
    set_text(first, "summary", TYPED)
    first.autosaver.flush()
    [draft] = stored(service)
    first.done(0)  # gone without a word, as in a crash

    newer = service.get(saved.reference)
    newer.demand = "別の人が保存した"
    service.update(saved.reference, newer, saved.version)  # someone saved meanwhile
    again = open_editor(qtbot, service, saved.reference)
    again.restore_draft(draft)
    assert text_of(again, "summary") == TYPED and again.is_dirty()
    assert again.autosaver.slot == draft.slot
    assert not again.save()  # started from an older version: refused as stale, text kept
    assert text_of(again, "summary") == TYPED


def test_the_guide_autosaves_its_draft_and_chosen_status(qtbot, service) -> None:
    reference = service.add(sample_incident()).reference
    wizard = ResponseWizard(services_over(service), reference)
    qtbot.addWidget(wizard, before_close_func=lambda w: w.done(0))
    wizard.show()
    wizard.draft.incident.summary = TYPED
    wizard.draft.status_reason = "理由"
    wizard.draft.notify()
    qtbot.waitUntil(lambda: len(stored(service)) == 1, timeout=3000)
    [draft] = stored(service)
    assert draft.kind == "guide" and draft.reference == reference
    assert draft.state["reason"] == "理由"

    other = ResponseWizard(services_over(service), reference)
    qtbot.addWidget(other, before_close_func=lambda w: w.done(0))
    other.restore_draft(draft)
    assert other.draft.incident.summary == TYPED and other.draft.status_reason == "理由"
    assert other.draft.is_dirty()
    wizard.stash_for_lock()
    assert wizard.autosaver.pending is False


def test_without_an_autosave_service_nothing_is_written_and_nothing_fails(qtbot) -> None:
    calls: list[str] = []
    saver = autosave_ui.Autosaver("editor", lambda: calls.append("asked") or None)
    saver.changed()
    saver.flush()
    assert calls == [] and saver.pending  # kept until a service comes
    saver.clear()
    assert not saver.pending


def test_an_unchanged_draft_is_not_written_again(qtbot, service, monkeypatch) -> None:
    editor = open_editor(qtbot, service)
    writes: list[str] = []
    real_save = type(service.autosave).save
    monkeypatch.setattr(
        type(service.autosave),
        "save",
        lambda self, *a, **k: (writes.append("w"), real_save(self, *a, **k))[1],
    )
    set_text(editor, "summary", TYPED)
    editor.autosaver.flush()
    editor.autosaver.changed()  # e.g. a field touched but left as it was
    editor.autosaver.flush()
    assert writes == ["w"]
    set_text(editor, "summary", TYPED + "!")
    editor.autosaver.flush()
    assert writes == ["w", "w"]
