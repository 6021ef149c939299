"""A small form dialog whose OK runs one service call, off the GUI thread when it is slow.

A passphrase change or a new user derives a key with Argon2id (about a second): the call runs
in ``ui.tasks`` while the form shows it is busy. A refusal (a ``UserError``: a duplicate login,
the last owner, a wrong current passphrase) is shown in a message box and the form stays open
with what was typed, so the user can correct it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ..dialogs.messages import show_error
from ..tasks import Task, run_task

Work = Callable[[], object]


def password_edit(parent: QWidget, name: str, accessible: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible)
    return edit


class TaskForm(QDialog):
    """Subclasses add rows to ``form`` and implement :meth:`problem` and :meth:`work`.

    Signals:
        succeeded(object): the service call succeeded with this result (the dialog then closes).
    """

    succeeded = Signal(object)
    slow = False  # True: the call derives a key and runs in a background task

    def __init__(self, parent: QWidget | None, name: str, title: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.result_value: object = None
        self.task: Task | None = None
        self.form = QFormLayout()
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("formProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color:#b00020;")
        self.problem_label.hide()
        self.busy = QProgressBar(self)
        self.busy.setObjectName("formBusy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("formButtons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def problem(self) -> str | None:
        """What is wrong with the input, worded for the user; None when it can be sent."""
        return None

    def work(self) -> Work:
        """The service call with the form's values (plain data: it may run on another thread)."""
        raise NotImplementedError

    def show_problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.show()

    def accept(self) -> None:
        if self.task is not None:
            return
        problem = self.problem()
        if problem:
            self.show_problem(problem)
            return
        self.problem_label.hide()
        work = self.work()
        if not self.slow:
            try:
                result = work()
            except Exception as exc:
                self._failed(exc)
                return
            self._succeeded(result)
            return
        self._set_busy(True)
        self.task = run_task(lambda _ctx: work(), on_result=self._succeeded, on_error=self._failed)

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        self.task = None
        self._set_busy(False)
        self.result_value = result
        self.succeeded.emit(result)
        super().accept()

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self._set_busy(False)
        show_error(self, exc)  # the form keeps what was typed

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for i in range(self.form.rowCount()):
            for role in (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
                item = self.form.itemAt(i, role)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.setEnabled(not busy)
        self.buttons.setEnabled(not busy)
