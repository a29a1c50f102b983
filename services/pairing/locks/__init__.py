"""Locked pairs: the pairs the coordination unit fixes before a call's rounds."""
