"""unreport: log who spoke at an intergovernmental meeting and render the draft report in UN style."""

__version__ = "0.1.0"
