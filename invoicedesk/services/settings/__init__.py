"""Company-wide settings, users, the first start and the database connection check."""
