from enum import StrEnum


class TargetType(StrEnum):
    BASELINE_SCENARIO = "baseline_scenario"
    BASE_YEAR = "base_year"
    FIXED_LEVEL = "fixed_level"
    INTENSITY = "intensity"

    def __str__(self) -> str:
        return str(self.value)
