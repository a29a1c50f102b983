"""Cooperation: opportunities, matchmaking (offers with requests, organisations with value-chain
gaps), expressions of interest and agreements."""
