"""Corrections of what a signatory submitted: PATCH and DELETE of inventories, assessments,
targets and reports, each written to the signatory's history."""
