from enum import StrEnum


class PlanKind(StrEnum):
    LOCAL_ACTION_PLAN = "local_action_plan"
    SECAP = "secap"

    def __str__(self) -> str:
        return str(self.value)
