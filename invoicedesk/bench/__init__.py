"""Benchmarks behind ``invoicedesk bench …``: each module adds one subcommand through
``register(subparsers)`` and prints one JSON object with figures as ratios against a raw
baseline measured in the same run."""
