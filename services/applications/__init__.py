"""Applications: cities, calls for applications, applications and their reviews."""
