"""Pairing: compatibility scores, pairing rounds, pairings and cooperation activities."""
