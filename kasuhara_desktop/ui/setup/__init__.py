"""The first-run setup wizard: one page per file over a ``SetupDraft``."""
