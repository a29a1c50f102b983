"""The authorisation matrix as data: for every write operation of the merged OpenAPI document,
the status each actor gets (actors are described in actors.py, relative to the resource).

Every operation gets the refusals of `UNAUTHENTICATED` (no key, a garbage or revoked key, a forged
identity header: 401; a forged admin header over a dashboard key is ignored: 403) and the
dashboard's 403, then its own rows: the legitimate actor with the status of a correct call (or the
domain answer it really gets with the scenario's data, e.g. a pairing a city may not complete
early: 409), and the wrong owner where the operation has one. The statuses are the rules of
issue 13: a partner key writes only for the organisations it is bound to, an unbound one is read-only.

`tests/e2e/security/test_platform_authorisation_matrix.py` checks that every write operation of
the document has rows here (a new operation fails it until its rows are written) and runs them.
"""

from __future__ import annotations

UNAUTHENTICATED = {"anonymous": 401, "garbage_key": 401, "revoked_key": 401, "forged": 401, "forged_dashboard": 403}
READ_ONLY = {"dashboard": 403}
# Actors whose role has no business with an operation family, refused by scope.
NOT_A_CITY = {"reviewer": 403, "partner_unbound": 403, "office_own": 403}
NOT_ADMIN = {"city_own": 403, "reviewer": 403, "office_own": 403, "partner_own": 403}

_ADMIN_ONLY = {"admin": 200} | NOT_ADMIN

# What a city does to its own application, plan, pairing or practice: its own city may, another may not.
_CITY_OWNED = {"city_other": 403, "reviewer": 403, "office_other": 403, "partner_unbound": 403}


# What only the invited (or member) city does: nobody may consent for it, not even the coordination unit.
_INVITED = {"city_other": 403, "admin": 403, "reviewer": 403, "partner_unbound": 403}

# What only a reviewer does about its own review work: cities (even the applicant), offices and partners may not.
_REVIEWER = {"city_own": 403, "city_other": 403, "office_own": 403, "partner_unbound": 403}


def _city(ok: int, admin: int | None = None, **extra: int) -> dict[str, int]:
    return _CITY_OWNED | {"city_own": ok, "admin": ok if admin is None else admin} | extra


def _office(ok: int, **extra: int) -> dict[str, int]:
    """A signatory's write: its covenant's office and the coordination unit; nobody else."""
    return {"office_own": ok, "admin": ok, "office_other": 403, "city_own": 403, "partner_unbound": 403} | extra


def _partner(ok: int, **extra: int) -> dict[str, int]:
    """A write for the own organisation: its bound partner and the coordination unit, not another partner, not an unbound key."""
    return {"partner_own": ok, "admin": ok, "partner_other": 403, "partner_unbound": 403, "city_own": 403} | extra


def _admin(ok: int, **extra: int) -> dict[str, int]:
    return NOT_ADMIN | {"admin": ok} | extra


# Every role but the reviewer subscribes webhooks, the dashboard too (to what it may read: its one kind of
# write); an endpoint is its creator's, and to any other key it does not exist. A forged identity header
# over the dashboard's key is ignored, so that row is the dashboard's own.
_SUBSCRIBERS = (
    "admin",
    "dashboard",
    "forged_dashboard",
    "city_own",
    "city_other",
    "office_own",
    "office_other",
    "partner_unbound",
    "partner_own",
)


def _endpoint_owner(ok: int) -> dict[str, int]:
    """A write to the own partner's endpoint: it and the coordination unit; 404 for every other key."""
    return {actor: 404 for actor in _SUBSCRIBERS} | {"partner_own": ok, "admin": ok, "partner_other": 404, "reviewer": 403}


OPERATIONS: dict[str, dict[str, int]] = {
    # The token endpoint is public: the client's own credentials are the check (a dashboard gets its token).
    "oauth_token": {"anonymous": 401, "garbage_key": 401, "revoked_key": 401, "dashboard": 200},
    # cities and calls: the coordination unit registers; a city changes only its own record
    "register_city": _admin(201, partner_unbound=403),
    "update_city": _city(200),
    "import_cities": _admin(202),
    "resume_city_import": _admin(409),  # a finished import: only a failed one is resumed
    "open_call": _admin(201),
    "close_call": _admin(200),
    # applications: the own city drafts, changes, submits, withdraws; reviewers review; admins decide
    "create_application": _city(201),
    "update_application": _city(200),
    "submit_application": _city(200),
    "withdraw_application": _city(200),
    "start_application_review": {"reviewer": 200, "admin": 200, "city_own": 403, "city_other": 403, "partner_unbound": 403},
    "review_application": {"reviewer": 201, "admin": 201, "city_own": 403, "city_other": 403, "office_own": 403},
    "request_application_info": {"reviewer": 200, "admin": 200, "city_own": 403, "city_other": 403},
    "update_call": _admin(200),
    "accept_application": _admin(200, city_other=403),
    "reject_application": _admin(200, city_other=403),
    # review panels: the coordination unit assigns a call's reviewers; an assigned reviewer declares its own conflict
    # of interest (an admin is no assigned reviewer: 403); a review is edited by its reviewer only, not an admin
    "assign_application_reviewer": _admin(201, city_other=403),
    "unassign_application_reviewer": _admin(204, city_other=403),
    "assign_call_reviewers": _admin(200),
    "declare_review_conflict": _REVIEWER | {"reviewer": 200, "admin": 403},
    "update_review": _REVIEWER | {"reviewer": 200, "admin": 403},
    # consent: the lead city invites and withdraws; only the invited city accepts, declines, leaves (an admin cannot consent for it)
    # (an invitation is seen only by the two cities it is between: 404 for a third)
    "invite_application_city": _city(201),
    "withdraw_application_invitation": _city(200, city_other=404),
    "accept_application_invitation": _INVITED | {"city_own": 200, "city_other": 404},
    "decline_application_invitation": _INVITED | {"city_own": 200, "city_other": 404},
    "leave_application": _INVITED | {"city_own": 200},
    "invite_practice_city": _city(201, city_other=404),
    "withdraw_practice_invitation": _city(200, city_other=404),
    "accept_practice_invitation": _INVITED | {"city_own": 200, "city_other": 404},
    "decline_practice_invitation": _INVITED | {"city_own": 200, "city_other": 404},
    "leave_practice": _INVITED | {"city_own": 200, "city_other": 404},
    # pairing: the coordination unit runs the programme; the paired cities act on their pairing
    "put_pairing_call_settings": _admin(200),
    "put_pairing_region_profile": _admin(200),
    "create_forbidden_pair": _admin(201),
    "delete_forbidden_pair": _admin(204),
    "run_pairing_round": _admin(201),
    "accept_pairing": _city(200),
    "decline_pairing": _city(200),
    "record_pairing_activity": _city(201),
    "complete_pairing": _city(409, admin=200),  # a city cannot end the cooperation early; an admin can, with a reason
    "dissolve_pairing": _city(200),
    "create_pairing_locked_pair": _admin(201),
    "delete_pairing_locked_pair": _admin(204),
    "update_pairing_activity": _city(200),
    "mark_pairing_activity_held": _city(200),
    "cancel_pairing_activity": _city(200),
    # action plans: the own city edits its plan, an admin approves and returns
    "update_action_plan": _city(200),
    "create_plan_action": _city(201),
    "create_plan_indicator": _city(201),
    "create_progress_report": _city(201),
    "update_plan_action": _city(200),
    "cancel_plan_action": _city(200),
    "create_action_task": _city(201),
    "update_action_task": _city(200),
    "start_action_task": _city(200),
    "complete_action_task": _city(200),
    "cancel_action_task": _city(200),
    "set_indicator_goal": _city(200),
    "record_indicator_measurement": _city(201),
    "submit_action_plan": _city(200),
    "approve_action_plan": _admin(200, city_other=403),
    "return_action_plan": _admin(200, city_other=403),
    "start_action_plan_implementation": _city(200),
    "complete_action_plan": _city(200),
    "recompute_action_statuses": _admin(200),
    # covenant: a regional office writes its covenant's signatories; deletions and policies are the coordination unit's
    "upsert_signatory": _office(201),
    "batch_upsert_signatories": _office(207, office_other=207),  # per item: see ITEM_STATUSES
    "start_covenant_import": _office(202, office_other=202),  # rows of another covenant fail in the job, not the request
    # its owner (the own office) and admins: 409, a finished import is not resumed; another office does not see it
    "resume_covenant_import": _office(409, office_other=404),
    "withdraw_signatory": _office(200),
    "delete_signatory": _admin(204, office_other=403),
    "make_commitment": _office(201),
    "set_target": _office(201),
    "submit_inventory": _office(201),
    "submit_report": _office(201),
    "submit_risk_assessment": _office(201),
    "submit_energy_access_assessment": _office(201),
    "set_deadline_policy": _admin(200, office_other=403),
    # corrections of what a signatory submitted, and deadline extensions: its covenant's office and admins
    "correct_inventory": _office(200),
    "correct_target": _office(200),
    "correct_risk_assessment": _office(200),
    "correct_energy_access_assessment": _office(200),
    "correct_report": _office(200),
    "delete_inventory": _office(204),
    "delete_target": _office(204),
    "delete_risk_assessment": _office(204),
    "delete_energy_access_assessment": _office(204),
    "delete_report": _office(204),
    "grant_deadline_extension": _office(201),
    # knowledge: cities write their practices and resources; the coordination unit reviews and publishes
    # (another city does not see a practice before it is published: 404 for it, not 403)
    "create_practice": _city(201),
    "update_practice": _city(200, city_other=404),
    "submit_practice": _city(200, city_other=404),
    "publish_practice": _admin(200, city_other=404),
    "send_back_practice": _admin(200, city_other=404),
    "archive_practice": _admin(200, city_other=403),
    # revisions of a published practice: its authors open, change, submit and withdraw them, the coordination unit
    # sends back and publishes; another city sees the published practice (403) but not a revision (404)
    "create_practice_revision": _city(201),
    "update_practice_revision": _city(200, city_other=404),
    "submit_practice_revision": _city(200, city_other=404),
    "withdraw_practice_revision": _city(200, city_other=404),
    "send_back_practice_revision": _admin(200, city_other=404),
    "publish_practice_revision": _admin(200, city_other=404),
    "create_knowledge_resource": {"city_own": 201, "admin": 201, "reviewer": 403, "partner_unbound": 403, "office_own": 403},
    "update_knowledge_resource": _city(200),
    "delete_knowledge_resource": _city(204),
    # value chains: a partner key writes for its organisations only; an unbound partner key is read-only
    "register_organisation": {"admin": 201, "partner_unbound": 403, "city_own": 403, "reviewer": 403},
    "update_organisation": _partner(200),
    "publish_opportunity": _partner(201),  # (the name stays: it now submits for review)
    "withdraw_opportunity": _partner(200),
    # a partner submits; only the coordination unit publishes or rejects (not even the owner's partner)
    "publish_submitted_opportunity": _partner(403, admin=200),
    "reject_opportunity": _partner(403, admin=200),
    "renew_opportunity": _partner(200),
    "decline_match": _partner(200),
    "match_opportunity": _partner(200),
    "express_match_interest": _partner(201),
    "sign_agreement": _partner(201),
    "create_value_chain": _partner(201),
    "add_value_chain_participant": _partner(201),
    "remove_value_chain_participant": _partner(204),
    "match_value_chain_gaps": _partner(200),
    "create_innovation_strategy": {"admin": 201, "partner_unbound": 403, "city_own": 403},
    "update_innovation_strategy": {"admin": 200, "partner_unbound": 403, "city_own": 403},
    "express_region_interest": {"admin": 201, "partner_unbound": 403, "city_own": 403},
    # webhooks: any key but a reviewer's subscribes; only the endpoint's owner (and admins) change it
    "create_webhook_endpoint": {actor: 201 for actor in _SUBSCRIBERS} | {"reviewer": 403},
    "update_webhook_endpoint": _endpoint_owner(200),
    "delete_webhook_endpoint": _endpoint_owner(204),
    "rotate_webhook_secret": _endpoint_owner(200),
    "test_webhook_endpoint": _endpoint_owner(202),
    "recover_webhook_endpoint": _endpoint_owner(202),
    "retry_webhook_message": _endpoint_owner(202),
}

# A bulk write answers 207 to anyone who may call it; whether each item was written is its own status.
ITEM_STATUSES: dict[tuple[str, str], int] = {
    ("batch_upsert_signatories", "office_own"): 201,
    ("batch_upsert_signatories", "admin"): 201,
    ("batch_upsert_signatories", "office_other"): 403,
}

# Operations that are not behind an API key, so the key refusals do not apply.
PUBLIC = {"oauth_token"}
# The writes a dashboard key may make: its own webhook subscriptions.
DASHBOARD_WRITES = {op for op in OPERATIONS if op.endswith(("_webhook_endpoint", "_webhook_secret", "_webhook_message"))}


def expected(operation_id: str) -> dict[str, int]:
    """Every row of an operation: the refusals every write gets, then its own rows."""
    rows = OPERATIONS[operation_id]
    return rows if operation_id in PUBLIC else UNAUTHENTICATED | READ_ONLY | rows


def rows() -> list[tuple[str, str, int]]:
    """(operationId, actor, status), refused rows of an operation before the ones that succeed."""
    out = []
    for op in OPERATIONS:
        table = expected(op)
        out += sorted(((op, actor, status) for actor, status in table.items()), key=lambda row: row[2] < 400)
    return out
