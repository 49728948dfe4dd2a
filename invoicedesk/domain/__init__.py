"""Pure business rules: cases, money, statuses, transitions, totals. No I/O, no Qt, no ORM."""
