"""The inventories export: every emission inventory of the registry, as JSON pages or as CSV (one line a sector row)."""
