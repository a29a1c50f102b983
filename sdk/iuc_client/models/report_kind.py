from enum import StrEnum


class ReportKind(StrEnum):
    ACTION_PLAN = "action_plan"
    MONITORING_REPORT = "monitoring_report"

    def __str__(self) -> str:
        return str(self.value)
