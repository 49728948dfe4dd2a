"""E-mail: SMTP sending, the outbox and the dispatcher."""
