"""The ``invoicedesk`` command: the GUI by default, admin and batch subcommands."""
