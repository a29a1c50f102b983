"""The webhooks service: partners' endpoints get the platform's events as signed Standard Webhooks."""
