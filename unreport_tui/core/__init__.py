"""The domain core: what a report says and how the UN writes it. Nothing here imports Textual,
TinyDB or any other part of unreport (the import contracts in pyproject.toml), so the report
engine runs in scripts, tests and exporters without a terminal or a database.

What the rest of the program uses, by part:

- The session: ``model`` (a session, its meetings, items, statements, points, proposals; the
  closed sets as enums) and ``log_order`` (an item's log in the order things happened).
- Rendering: ``rendering.report`` (``render_report``, ``ReportRenderer``) to the one document
  every format is made from, ``rendered`` (``ReportDocument`` and its blocks: what exporters read).
- The session file: ``session_file.session`` (``parse_session``, ``load_session_file``,
  ``session_to_toml``) and ``session_file.tables.SessionFileError``.
- Names and what the note-taker types: ``countries``, ``organizations``, ``names``,
  ``speaker_suggestions`` (the speaker box), ``list_lines`` (the Chair's list, vote and sponsor
  lists), ``similar_points``, ``form_fields`` (the forms' dates, numbers, yes/no and name lists),
  ``inline`` (footnotes and italics typed in a note).
- ``merge``: several note-takers' sessions as one.

The other modules are the rules of UN style those use (``articles``, ``dates``, ``english``,
``numbers``, ``quantifier``, ``venue``, the parts of ``rendering`` and ``session_file``). A few
are used outside the core too, where the app or the logbook says something as the report does:
``dates.day_month_year`` (the status line, the log), ``quantifier.speaker_identity`` (who a point
is counted for), ``rendering.named_point`` (who a named point names), ``numbers.in_text`` and
``english.upper_first`` (the storage's messages).
"""
