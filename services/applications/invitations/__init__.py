"""Invitations to join a group application: a city is a member only when it accepts (docs/decisions/0019)."""
