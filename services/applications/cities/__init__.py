"""The city registry: cities registered one by one or imported from GeoNames files."""
