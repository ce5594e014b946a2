"""Reference data shipped with unreport: States, groups, the demo session."""
