"""Small rules of English as the UN Editorial Manual writes it."""

from __future__ import annotations

import re
from collections.abc import Sequence


def join_list(parts: Sequence[str]) -> str:
    """ "A, B and C": the UN uses no serial comma."""
    parts = list(parts)
    if not parts:
        return ""
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " and " + parts[-1]


# Letters whose names begin with a vowel sound: an initialism said letter by letter takes "an"
# after them ("an NGO", "an IGO", "an NHRI"), "a" after the others ("a UN body").
_SAID_WITH_A_VOWEL = frozenset("AEFHILMNORSX")
# Initialisms said as words, whose first letter's name would mislead: "a NATO summit".
_SAID_AS_WORDS = frozenset({"NATO", "NASA", "MERCOSUR", "SADC", "SIDS", "SICA", "FIFA", "FRONTEX", "HABITAT"})
# Words written with a vowel but said with a consonant ("a union", "a United Nations body", "a
# one-day meeting", "a European statement", "a Ukrainian", "a unanimous decision"), and those
# written with "uni" but said "un-" ("an unintended", "an unidentified").
_SAID_WITH_Y_OR_W = ("one", "once", "eu", "ukr", "unanim")
_UNI_SAID_UN = ("unin", "unim", "unid")
# Words whose "h" is not said: "an hour", "an honest broker", "an honour".
_SILENT_H = ("hour", "honest", "honor", "honour", "heir")


def a_or_an(phrase: str) -> str:
    """The indefinite article before ``phrase``, by how its first word is said: "an observer
    State", "a member", "an NGO", "a NATO summit", "a draft resolution", "an amendment", "a United
    Nations body", "an unofficial", "an hour", "an 8-point plan", "an 11-member"."""
    word = phrase.split(maxsplit=1)[0] if phrase.strip() else ""
    head = word.split("-", 1)[0]  # "an NGO-led initiative"
    if head[:1].isdigit():  # eight, eleven, eighteen (and their thousands) are said with a vowel
        group = head.split(",", 1)[0]
        return "an" if group.startswith("8") or group in ("11", "18") else "a"
    # A capital letter alone is said by its name too: "a U-turn", "an X-ray".
    if head.isupper() and head.strip(".") not in _SAID_AS_WORDS:
        return "an" if head[0] in _SAID_WITH_A_VOWEL else "a"
    lower = word.lower()
    if lower.startswith(_UNI_SAID_UN):
        return "an"
    if lower.startswith(_SAID_WITH_Y_OR_W) or lower.startswith("uni"):
        return "a"
    if lower.startswith(_SILENT_H):
        return "an"
    if lower[:1] == "u" and len(lower) > 2 and lower[1] not in "aeioun" and lower[2] in "aeiou":
        return "a"  # "a usual", "a utility", "a Uruguayan": said "you-"
    return "an" if lower[:1] in ("a", "e", "i", "o", "u") else "a"


def counted(number: int, noun: str, plural: str = "") -> str:
    """ "1 line", "3 lines": a count in a message, the noun agreeing with it ("(s)" reads as a form)."""
    return f"{number} {noun if number == 1 else plural or noun + 's'}"


def with_the(name: str) -> str:
    """A name with "the" before it, unless it has one: "the Chair", "the Commission on Narcotic
    Drugs" (a title or a body's name, never a State's: countries.py knows which States take it)."""
    return name if name.lower().startswith("the ") else f"the {name}"


def ordinal(number: int) -> str:
    """1st 2nd 3rd 4th 11th 12th 13th 21st 111th."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def consecutive_runs(numbers: Sequence[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for n in sorted(set(numbers)):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return runs


def meetings_phrase(numbers: Sequence[int], ranges: bool = True) -> str:
    """ "4th meeting", "4th and 5th meetings", "1st to 3rd meetings", "2nd, 4th and 6th meetings";
    without ``ranges``, "1st, 2nd and 3rd meetings" (as some bodies list them)."""
    parts: list[str] = []
    for run in consecutive_runs(numbers):
        if ranges and len(run) >= 3:
            parts.append(f"{ordinal(run[0])} to {ordinal(run[-1])}")
        else:
            parts.extend(ordinal(n) for n in run)
    noun = "meeting" if len(set(numbers)) == 1 else "meetings"
    return f"{join_list(parts)} {noun}"


_ACRONYM = re.compile(r"^[A-Z0-9][A-Z0-9./\-]*[A-Z0-9](?=\W|$)")  # "UNODC", "E/CN.15/2026/5"


def letter_label(index: int) -> str:
    """The label of the ``index``-th lettered subparagraph: "(a)" … "(z)", then "(aa)", "(ab)" …"""
    letters = "abcdefghijklmnopqrstuvwxyz"
    if index < 26:
        return f"({letters[index]})"
    return f"({letters[index // 26 - 1]}{letters[index % 26]})"


def lower_first(text: str) -> str:
    """ "Report of the Secretariat" -> "report of the Secretariat"; an acronym ("UNODC report") stays."""
    if not text or _ACRONYM.match(text):
        return text
    return text[0].lower() + text[1:]


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


_CLOSERS = ".!?:"  # a text that ends with a colon ("revised the text as follows:") introduces what follows


def finish_sentence(text: str) -> str:
    """Give a sentence its full stop if it lacks one (a closing quote or bracket may follow the stop)."""
    stripped = text.rstrip()
    if not stripped:
        return stripped
    core = stripped.rstrip("”’\"')]")
    if core and core[-1] in _CLOSERS:
        return stripped
    return stripped + "."


def curly_quotes(text: str) -> str:
    """Straight double quotation marks as the UN prints them: "concerned" -> “concerned”."""
    out: list[str] = []
    opened = False
    for char in text:
        if char == '"':
            out.append("\u201d" if opened else "\u201c")
            opened = not opened
        else:
            out.append(char)
    return "".join(out)


def nested_quotes(text: str) -> str:
    """A title printed inside double quotation marks has its own quotations in single ones:
    “… entitled ‘Women 2000: …’”."""
    single = curly_quotes(text).replace("\u201c", "\u2018").replace("\u201d", "\u2019")
    return single
