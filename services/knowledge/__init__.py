"""The knowledge service: good practices, lessons learnt and resources, with full-text search."""
