"""Stand-ins shared by the gateway's unit tests."""

from __future__ import annotations


class NoSession:
    """Stands in for a sessionmaker when a test fakes the repository's functions."""

    def __call__(self):
        return self

    async def __aenter__(self):
        return None

    async def __aexit__(self, *exc) -> bool:
        return False
