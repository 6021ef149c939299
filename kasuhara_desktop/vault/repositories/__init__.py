"""Repositories: SQL in, domain dataclasses out. Callers own the transaction."""
