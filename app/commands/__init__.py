"""Headless subcommands. Each module here defines `register(subparsers)`; app.main finds them."""
