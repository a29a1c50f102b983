"""The small kit every IUC service and the gateway use: settings, database, events, REST conventions."""
