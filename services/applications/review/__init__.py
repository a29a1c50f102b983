"""Review by a call's criteria and panel: assignment, conflicts of interest, edits, the weighted scores."""
