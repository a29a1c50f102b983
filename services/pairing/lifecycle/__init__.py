"""A pairing's life once proposed: accept, decline, expire, dissolve, complete, cooperation activities."""
