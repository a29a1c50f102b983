"""Changing a call: its terms until it opens, closing it early."""
