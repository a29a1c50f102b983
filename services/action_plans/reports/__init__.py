"""Progress reports: frozen snapshots of a plan, and what changed between two of them."""
