"""The outbox dispatcher (each e-mail sent exactly once) and what a verdict means for a case."""
