"""The platform's services, one package per bounded context."""
