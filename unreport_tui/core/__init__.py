"""The domain core: model, UN style rules, rendering, reference data and session files.

Nothing in this package may import Textual or TinyDB (tests/test_layers.py checks it),
so that the report engine can run in scripts, tests and exporters without a terminal.
"""
