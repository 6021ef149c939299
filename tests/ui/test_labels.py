from __future__ import annotations

from enum import Enum

import pytest

from kasuhara_desktop.domain import enums
from kasuhara_desktop.ui.labels import LABELLED_ENUMS, choices, label

ALL_ENUMS = [
    obj
    for obj in vars(enums).values()
    if isinstance(obj, type) and issubclass(obj, Enum) and obj.__module__ == enums.__name__
]


@pytest.mark.parametrize("enum_type", ALL_ENUMS, ids=lambda e: e.__name__)
def test_every_member_has_a_label(enum_type: type[Enum]) -> None:
    assert enum_type in LABELLED_ENUMS
    labels = [label(m) for m in enum_type]
    for member, text in zip(enum_type, labels, strict=True):
        assert text and text != member.value
    assert len(set(labels)) == len(labels)


def test_choices_keep_declaration_order() -> None:
    pairs = choices(enums.IncidentStatus)
    assert [m for m, _ in pairs] == list(enums.IncidentStatus)
