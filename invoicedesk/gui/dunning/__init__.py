"""Payment reminders (dunning): the run window, its rows, the settings, the desk hooks."""
