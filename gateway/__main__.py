"""`python -m gateway`: serve the gateway the way it is meant to run (uvloop, httptools, no access log).

The launcher (`deploy/stack.py`) starts the same app with the same flags through `python -m uvicorn`.
"""

from __future__ import annotations

import uvicorn

from gateway.config import get_settings


def main() -> None:
    """Run the gateway on IUC_GATEWAY_HOST:IUC_GATEWAY_PORT (127.0.0.1:8000 by default)."""
    settings = get_settings()
    uvicorn.run(
        "gateway.app:app",
        host=settings.host,
        port=settings.port,
        loop="uvloop",
        http="httptools",
        access_log=False,  # a log line per request costs more than the proxying itself
        log_level=settings.log_level.lower(),
    )


if __name__ == "__main__":
    main()
