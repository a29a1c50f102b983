"""What a signatory submits: commitments, targets, emission inventories, risk and
energy-access assessments, action plans and monitoring reports."""
