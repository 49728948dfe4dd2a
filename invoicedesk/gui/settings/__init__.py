"""Settings: the settings dialog and its pages, the first-start wizard and the forms they share."""
