"""Cooperation activities of a pairing: planned, held or cancelled, recorded and edited along the way."""
