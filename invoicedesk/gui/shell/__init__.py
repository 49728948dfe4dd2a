"""The application shell: start-up, login, the list of desk features, crash handling, restart and
the smoke test."""
