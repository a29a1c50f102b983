"""Who may do what in the value_chains service: typed dependencies for its scopes.

Partner systems (the Enterprise Europe Network, cluster platforms) and the coordination unit
write; dashboards read. Keys are not bound to one organisation, so the scopes are the check.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from shared.identity import Identity, require_scopes

ValueChainsRead = Annotated[Identity, Depends(require_scopes("value_chains:read"))]
ValueChainsWrite = Annotated[Identity, Depends(require_scopes("value_chains:write"))]
