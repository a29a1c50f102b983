"""Deadline extensions: an office or the coordination unit moves a signatory's reporting
deadline (MyCovenant's "request delay for reporting"); the compliance engine honours it."""
