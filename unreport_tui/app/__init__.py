"""The Textual app, on top of the core and the store."""
