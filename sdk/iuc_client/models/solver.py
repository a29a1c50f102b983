from enum import StrEnum


class Solver(StrEnum):
    GREEDY = "greedy"
    OPTIMAL = "optimal"
    STABLE = "stable"

    def __str__(self) -> str:
        return str(self.value)
