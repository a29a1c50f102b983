"""Sending deliveries: the worker that claims them (worker.py), the HTTP sender (sender.py), the SSRF guard (guard.py)."""
