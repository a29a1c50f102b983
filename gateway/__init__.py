"""The public REST gateway: routing to services, API keys, signed identity, merged OpenAPI."""
