from enum import StrEnum


class ActionKind(StrEnum):
    ACTIVITY = "activity"
    CAPACITY_BUILDING = "capacity_building"
    INVESTMENT = "investment"
    PILOT_PROJECT = "pilot_project"
    POLICY = "policy"

    def __str__(self) -> str:
        return str(self.value)
