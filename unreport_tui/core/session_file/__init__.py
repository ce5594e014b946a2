"""The session file: one TOML file holds what was prepared and everything logged. ``session``
reads and writes the whole file (``parse_session``, ``load_session_file``, ``session_to_toml``);
``proposals`` and ``organization`` their tables; ``tables`` reads a table key by key, refusing a
bad key at its place (``SessionFileError``); ``key_lines`` finds the line a key stands on, so
that an error says "demo.toml:87:".

Importing this package imports none of its modules: the command line needs only
``tables.SessionFileError`` at start."""
