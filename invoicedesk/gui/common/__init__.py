"""Pieces every GUI feature shares: dialogs, the background-task runner, translations, labels,
styles, editors' widgets."""
