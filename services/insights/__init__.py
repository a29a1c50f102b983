"""The insights service: the dashboards' read model, daily aggregates built from the platform's events only."""
