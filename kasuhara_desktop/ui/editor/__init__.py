"""The incident editor: one dialog over a draft ``Incident`` that only "Save" writes.

The main window uses :class:`kasuhara_desktop.ui.editor.incident_editor.IncidentEditor`.
"""
