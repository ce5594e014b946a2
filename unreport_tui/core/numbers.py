"""Numbers in running text by the UN Editorial Manual: one to ten in words, 11 and above in
figures, and a number that opens a sentence in words ("Twenty delegates …")."""

from __future__ import annotations

_ONES = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def spelled(number: int) -> str:
    """0 to 999,999 in words: "forty-five", "one hundred and twelve", "two thousand and six"."""
    if not 0 <= number < 1_000_000:
        raise ValueError(f"{number} is out of the range spelled out")
    if number < 20:
        return _ONES[number]
    if number < 100:
        tens, ones = divmod(number, 10)
        return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
    if number < 1000:
        hundreds, rest = divmod(number, 100)
        return f"{_ONES[hundreds]} hundred" + (f" and {spelled(rest)}" if rest else "")
    thousands, rest = divmod(number, 1000)
    tail = "" if not rest else (f" and {spelled(rest)}" if rest < 100 else f" {spelled(rest)}")
    return f"{spelled(thousands)} thousand{tail}"


def in_text(number: int) -> str:
    """Within a sentence: "nine meetings", "14 meetings"."""
    return spelled(number) if 0 <= number <= 10 else str(number)


def opening(number: int) -> str:
    """At the start of a sentence: "Twenty delegates", "Nine meetings"."""
    words = spelled(number)
    return words[:1].upper() + words[1:]
