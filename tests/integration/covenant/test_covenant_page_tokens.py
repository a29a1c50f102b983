"""Every paged list of the covenant service answers a page token it did not issue with 400
problem+json `invalid-page-token` (foreign, forged, truncated, mistyped), never 500."""

from __future__ import annotations

import base64
import json

from tests.integration.covenant.covenantsupport import signatory
from tests.support.service_app import caller

BASE = "/v1/covenant/signatories"
INVENTORY = {"kind": "baseline", "year": 2022, "rows": [{"sector": "transport", "scope": "direct", "emissions_tco2e": 10.0}]}


def forged(*values) -> str:
    """A well-formed token holding `values`, as a client could make one up."""
    return base64.urlsafe_b64encode(json.dumps(list(values)).encode()).decode().rstrip("=")


def opened(token: str) -> list:
    """What a token holds: its list's name, then the sort values."""
    return json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))


async def test_every_list_refuses_a_token_it_did_not_issue(app):
    async with caller(app) as admin:
        await admin.put(f"{BASE}/SE90001", json=signatory("Gamla", "SE", organisation_id="ORG-1"))
        for n in (2, 3):
            await admin.put(f"{BASE}/SE9000{n}", json=signatory(f"Ny {n}", "SE", group={"organisation_id": "ORG-1"}))
        for _ in range(2):
            assert (await admin.post(f"{BASE}/SE90001/inventories", json=INVENTORY)).status_code == 201

        async def next_token(url: str) -> str:
            token = (await admin.get(url, params={"page_size": 1})).json()["next_page_token"]
            assert token
            return token

        lists = {
            "signatories": (BASE, {}),
            "csv export": (BASE, {"Accept": "text/csv"}),
            "group members": (f"{BASE}/SE90001/members", {}),
            "inventories": (f"{BASE}/SE90001/inventories", {}),
        }
        tokens = {name: await next_token(url) for name, (url, headers) in lists.items() if not headers}
        for name, (url, headers) in lists.items():
            own = tokens["signatories" if name == "csv export" else name]
            foreign = tokens["inventories" if name != "inventories" else "signatories"]
            keyset, *values = opened(own)
            assert all(isinstance(v, str) for v in values)  # name and id: an integer is the wrong type
            bad = {
                "[3]": "WzNd",
                "[[]]": "W1tdXQ",
                "another list's": foreign,
                "truncated": own[:-4],
                "not base64": "%%%",
                "wrongly typed": forged(keyset, *[7 for _ in values]),
                "too short": forged(keyset),
            }
            for what, token in bad.items():
                r = await admin.get(url, params={"page_token": token}, headers=headers)
                assert r.status_code == 400, (name, what, r.status_code, r.text[:200])
                assert r.headers["content-type"].startswith("application/problem+json"), (name, what)
                assert r.json()["type"].endswith("invalid-page-token"), (name, what)
            # Its own token still works.
            r = await admin.get(url, params={"page_token": own}, headers=headers)
            assert r.status_code == 200, (name, r.text[:200])
