"""Bounded field types of the event contracts, so that the largest event a service can publish fits
the stream's message size with its headers (tests/unit/kit/test_kit_event_size.py derives the worst
case from these bounds and fails on a field without one).

Each bound is at least what the producing service stores and accepts (its request models and
columns): an event the producer builds always validates at its consumers. A producer whose source
has no natural size (the tasks of an action, the activities of a pairing) caps what it puts in.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StringConstraints

# Row ids (UUIDv7, 36), party and region ids (64), composite candidate ids (100).
Id = Annotated[str, StringConstraints(max_length=100)]
# Enumerated values and codes: states, kinds, pillars, region, NACE and GCoM codes, field names.
Code = Annotated[str, StringConstraints(max_length=100)]
# The narrower ones the profiles of cities repeat for every member of a group application.
CountryCode = Annotated[str, StringConstraints(max_length=2)]
LanguageCode = Annotated[str, StringConstraints(max_length=3)]
Slug = Annotated[str, StringConstraints(max_length=60)]  # a theme or a sector
PlaceName = Annotated[str, StringConstraints(max_length=200)]  # a city, a region of Component III, a place
# Short free texts: keywords (80), units (60), an expected impact ("1200 tCO2-eq/yr").
Label = Annotated[str, StringConstraints(max_length=100)]
# Names of cities, signatories, organisations, regions, indicators; a data source (500).
Name = Annotated[str, StringConstraints(max_length=500)]
# Titles of calls, applications, plans, actions, tasks, practices (300-500 in the services).
Title = Annotated[str, StringConstraints(max_length=500)]
# One line of explanation: why an action is late (a task or an indicator named in it).
Line = Annotated[str, StringConstraints(max_length=1_000)]
# Reasons and explanations (5,000 in every service).
Reason = Annotated[str, StringConstraints(max_length=5_000)]
# A reviewer's comments on a returned plan (10,000).
Comments = Annotated[str, StringConstraints(max_length=10_000)]
# A few paragraphs: a city's challenges (5,000), the outcomes of a pairing's activity (2,000).
Paragraphs = Annotated[str, StringConstraints(max_length=5_000)]
Paragraph = Annotated[str, StringConstraints(max_length=2_000)]
# Descriptions and outcomes (20,000 in the services).
Text = Annotated[str, StringConstraints(max_length=20_000)]
# A practice's summary (50,000 in the knowledge service).
LongText = Annotated[str, StringConstraints(max_length=50_000)]

# How many items a list carries, from the domain.
THEMES = 20  # themes of a city, call or application; sectors of a practice
SDGS = 17  # the Sustainable Development Goals
LANGUAGES = 20  # a country's default languages are at most 19 (India)
LOCATIONS = 20  # places of a practice
MEMBER_CITIES = 10  # other municipalities of a group application
FIELDS = 30  # the names of the fields an update changed
BADGES = 30  # a signatory's compliance badges (4 per pillar)
COMMITMENTS = 15  # 3 pillars x 5 generations
MISSING = 20  # reports a signatory owes (5 kinds x 3 pillars)
REASONS = 20  # why an action is late (the producer keeps the first ones)
RESULTS = 20  # indicators an action serves
ACTIVITIES = 20  # activities of a completed pairing (the producer keeps the latest ones)
ACTIVITY_KINDS = 10
NACE_CODES = 50
KEYWORDS = 50
REGIONS = 100
ECOSYSTEMS = 14  # the EU's industrial ecosystems
ORGANISATIONS = 10  # the parties of a match or an agreement (two, so far)
RULES = 20  # eligibility rules an application broke (a call has a handful)
CRITERIA = 20  # the criteria a review scores (applications' MAX_CRITERIA)


def items(limit: int) -> object:
    """A list field of at most `limit` items (the default is an empty list)."""
    return Field(default_factory=list, max_length=limit)
