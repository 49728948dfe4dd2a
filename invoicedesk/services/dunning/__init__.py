"""Payment reminders (dunning): settings, what is due, processing, stops."""
