"""Revisions of a published practice: a correction drafted and reviewed beside the published text."""
