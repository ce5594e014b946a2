"""The article before the name of an organization or a group that the reference data does not
know, in running text: "the International Drug Policy Consortium", "the Landlocked Developing
Countries Group", but "Amnesty International", "Human Rights Watch", "Lawyers without Borders".

The rule (README, "What it writes"):

- an article typed by the note-taker is kept ("the Global Alliance against Traffic in Women";
  "The" at its start is written "the", as running text has it), and so is any other word that
  says which ("a group of like-minded countries", "several African States");
- an acronym takes none ("IDPC", "ECPAT");
- otherwise the name's head decides: the word before its first "of", "for", "against", "on" …
  ("Alliance" in "Global Alliance against Traffic in Women"), or its last word
  ("Consortium" in "International Drug Policy Consortium"). A head that is a common noun naming a
  body (alliance, association, centre, coalition, committee, consortium, council, federation,
  foundation, group, institute, network, organization, society, union …, or its plural, and the
  countries, States or nations of a group) takes "the" (a body's head with its capital: "civil
  society" and "youth organizations" name no body, and "40 countries" is a count); any other head
  takes none: a proper name
  or a brand ("Amnesty International", "Human Rights Watch", "World Vision International",
  "Médecins Sans Frontières") or people ("Lawyers without Borders", "Friends of the Earth").

The head, not the first word, decides: "World Vision International" and "Global Witness" begin
with words that often open a name that takes "the", yet take none; "Friends World Committee
for Consultation" and "the Landlocked Developing Countries Group" begin otherwise, yet take it.
"""

from __future__ import annotations

import re

# Nouns that head the name of a body; lower case, singular (a plural is found by its "s").
BODY_NOUNS = frozenset(
    """
    academy agency alliance army assembly association authority bank board bureau campaign caucus centre center
    chamber church club coalition collective college commission committee commonwealth community company
    confederation conference congress consortium convention corporation council court department directorate
    division facility federation fellowship force forum foundation fund group initiative institute institution
    league mechanism ministry mission movement network observatory office order organisation organization panel
    parliament partnership platform programme program project registry school secretariat service society
    system team tribunal trust union unit university
""".split()
)

# The members of a group: "the least developed countries", "the Nordic countries", "the Baltic States".
MEMBER_NOUNS = frozenset({"countries", "states", "nations", "members", "parties", "economies"})

# Words after which the rest of a name qualifies its head ("Alliance against …", "Lawyers without …").
_LINKS = frozenset(
    {
        "of",
        "for",
        "against",
        "on",
        "in",
        "to",
        "without",
        "with",
        "from",
        "at",
        "among",
        "between",
        "sans",
        "de",
        "des",
        "du",
        "pour",
        "sin",
    }
)

_ARTICLE = re.compile(r"the\s+", re.IGNORECASE)
# Words that, typed first, already say which: "a group of like-minded countries", "several African States".
_DETERMINERS = frozenset(
    {"a", "an", "this", "these", "those", "some", "several", "many", "all", "both", "its", "their", "our", "his", "her"}
)
_EDGES = re.compile(r"^[^\w]+|[^\w]+$")
_ORDINAL = re.compile(r"\d+(st|nd|rd|th)", re.IGNORECASE)


def typed_article(name: str) -> bool:
    """Whether ``name`` begins with the article "the" (in any case)."""
    return _ARTICLE.match(name.strip()) is not None and len(name.strip().split()) > 1


def head_word(name: str) -> str:
    """The word that names what an organization is: the one before its first "of", "for" … (after
    the first word), else its last; a parenthesis ("(IDPC)") is not part of it."""
    words = [_EDGES.sub("", w) for w in name.split("(")[0].split()]
    words = [w for w in words if w]
    if not words:
        return ""
    for index, word in enumerate(words[1:], start=1):
        if word.casefold() in _LINKS:
            return words[index - 1]
    return words[-1]


def takes_the(name: str) -> bool:
    """Whether ``name`` (without an article) takes "the" in running text, by the rule above."""
    words = name.split()
    if not words:
        return False
    if len(words) == 1 and _is_acronym(words[0]):
        return False
    if _is_count(words[0]):  # "40 countries", "1,000 organizations": a count, not a name
        return False
    head = head_word(name)
    key = head.casefold()
    if key in MEMBER_NOUNS:  # "the least developed countries", "the Nordic countries"
        return True
    # A body's name has a capital on its head; "civil society", "youth organizations" are no name.
    return head[:1].isupper() and (key in BODY_NOUNS or _singular(key) in BODY_NOUNS)


def with_article(name: str) -> str:
    """``name`` as running text prints it: with the article it was typed with ("The" written
    "the"), else with "the" when it takes one by the rule, else as typed."""
    name = " ".join(name.split())
    if not name:
        return ""
    if typed_article(name):
        rest = name
        while typed_article(rest):  # "the the …" typed in haste is one article
            rest = rest[_ARTICLE.match(rest).end() :]  # type: ignore[union-attr]
        return "the " + rest
    if len(name.split()) > 1 and name.split()[0] in _DETERMINERS:  # in lower case: "A" may be a name's letter
        return name
    return f"the {name}" if takes_the(name) else name


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _is_count(word: str) -> bool:
    """A number ("40", "1,000", "40+", "40-odd"), not an ordinal ("3rd World Network" is a name)."""
    return word[:1].isdecimal() and _ORDINAL.fullmatch(word) is None


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word
