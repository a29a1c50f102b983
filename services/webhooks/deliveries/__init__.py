"""What was sent and how it went: attempts, messages, manual retries and recovery."""
