"""What a pairing cooperates on, as the showcase shows it."""

from services.pairing.domain import pairing_themes


def test_the_shared_themes_or_else_every_theme_of_either():
    assert pairing_themes(["mobility", "climate"], ["climate", "water"]) == ["climate"]
    assert pairing_themes(["mobility"], ["water", "energy"]) == ["energy", "mobility", "water"]
    assert pairing_themes([], []) == []
