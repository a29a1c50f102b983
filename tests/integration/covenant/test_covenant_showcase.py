"""The showcase's signatories: public profiles for anyone without an identity, withdrawn ones left out."""

from tests.integration.covenant.covenantsupport import signatory
from tests.support.service_app import anonymous, caller

BASE = "/v1/covenant/signatories"
SHOWCASE = "/v1/showcase/signatories"


async def test_anyone_reads_public_profiles_and_not_the_registrys_own_fields(app):
    async with caller(app) as admin, anonymous(app) as public:
        for key, name, country in (("SE90001", "Gamla", "SE"), ("IT90001", "Roma Nord", "IT"), ("IT90002", "Milano Est", "IT")):
            r = await admin.put(f"{BASE}/{key}", json=signatory(name, country, latitude=45.0, longitude=9.0))
            assert r.status_code == 201, r.text
        r = await admin.post(f"{BASE}/IT90002:withdraw", json={"reason": "council decision"})
        assert r.status_code == 200, r.text

        r = await public.get(SHOWCASE)
        assert r.status_code == 200, r.text
        assert [s["name"] for s in r.json()["items"]] == ["Gamla", "Roma Nord"]
        assert r.headers["cache-control"].startswith("public") and r.headers["etag"]
        profile = r.json()["items"][0]
        assert {c["pillar"] for c in profile["commitments"]} == {"mitigation", "adaptation"}
        assert not {"coordinators", "supporters", "compliance", "version", "reporting_expected"} & set(profile)
        assert [s["name"] for s in (await public.get(SHOWCASE, params={"country": "IT"})).json()["items"]] == ["Roma Nord"]
        near = await public.get(SHOWCASE, params={"near": "45,9", "radius_km": "1"})
        assert {s["name"] for s in near.json()["items"]} == {"Gamla", "Roma Nord"}

        one = await public.get(f"{SHOWCASE}/SE90001")
        assert one.status_code == 200 and one.json()["gcom_id"] == "SE90001"
        assert (await public.get(f"{SHOWCASE}/SE90001", headers={"If-None-Match": one.headers["etag"]})).status_code == 304
        assert (await public.get(f"{SHOWCASE}/IT90002")).status_code == 404
        assert (await public.get(f"{SHOWCASE}/XX00000")).status_code == 404
        # The registry itself still needs an identity
        assert (await public.get(BASE)).status_code == 401
