"""A plan's content: actions, their tasks, indicators, goals and measurements."""
