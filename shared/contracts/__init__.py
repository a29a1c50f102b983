"""Event contracts: the pydantic payload of every event the platform publishes.

Importing this package registers every event type (for consumers and the AsyncAPI document).
"""

from shared.contracts import action_plans, applications, covenant, knowledge, pairing, value_chains, webhooks

__all__ = ["action_plans", "applications", "covenant", "knowledge", "pairing", "value_chains", "webhooks"]
