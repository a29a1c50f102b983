"""Compliance of the covenant registry: deadline policies, the compliance view of a signatory
and the scheduled pass that reassesses signatories as their due dates pass."""
