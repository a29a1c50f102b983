from enum import StrEnum


class AdhesionType(StrEnum):
    GROUP_OPTION_1 = "group_option_1"
    GROUP_OPTION_2 = "group_option_2"
    INDIVIDUAL = "individual"

    def __str__(self) -> str:
        return str(self.value)
