"""A plan's indicators: baselines, goal trajectories and measurements."""
