"""Regions of Component III fed by value_chains: profiles from innovation strategies, and interests."""
