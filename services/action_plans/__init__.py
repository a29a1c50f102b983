"""The action-plans service: local action plans and SECAPs, actions, tasks, indicators, reports."""
