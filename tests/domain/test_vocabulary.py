"""The one vocabulary of codes and the one safe template fill."""

from __future__ import annotations

from kasuhara_desktop.domain.vocabulary import fill


def test_fill_is_one_pass_a_value_holding_a_placeholder_is_not_expanded() -> None:
    assert fill("%1 (%2 min)", "090-%2", 5) == "090-%2 (5 min)"
    assert fill("%2 then %1", "a%1", "b%2") == "b%2 then a%1"


def test_fill_keeps_placeholders_without_a_value_and_reads_two_digits() -> None:
    assert fill("%1 of %3", "x") == "x of %3"
    values = [str(n) for n in range(1, 12)]
    assert fill("%11-%1", *values) == "11-1"
    assert fill("100% sure, %1", "yes") == "100% sure, yes"
