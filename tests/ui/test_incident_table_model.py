from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt

sys.path.insert(0, str(Path(__file__).parent))

from fakes import FakeIncidentService, make_incidents

from kasuhara_desktop.domain.enums import Behaviour, Channel, IncidentStatus
from kasuhara_desktop.domain.errors import StorageError
from kasuhara_desktop.domain.query import IncidentFilter, SortKey
from kasuhara_desktop.ui.models.incident_table import (
    OCCURRED,
    REFERENCE,
    STATUS,
    IncidentTableModel,
)


def model_with(n: int, page: int = 10) -> tuple[IncidentTableModel, FakeIncidentService]:
    service = FakeIncidentService(make_incidents(n))
    model = IncidentTableModel(page_size=page)
    model.set_service(service)
    return model, service


def test_modeltester(qtmodeltester) -> None:
    model, _ = model_with(35)
    qtmodeltester.check(model, force_py=True)


def test_modeltester_empty(qtmodeltester) -> None:
    model = IncidentTableModel()
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 0


def test_lazy_loading_fetches_in_pages() -> None:
    model, service = model_with(25, page=10)
    assert model.rowCount() == 10
    assert model.total == 25
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 20
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 25
    assert not model.canFetchMore(QModelIndex())
    assert [(off, lim) for _, off, lim in service.finds()] == [(0, 10), (10, 10), (20, 10)]


def test_display_uses_labels_not_codes() -> None:
    model, _ = model_with(3)
    status = model.data(model.index(0, STATUS))
    assert status not in {s.value for s in IncidentStatus}
    assert model.data(model.index(0, OCCURRED)).count(":") == 1


def test_sort_by_header_asks_the_service() -> None:
    model, service = model_with(25)
    service.calls.clear()
    model.sort(REFERENCE, Qt.SortOrder.AscendingOrder)
    q, offset, _ = service.finds()[-1]
    assert (q.sort, q.descending, offset) == (SortKey.REFERENCE, False, 0)
    assert model.reference_at(0) == "K-2026-0001"
    model.sort(REFERENCE, Qt.SortOrder.DescendingOrder)
    assert model.reference_at(0) == "K-2026-0025"


def test_filter_keeps_sort_and_reaches_service() -> None:
    model, service = model_with(40)
    model.sort(REFERENCE, Qt.SortOrder.AscendingOrder)
    wanted = IncidentFilter(
        search="返金",
        statuses=frozenset({IncidentStatus.DRAFT}),
        channel=Channel.PHONE,
        behaviour=Behaviour.OTHER,
        date_from=date(2026, 1, 1),
        date_to=date(2026, 12, 31),
    )
    model.set_filter(wanted)
    q, _, _ = service.finds()[-1]
    assert q.search == "返金" and q.channel == Channel.PHONE
    assert q.statuses == frozenset({IncidentStatus.DRAFT})
    assert q.behaviour == Behaviour.OTHER and q.date_to == date(2026, 12, 31)
    assert q.sort == SortKey.REFERENCE


def test_row_of_fetches_until_found() -> None:
    model, _ = model_with(35, page=10)
    model.sort(REFERENCE, Qt.SortOrder.AscendingOrder)
    assert model.row_of("K-2026-0031") == 30
    assert model.row_of("K-2099-0001") == -1


def test_lock_empties_the_model() -> None:
    model, _ = model_with(12)
    model.set_service(None)
    assert model.rowCount() == 0
    assert not model.canFetchMore(QModelIndex())


def test_service_error_is_reported_not_raised(qtbot) -> None:
    model, service = model_with(12)
    service.fail_with = StorageError("The vault folder is gone (USB removed?).")
    with qtbot.waitSignal(model.load_failed) as blocker:
        model.reload()
    assert isinstance(blocker.args[0], StorageError)
    assert model.rowCount() == 0
