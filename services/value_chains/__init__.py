"""Value chains: EU and Latin American & Caribbean regions, their SMEs, cooperation opportunities and matchmaking."""
