"""The three roles as the windows name them, translated when asked for (not at import)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.roles import Role


def role_label(role: Role) -> str:
    """ "Owner", "Manager" or "Staff" in the program's language."""
    texts = {
        Role.OWNER: QCoreApplication.translate("Roles", "Owner"),
        Role.MANAGER: QCoreApplication.translate("Roles", "Manager"),
        Role.STAFF: QCoreApplication.translate("Roles", "Staff"),
    }
    return texts[role]


def role_description(role: Role) -> str:
    """One sentence on what ``role`` may do (the add form shows it under the role box)."""
    texts = {
        Role.OWNER: QCoreApplication.translate(
            "Roles", "Everything, including users, the data key and restoring backups."
        ),
        Role.MANAGER: QCoreApplication.translate(
            "Roles",
            "Incidents, judging, notices, reports, bundles, backups, settings, evidence export "
            "and deletion.",
        ),
        Role.STAFF: QCoreApplication.translate(
            "Roles",
            "Records incidents, evidence, timeline steps and phone calls and edits their own "
            "drafts; no export, deletion, notices, reports or settings.",
        ),
    }
    return texts[role]
