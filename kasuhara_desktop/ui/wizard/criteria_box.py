"""The judge step's suggestions from the shop's own criteria (issue 17.3).

When the shop declared a recorded behaviour always unacceptable, or a call went over its phone
limit, the manner question shows a suggestion with its source ("The shop's criteria, version
N: ..."). Nothing is ticked for the person: a tick adds that line to the shop's criteria met
(which the verdict then counts as an unacceptable manner), unticking removes it again. The
person's answer is what is stored; an unconfirmed suggestion changes nothing.

Signals:
    edited(): a suggestion was ticked or unticked (the criteria field changed).
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from ...domain.criteria_suggestions import MannerSuggestion
from ...domain.procedures import LANGUAGES
from ...domain.vocabulary import label as term_label
from ..editor.fields import TextField
from ..labels import behaviour_label
from .texts import ui_language


def _names(s: MannerSuggestion) -> dict[str, str]:
    """The behaviour's name in every language (to recognise a line confirmed in another)."""
    if s.behaviour is None:
        return {}
    return {lang: term_label(s.behaviour, lang) for lang in LANGUAGES}


class CriteriaSuggestions(QWidget):
    """One check box per suggestion; hidden when the shop's criteria suggest nothing."""

    edited = Signal()

    def __init__(self, criteria: TextField, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("criteriaSuggestions")
        self.criteria = criteria
        self.heading = QLabel(
            self.tr(
                "The shop's own criteria suggest the following. Tick what you confirm; "
                "an unticked suggestion changes nothing:"
            ),
            self,
        )
        self.heading.setWordWrap(True)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.heading)
        self.checks: list[tuple[QCheckBox, MannerSuggestion]] = []
        self.setVisible(False)

    def load(self, suggestions: list[MannerSuggestion]) -> None:
        """Show ``suggestions``; each is ticked only if its line is already in the field."""
        for check, _s in self.checks:
            self.layout_.removeWidget(check)
            check.deleteLater()
        self.checks = []
        met = self._lines()
        lang = ui_language()
        for number, s in enumerate(suggestions):
            name = behaviour_label(s.behaviour) if s.behaviour is not None else ""
            check = QCheckBox(s.criterion(lang, name), self)
            check.setObjectName(f"criteriaSuggestion_{number}")
            check.setChecked(s.confirmed_in(met, _names(s) | {lang: name}))
            check.toggled.connect(self._on_toggled)
            self.layout_.addWidget(check)
            self.checks.append((check, s))
        self.setVisible(bool(suggestions))

    def _lines(self) -> list[str]:
        return [line.strip() for line in self.criteria.value().splitlines() if line.strip()]

    @Slot(bool)
    def _on_toggled(self, _checked: bool) -> None:
        lines = self._lines()
        lang = ui_language()
        for check, s in self.checks:
            name = behaviour_label(s.behaviour) if s.behaviour is not None else ""
            names = _names(s) | {lang: name}
            variants = {s.criterion(code, names.get(code, "")) for code in (*LANGUAGES, lang)}
            variants.add(check.text())
            confirmed = [line for line in lines if line in variants]
            if check.isChecked() and not confirmed:
                lines.append(check.text())
            elif not check.isChecked() and confirmed:
                lines = [line for line in lines if line not in variants]
        self.criteria.set_value("\n".join(lines))
        self.edited.emit()
