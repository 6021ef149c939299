"""Phone mode: a call panel with a timer against the shop's call limit, and call filing."""
