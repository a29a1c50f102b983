"""Covenant: signatories of the Global Covenant of Mayors, their commitments, reports and compliance."""
