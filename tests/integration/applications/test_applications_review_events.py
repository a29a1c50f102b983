"""A new review is announced as application.reviewed v2 (its review id, N/A scores as null) instead of v1, and an
edited one as review.updated; neither names the reviewer."""

from sqlalchemy import select

from services.applications.models import kit
from tests.integration.applications.applicationssupport import CRITERIA, applications_app, open_call, submitted_application
from tests.support.service_app import caller


async def test_reviews_and_their_edits_are_announced_without_the_reviewer(database_url):
    async with (
        applications_app(database_url) as app,
        caller(app) as admin,
        caller(app, "reviewer", subject="key-rev-secret") as reviewer,
    ):
        call = await open_call(admin, criteria=CRITERIA)
        application = await submitted_application(app, admin, call["id"])
        base = f"/v1/applications/{application['id']}"
        first = {"scores": {"relevance": 4, "feasibility": 3, "impact": None}, "recommendation": "maybe", "comment": "Hm."}
        review = (await reviewer.post(f"{base}/reviews", json=first)).json()
        edited = {"scores": {"relevance": 5, "feasibility": 3, "impact": 2}, "recommendation": "yes", "comment": "Yes."}
        r = await reviewer.put(f"{base}/reviews/{review['id']}", json=edited)
        assert r.status_code == 200, r.text

        async with app.state.sessionmaker() as s:
            rows = (await s.execute(select(kit.outbox.c.type, kit.outbox.c.data).order_by(kit.outbox.c.seq))).all()
        types = [t for t, _ in rows]
        assert "iuc.applications.application.reviewed.v1" not in types  # the producer sends v2 only
        [reviewed] = [d for t, d in rows if t == "iuc.applications.application.reviewed.v2"]
        [updated] = [d for t, d in rows if t == "iuc.applications.review.updated.v1"]
        assert reviewed == {
            "application_id": application["id"],
            "call_id": call["id"],
            "city_id": application["city_id"],
            "review_id": review["id"],
            "scores": {"relevance": 4, "feasibility": 3, "impact": None},
            "recommendation": "maybe",
            "reviewed_at": "2027-03-01T09:00:00Z",
        }
        assert updated == {
            "review_id": review["id"],
            "application_id": application["id"],
            "call_id": call["id"],
            "city_id": application["city_id"],
            "scores": edited["scores"],
            "recommendation": "yes",
            "updated_at": "2027-03-01T09:00:00Z",
        }
        assert "key-rev-secret" not in str([d for _, d in rows])
