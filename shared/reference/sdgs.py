"""The 17 UN Sustainable Development Goals (sdg_goals.csv, open-sdg translations, MIT)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

from shared.reference import DATA


@dataclass(frozen=True)
class Sdg:
    """One goal, with its short name and title in English, Spanish and French."""

    goal: int
    short: dict[str, str]
    title: dict[str, str]


LANGUAGES = ("en", "es", "fr")


@cache
def sdgs() -> dict[int, Sdg]:
    """Every goal by its number, 1..17."""
    out: dict[int, Sdg] = {}
    with open(DATA / "sdg_goals.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            goal = int(row["goal"])
            out[goal] = Sdg(
                goal=goal,
                short={lang: row[f"short_{lang}"].strip() for lang in LANGUAGES},
                title={lang: " ".join(row[f"title_{lang}"].split()) for lang in LANGUAGES},
            )
    return out


def sdg(goal: int) -> Sdg | None:
    """The goal with that number, or None."""
    return sdgs().get(goal)


def is_sdg(goal: int) -> bool:
    """True for a number of one of the 17 goals."""
    return goal in sdgs()
