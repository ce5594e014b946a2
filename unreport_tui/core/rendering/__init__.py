"""Rendering: a session to the one rendered document (``core.rendered.ReportDocument``) that every
format is made from. ``report`` is the entry (``render_report``, and ``ReportRenderer``, which
renders again only the items that changed); the other modules are its parts: the statements and
points of an item, action on proposals (``action_taken``), the organization chapter, chapters and
their order, named points, the names marked as mentions, and the paragraph numbering
(``paragraph_writer``).

Importing this package imports none of its modules: the app shows its first screen before the
renderer is needed (tests/test_first_frame_imports.py)."""
