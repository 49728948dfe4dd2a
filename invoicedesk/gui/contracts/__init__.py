"""Service contracts and collective invoices: the lists, editors, login popup and the scheduler."""
