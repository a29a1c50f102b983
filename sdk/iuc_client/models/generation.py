from enum import StrEnum


class Generation(StrEnum):
    COM2020 = "CoM2020"
    COM2030 = "CoM2030"
    COM2050 = "CoM2050"
    GCOM = "GCoM"
    MAYORSADAPT = "MayorsAdapt"

    def __str__(self) -> str:
        return str(self.value)
