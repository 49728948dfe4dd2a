"""Billing runs: scenarios, rules, runs and their processing."""
