"""A role named alone ("the mayor") refers back to the person introduced with that role."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from medialit.resources import load_lexicon
from medialit.sources.lexicons import _lexicon
from medialit.sources.model import Identity


@dataclass(frozen=True)
class _Roles:
    """The titles as lists of lower-case words, and the words that read them in a text."""

    titles: frozenset[tuple[str, ...]]
    longest: int
    abbreviations: dict[str, tuple[str, ...]]
    honorifics: frozenset[str]  # capitalised titles, passed over before a name ("Dr", "Sen.")
    not_current: frozenset[str]
    ends: frozenset[str]
    particles: frozenset[str]  # "de", "van": lower-case words of a name


@cache
def _roles() -> _Roles:
    lex = _lexicon()
    abbreviations = {
        short: tuple(title.split(" "))
        for short, title in lex.patterns["title_abbreviations"].items()
    }
    titles = {tuple(_words(abbreviations, t)) for t in lex.all_titles}
    titles |= set(abbreviations.values())
    # "former President Carter", "Vice President Gore": the timeline's words for a title that
    # someone no longer holds, or holds in second place, read here as part of a role
    not_current = load_lexicon("page_year")["not_current_holder"]
    return _Roles(
        titles=frozenset(titles),
        longest=max(len(t) for t in titles),
        abbreviations=abbreviations,
        honorifics=frozenset(
            t for t in [*lex.all_titles, *abbreviations] if t[:1].isupper() and " " not in t
        ),
        not_current=frozenset(w for w in not_current if " " not in w),
        ends=frozenset(lex.patterns["apposition_ends"]),
        particles=lex.name_particles,
    )


_THE = re.compile(r"(?<![\w'’])[Tt]he[ \t]+$")


def role_of(text: str, start: int, mention: str) -> tuple[str, ...] | None:
    """The role a mention names someone by, if it refers back: "the city's mayor" -> mayor.

    None for a mention that is someone new ("a federal judge") or whose head is no title.

    >>> text = "The city's former mayor said so."
    >>> role_of(text, 4, "city's former mayor")
    ('former', 'mayor')
    >>> role_of("A federal judge said so.", 0, "A federal judge") is None
    True
    """
    roles = _roles()
    owner, _, owned = mention.rpartition("'s ")
    first, _, rest = owned.partition(" ")
    if rest and first.lower() == "the":
        owner, owned = first, rest  # the span holds its own "the"
    # "a federal judge" is someone new, and "his lawyer" someone known by another's role
    if not owner and not _THE.search(text, max(0, start - 4), start):
        return None
    words = _words(roles.abbreviations, owned)
    for n in range(min(roles.longest, len(words)), 0, -1):
        if tuple(words[-n:]) in roles.titles:
            # "the former president" is not "President Tom Reed"
            i = len(words) - n
            while i > 0 and words[i - 1] in roles.not_current:
                i -= 1
            return tuple(words[i:])
    return None


def role_holder(
    text: str, end: int, role: tuple[str, ...], people: Iterable[Identity]
) -> Identity | None:
    """The first of these people whom the text introduced with this role before `end`.

    "Mayor Tom Reed", "the city's mayor, Tom Reed," and "Tom Reed, the mayor of Millbrook,"
    introduce Tom Reed as the mayor; "Council engineer Ann Lee" does not. A person with no
    name, met before as the role itself ("The mayor said ... the mayor added"), counts too.

    >>> text = "Mayor Tom Reed spoke. Ann Lee said no. The mayor said yes."
    >>> people = [Identity("Ann Lee", "person"), Identity("Tom Reed", "person")]
    >>> role_holder(text, text.index("The mayor"), ("mayor",), people)
    Identity(name='Tom Reed', kind='person', country=None)
    """
    for person in people:
        if person.kind != "person":
            continue
        if person.name.lower() == " ".join(role) or _introduced_as(text, end, person.name, role):
            return person
    return None


def _introduced_as(text: str, end: int, name: str, role: tuple[str, ...]) -> bool:
    """True if the name stands with the role before `end`, the role before it or after it."""
    surname = name.rsplit(" ", 1)[-1]
    for form in dict.fromkeys((name, surname)):
        pattern = rf"(?<![\w'’.-]){re.escape(form)}(?![\w'’-])"
        for m in re.finditer(pattern, text[:end], re.IGNORECASE):
            s, e = m.span()
            before = text[max(0, s - 80) : s].rsplit("\n", 1)[-1].split()
            # "Tom Reed" is no mention of Ann Reed by her surname
            if form != name and before and _is_name_word(before[-1]):
                continue
            own = text[s:e].split()[:-1]
            if _role_before(before, own, text.startswith(",", e), role, given=form == name):
                return True
            if _role_after(text, e, role):
                return True
    return False


def _role_before(
    before: list[str], own: list[str], closed: bool, role: tuple[str, ...], *, given: bool
) -> bool:
    """ "Health Minister Dr Ana Ruiz", "the city's mayor, Tom Reed,": the role just before.

    `own` holds the words of the name's form before its last ("Mayor Luis de"); `given` says
    that the form is the person's whole name, so that a given name may stand before it
    ("Mayor Luis de Souza" introduces "De Souza").
    """
    roles = _roles()
    while own and _is_name_word(own[-1]):
        own = own[:-1]
    words = [*before, *own]
    if given and not own:
        # a given name or two, and particles: "Luis de" before "Souza"
        names = 0
        while words and _is_name_word(words[-1]) and names < 3:
            names += words[-1] not in roles.particles
            words = words[:-1]
    if words and words[-1].endswith(","):
        if not closed:
            return False  # "After meeting the mayor, Tom Reed said": not an apposition
        words = [*words[:-1], words[-1][:-1]]
    # the role stands in the name's sentence: "... said the mayor. Tom Reed" is no apposition
    stops = [i for i, w in enumerate(words) if w[-1:] in ".!?;:" and w not in roles.honorifics]
    words = words[stops[-1] + 1 :] if stops else words
    for _ in range(3):
        if _ends_with(_words(roles.abbreviations, " ".join(words[-8:])), role):
            return True
        if not words or words[-1] not in roles.honorifics:
            return False
        words = words[:-1]
    return False


def _is_name_word(word: str) -> bool:
    """A given name, an initial or a particle of a name ("Bill", "J.", "de"), not a title."""
    roles = _roles()
    if word in roles.honorifics or word in roles.particles:
        return word in roles.particles
    return word[:1].isupper() and (word[-1:].isalpha() or _INITIAL.fullmatch(word) is not None)


_INITIAL = re.compile(r"[A-Z]\.")


_APPOSITION = re.compile(r",[ \t]*((?:[^,;:.()“”\"\n]|\.(?=\S)){1,80})")


def _role_after(text: str, end: int, role: tuple[str, ...]) -> bool:
    """ "Tom Reed, the mayor of Millbrook,": the role in an apposition after the name."""
    roles = _roles()
    m = _APPOSITION.match(text, end)
    if m is None:
        return False
    words = _words(roles.abbreviations, m.group(1))
    cut = next((i for i, w in enumerate(words) if w in roles.ends), len(words))
    return _ends_with(words[:cut], role)


def _ends_with(words: list[str], role: tuple[str, ...]) -> bool:
    """True if the words end with the role, and not with a role held no more ("former")."""
    n = len(role)
    if tuple(words[-n:]) != role:
        return False
    return len(words) == n or words[-n - 1] not in _roles().not_current


def _words(abbreviations: dict[str, tuple[str, ...]], text: str) -> list[str]:
    """The lower-case words of a title, short forms spelt out: "Vice-President", "Sen."."""
    out: list[str] = []
    for raw in text.replace("’", "'").split():
        raw = raw.strip("\"'“”‘()[]")
        if raw in abbreviations:
            out.extend(abbreviations[raw])
        else:
            out.extend(w for w in raw.lower().rstrip(".,;:").split("-") if w)
    return out
