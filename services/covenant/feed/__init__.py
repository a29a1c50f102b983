"""The change feed of the signatories: what changed after a cursor, for a syncing system or one office."""
