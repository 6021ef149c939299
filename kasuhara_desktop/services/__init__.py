"""Use cases over the vault and the domain: what the UI and the CLI call."""
