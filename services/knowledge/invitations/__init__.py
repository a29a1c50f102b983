"""Invitations to a practice's locations: a city is named only when it accepts (docs/decisions/0019)."""
