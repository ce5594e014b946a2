"""The report's renderer is its top module (``core/rendering/report.py``): it imports the parts
(statements, headings, the organization chapter …), and no part imports it back, not even from
inside a function to dodge the cycle; what the report and a part both need has a module of its own."""

from __future__ import annotations

import ast
from pathlib import Path

import unreport_tui.core.rendering as rendering
from unreport_tui.core.model import Session, SessionInfo
from unreport_tui.core.rendering.body_name import body_short


def _imports_of_the_report(path: Path) -> list[int]:
    """The lines of ``path`` that import the report module, wherever they stand."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            named = node.module or ""
            if (
                named == "report"
                or named.endswith(".rendering.report")
                or (named == "" and any(a.name == "report" for a in node.names))
            ):
                lines.append(node.lineno)
        elif isinstance(node, ast.Import) and any(a.name.endswith("rendering.report") for a in node.names):
            lines.append(node.lineno)
    return lines


def test_no_part_of_the_renderer_imports_the_report():
    folder = Path(rendering.__file__).parent
    found = {p.name: lines for p in sorted(folder.glob("*.py")) if p.name != "report.py" and (lines := _imports_of_the_report(p))}
    assert found == {}


def test_the_body_is_named_with_its_article_by_its_short_name_else_its_full_one():
    def named(body: str, short: str = "") -> str:
        return body_short(Session(info=SessionInfo(body=body, body_short=short)))

    assert named("Conference of the Parties", "Conference") == "the Conference"
    assert named("Commission on Narcotic Drugs") == "the Commission on Narcotic Drugs"
    assert named("The Board", "") == "The Board"
    assert named("") == "the meeting"


# --- a sentence's full stop -------------------------------------------------------------------


def test_the_full_stop_goes_before_the_footnote_marks_which_keep_their_order():
    from unreport_tui.core.rendered import FootnoteRef, Run
    from unreport_tui.core.rendering.sentence_runs import full_stop

    assert full_stop([Run("It was noted"), FootnoteRef(1), FootnoteRef(2)]) == [
        Run("It was noted."),
        FootnoteRef(1),
        FootnoteRef(2),
    ]


def test_the_full_stop_after_a_name_is_not_the_names_and_a_space_after_the_name_goes():
    from unreport_tui.core.rendered import Run
    from unreport_tui.core.rendering.sentence_runs import full_stop

    made_by = [Run("Statements were made by "), Run("Peru", mention="Peru"), Run(" and ")]
    assert full_stop([*made_by, Run("Chile ", mention="Chile")]) == [*made_by, Run("Chile", mention="Chile"), Run(".")]


def test_a_title_in_italics_keeps_its_italics_with_or_without_its_own_full_stop():
    from unreport_tui.core.rendered import Run
    from unreport_tui.core.rendering.sentence_runs import full_stop

    assert full_stop([Run("adopted "), Run("Women and girls ", italic=True)]) == [
        Run("adopted "),
        Run("Women and girls", italic=True),
        Run("."),
    ]
    assert full_stop([Run("adopted"), Run(" Women and girls.", italic=True)]) == [
        Run("adopted"),
        Run(" Women and girls.", italic=True),
    ]
