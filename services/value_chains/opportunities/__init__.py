"""Opportunities: submitted by partners, reviewed (published or rejected) by the coordination unit,
matched while open, renewed when they expire, and anonymous until their organisation says yes."""
