"""Compatibility and matching: ranked candidates, and rounds that solve and propose pairings."""
