"""Acts and stances credited to a source: 'She plans to run', 'The union endorsed Ruiz'.

News reports what people do with words as well as what they say: a plan, a refusal, support
for a candidate. The verb's subject is the source and its complement (an infinitive, a noun
phrase or a 'that' clause) the content; which verbs take which complement is data
(`data/lexicons/act_verbs.json`). Inside a quote, or inside words already credited to
someone, such a verb is part of those words and credits no one new.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from medialit.attribution.cues import _comma_before, _Draft, _is_verb, _passive, _title_case
from medialit.attribution.lexicons import OPEN_QUOTES, _words
from medialit.attribution.spans import (
    _adverb,
    _clause_start,
    _set_off_source,
    _strip_source,
    _token_after,
)
from medialit.attribution.subjects import _gerund_subject, _joined
from medialit.attribution.tokens import _Sent, _Tok

_SUBJECT_MAX = 6
"""Longer stretches before the verb are seldom its subject alone."""

_LONG_SUBJECT_MAX = 14

_MESSAGE_WINDOW = 6

_CLAUSE_WINDOW = 10

_LABEL_WINDOW = 12
"""How far the object of a labelling verb may run ('called her vote in favour of the war a
mistake') before the 'a' or 'an' that opens the label."""

_ANY_FRAME = ("that", "object", "to")

_RESTRICTIVE = frozenset({"that", "who"})
"""Relative pronouns that open a clause about the noun right before them, with no comma."""

_BELIEVERS = frozenset({"i", "we"})
"""First-person subjects that may hold a belief the writer states ('I know', 'we fear')."""

_NOT_SUBJECTS = frozenset({"i", "me", "we", "us", "you", "to", "there", "this", "that", "what"})


def _act_drafts(s: _Sent, drafts: list[_Draft]) -> list[_Draft]:
    """Every act or stance of the sentence whose verb no other rule took as a cue."""
    w, toks = s.w, s.toks
    cues = [d.cue for d in drafts if d.cue]
    taken = [d.content for d in drafts if d.content] + [m for d in drafts for m in d.more]
    out: list[_Draft] = []
    # In a headline in title case ('Union Endorses Ruiz') a capital does not end a verb;
    # whether the sentence is one is asked only of a capitalised word.
    spans = cues + taken
    for i in [i for i in s.lemma_at if toks[i].text.islower() or _title_case(s)]:
        t = toks[i]
        participle = _participle(s, i)
        entry = _entry_of(t.lemma, participle)
        if entry is None or (t.lower,) in w.phrases or s.quote_at(t.start) is not None:
            continue  # 'citing X', 'quoting X': a link of a chain, read with the phrases
        # Credited words end where a participle after a comma begins (', praising ...'),
        # though their span is only cut there later.
        if any(a <= t.start < b for a, b in (cues if participle else spans)):
            continue
        draft = _act(s, i, entry, [*drafts, *out], participle=participle)
        if draft is not None and draft.form == "belief_clause" and s.low(i - 1) in w.hypothetical:
            continue  # 'Economists would hope rates stay low': supposed, held by nobody yet
        if draft is not None:
            if out:
                _cut_before(s, out[-1], draft)
            out.append(draft)
    return out


def _cut_before(s: _Sent, earlier: _Draft, later: _Draft) -> None:
    """'44 percent back Ruiz and 5 percent prefer Park': the content of an act ends before
    the source of the next, and before the 'and' or the comma that joins them."""
    if earlier.content is None or later.source is None:
        return
    start, end = earlier.content
    if not start < later.source[0] < end:
        return
    k = next(k for k, t in enumerate(s.toks) if t.start >= later.source[0])
    while k > 0 and (s.low(k - 1) in ("and", "or", "but", "while") or s.is_punct(k - 1)):
        k -= 1
    if k > 0 and s.toks[k - 1].start >= start:
        earlier.content = (start, s.toks[k - 1].end)


def _entry(s: _Sent, i: int, *, participle: bool) -> dict[str, Any] | None:
    """The lexicon entry of the verb at token i, with the frames it takes as an act."""
    return _entry_of(s.toks[i].lemma, participle)


@cache
def _entry_of(lemma: str, participle: bool) -> dict[str, Any] | None:
    w = _words()
    if lemma in w.belief_verbs and not participle:
        # 'Experts believe the losses were ...': a belief before a clause with no 'that'
        entry = w.acts.get(lemma) or w.verbs.get(lemma) or {}
        frames = ("clause", *entry.get("frames", ()))
        return {**entry, "frames": frames, "type": "belief", "rule": "belief_clause"}
    if lemma in w.acts:
        return w.acts[lemma]
    if lemma not in w.verbs:
        return None
    if participle:
        # 'by insisting that ...', '..., lamenting the cuts': a reporting verb that no
        # other rule read, since it follows a preposition or a comma
        weak = w.verbs[lemma].get("weak")
        return {**w.verbs[lemma], "frames": ("that",) if weak else _ANY_FRAME}
    return None


def _act(
    s: _Sent, i: int, entry: dict[str, Any], before: list[_Draft], *, participle: bool
) -> _Draft | None:
    """The act at token i, when it is a verb with its subject before it and its complement;
    `participle` tells whether it is one after a comma or a preposition (`_participle`)."""
    toks = s.toks
    ing = toks[i].lower.endswith("ing")
    negated_passive = s.low(i - 1) in s.w.negations and s.low(i - 2) in s.w.be
    if not participle and (not _is_verb(s, i) or ((_passive(s, i) or negated_passive) and not ing)):
        return None  # 'is defending' is progressive, 'was defended' passive
    read = _particle(s, i, entry)
    if read is None:
        return None
    last, entry = read
    start = _complement(s, last, entry)
    if start is None:
        return None
    if toks[i].lemma not in s.w.acts and s.low(start) in s.w.negative_sources:
        return None  # '..., saying nothing': words not given assert nothing
    cue = s.chars(i, last)
    if participle:
        # '..., urging voters to turn out': the act of whoever the sentence is about
        doer = _doer(s, i, before)
        if doer is None or entry.get("impression"):
            return None
        content = (toks[start].start, toks[-1].end)
        return _Draft("act_participle", cue, doer, content, toks[i].lemma, entry, cue[0], s.sent.id)
    # 'The panel found the rules were unfair': a finished clause, 'that' or not, makes a finding
    # whoever found it, as it does for a study
    clause = _clause_at(s, start)
    with_that = s.low(start - 1) == "that" or clause
    cues = [d.cue[1] for d in before if d.cue and d.cue[1] <= toks[i].start]
    floor = _token_after(s, max(cues)) if cues else 0
    found = _source(s, i, floor, entry, with_that=with_that)
    if found is None:
        return None
    source, form, close = found
    content = (toks[start].start, toks[max(start, close) - 1].end)
    if entry.get("impression"):
        # 'The plan seems to work': an impression that nobody is said to hold; its subject
        # is part of what is judged, and the one who judges is the writer.
        return _Draft(
            "act", cue, None, (source[0], content[1]), toks[i].lemma, entry, source[0], s.sent.id
        )
    rule = entry.get("rule", form) if clause else form
    return _Draft(rule, cue, source, content, toks[i].lemma, entry, cue[0], s.sent.id)


def _participle(s: _Sent, i: int) -> bool:
    """', urging ...', 'by insisting ...': an -ing form after a comma or a preposition."""
    if not s.toks[i].lower.endswith("ing"):
        return False
    return _comma_before(s, i) or s.low(i - 1) in s.w.participle_prepositions


def _particle(s: _Sent, i: int, entry: dict[str, Any]) -> tuple[int, dict[str, Any]] | None:
    """Where the cue of the verb at token i ends, with its particle if it needs one, and the
    entry it is read with: without its particle a verb that also labels ('called on them to
    act', 'called the plan a mistake') takes only a label."""
    particle = entry.get("particle")
    if not particle:
        return i + 1, entry
    # 'spoke warmly of': an adverb may come between the verb and its particle
    for j in (i + 1, i + 2) if _adverb(s, i + 1) else (i + 1,):
        end = _particle_end(s, j, _particles(tuple(particle)))
        if end is not None:
            # 'decided against raising fares': a particle may bring frames of its own
            frames = entry.get("particle_frames", {}).get(" ".join(map(s.low, range(j, end))))
            return end, {**entry, "frames": tuple(frames)} if frames else entry
    if entry.get("particle_optional"):
        return i + 1, entry
    if "label" in entry["frames"]:
        return i + 1, {**entry, "frames": ("label",)}
    return None


@cache
def _particles(particle: tuple[str, ...]) -> dict[str, list[tuple[str, ...]]]:
    """A verb's particles as word sequences by their first word, longest first ('down on',
    'out in favor of'), so that only those that open with the word at hand are tried."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted((tuple(p.split()) for p in particle), key=len, reverse=True):
        out.setdefault(words[0], []).append(words)
    return out


def _particle_end(s: _Sent, j: int, particles: dict[str, list[tuple[str, ...]]]) -> int | None:
    """Where the first of the particles that starts at token j ends, if one does."""
    for words in particles.get(s.low(j), ()):
        if all(s.low(j + k) == word for k, word in enumerate(words)):
            return j + len(words)
    return None


def _complement(s: _Sent, j: int, entry: dict[str, Any]) -> int | None:
    """Where the verb's complement starts, if one of its frames follows at token j."""
    w, n = s.w, len(s.toks)
    if j >= n or s.is_punct(j):
        return None
    frames = entry["frames"]
    word = s.low(j)
    if "clause" in frames and _clause_at(s, j):
        return j
    if frames == ("label",):
        return j if _label_after(s, j) else None
    if tuple(frames) == ("as",):
        return j if _as_after(s, j) else None
    if word == "to":
        following = s.low(j + 1)
        verb_next = j + 1 < n and (s.toks[j + 1].text.islower() or _title_case(s))
        if following in entry.get("not_to", ()):
            return None  # 'declined to comment': a silence asserts nothing
        if "to" in frames and verb_next and following not in w.determiners:
            return j  # 'plans to run': the infinitive with its 'to'
        return None
    if word == "that":
        return j + 1 if "that" in frames else None
    if "object" not in frames or word in w.prepositions or word in ("and", "or", "but", "as"):
        return None
    if word in w.be or word in w.auxiliaries or word in w.not_objects:
        return None  # 'Republican support was solid', 'backed out': no object
    head = s.low(j + 1 if word in w.determiners else j)
    if head in w.outlets:
        return None  # 'weighed in on the radio': where the words were said, not what about
    if head in entry.get("not_object", ()):
        return None  # 'want a say in ...': a share in a decision, not a wish about its content
    if entry.get("object") == "message" and not _names_message(s, j):
        return None  # 'sent troops', 'released the hostages': an act, not words
    if entry.get("object") == "then_to" and not _then_to(s, j):
        return None  # 'called on her neighbours': a visit; 'called on them to act': a demand
    return j


def _label_after(s: _Sent, j: int) -> bool:
    """'called the plan a costly mistake': an object from token j, then 'a' or 'an' opening
    the label, with no punctuation, 'to' or 'that' between ('called a meeting', 'called the
    police to the scene' name no label). The object may carry a phrase of its own ('called
    the delay in the vote a ploy'), but an 'a' right after a preposition belongs to that
    phrase ('called her on a Sunday'), and the label may open with a quote mark."""
    w = s.w
    first = s.low(j)
    if first in ("a", "an") or first in w.prepositions or first in w.be or first in w.auxiliaries:
        return False
    for k in range(j + 1, min(len(s.toks) - 1, j + _LABEL_WINDOW)):
        word = s.low(k)
        if s.is_punct(k) or word == "to" or word in w.clause_openers:
            return False  # 'called the police after a fight broke out': a clause, no label
        if word in ("a", "an"):
            if s.low(k - 1) in w.prepositions or s.low(k - 1) in ("and", "or", "but"):
                continue  # 'called her on a Sunday', 'called them and a clerk answered'
            if k + 1 >= len(s.toks) or s.is_punct(k + 1):
                return False
            return s.low(k + 1) not in w.label_not_after
    return False


def _as_after(s: _Sent, j: int) -> bool:
    """'painted her rival as a risk': an object from token j, then 'as' and what the object
    is presented as, with no punctuation, 'to' or 'that' between ('cast a vote' names none)."""
    w = s.w
    first = s.low(j)
    if first in w.prepositions or first in w.be or first in w.auxiliaries or first == "as":
        return False
    for k in range(j + 1, min(len(s.toks) - 1, j + _MESSAGE_WINDOW)):
        if s.is_punct(k) or s.low(k) in ("to", "that"):
            return False
        if s.low(k) == "as":
            return not s.is_punct(k + 1)
    return False


def _then_to(s: _Sent, j: int) -> bool:
    """Whether the object at token j is followed, before any punctuation, by an infinitive."""
    n = len(s.toks)
    for k in range(j, min(n - 1, j + _MESSAGE_WINDOW)):
        if s.is_punct(k):
            return False
        if s.low(k) == "to":
            # 'called on them to "act now"': the quoted words begin with the verb
            v = k + 2 if s.toks[k + 1].text in OPEN_QUOTES and k + 2 < n else k + 1
            return s.toks[v].text.islower() and s.low(v) not in s.w.determiners
    return False


def _clause_at(s: _Sent, j: int) -> bool:
    """'the losses were large', 'his efforts will matter': a subject and a finite verb, read
    from an auxiliary or a form of 'be' a few words on, before any punctuation."""
    w = s.w
    if s.low(j) in w.prepositions or s.low(j) in w.auxiliaries or s.low(j) in w.be:
        return False
    for k in range(j + 1, min(len(s.toks), j + _CLAUSE_WINDOW)):
        if s.is_punct(k) or s.low(k) == "that":
            return False
        if s.toks[k].text.islower() and (s.low(k) in w.be or s.low(k) in w.modals):
            return True
    return False


def _names_message(s: _Sent, j: int) -> bool:
    """Whether the noun phrase at token j names words made public ('a letter from his doctor',
    'a series of tweets')."""
    for k in range(j, min(len(s.toks), j + _MESSAGE_WINDOW)):
        if s.is_punct(k):
            return False
        if s.low(k) in s.w.messages:
            return True
    return False


def _subject(
    s: _Sent, i: int, floor: int, entry: dict[str, Any], *, with_that: bool
) -> tuple[int, int] | None:
    """The subject of the verb at token i: the short noun phrase that opens its clause, and
    the kind of subject the verb needs: evidence ('the poll shows'; anyone before 'that'),
    someone who can act ('the union endorsed'), or anything ('the plan seems to')."""
    w, toks = s.w, s.toks
    sb, se = _strip_source(s, _clause_start(s, i, floor), i)
    # an impression names nobody: its subject is part of what is judged, however long; a
    # poll or a study is often named at length ('the average of polls taken since May')
    long = entry.get("impression") or entry.get("subject") == "evidence"
    limit = _LONG_SUBJECT_MAX if long else _SUBJECT_MAX
    # '44 percent back Ruiz and 5 percent prefer Park': a count after 'and' opens a subject
    sb = next((k + 1 for k in range(se - 2, sb - 1, -1) if _count_after(s, k)), sb)
    if sb >= se or se - sb > limit:
        return None
    words = toks[sb:se]
    first, last = words[0].lower, words[-1].lower
    alone = len(words) == 1 and first in w.pronoun_determiners  # 'Some believe ...'
    if (
        first in w.prepositions
        or first in w.clause_openers
        or (last in w.determiners and not alone)
    ):
        return None  # 'In 2000 they ...', 'As he welcomed ...': not the subject alone
    if len(words) == 1 and first in _BELIEVERS and entry.get("type") == "belief":
        # 'I know the mill was unsafe', 'We are convinced ...': the writer's own belief (in
        # someone's quote it frames their words, and is dropped as a hedge)
        return s.chars(sb, se)
    for k, t in enumerate(words):
        if t.lower in _NOT_SUBJECTS or t.lower in w.relatives:
            return None
        after = words[k + 1] if k + 1 < len(words) else None
        if t.lower in ("and", "or", "but") and (after is None or after.text.islower()):
            return None  # 'The river rose and seemed to ...': a verb before, not a subject
        if t.text.islower() and _verb_alone(s, t.lemma):
            return None  # 'those who want to back him': a verb, not a subject
    if entry.get("subject") == "evidence":
        fits = any(t.lower in w.evidence for t in words) or (with_that and _actor(s, words[-1]))
    else:
        fits = bool(entry.get("impression")) or _actor(s, words[-1])
    return s.chars(sb, se) if fits else None


def _source(
    s: _Sent, i: int, floor: int, entry: dict[str, Any], *, with_that: bool
) -> tuple[tuple[int, int], str, int] | None:
    """Who acts at token i, the rule that found them, and the token where the content ends."""
    n = len(s.toks)
    source = _subject(s, i, floor, entry, with_that=with_that)
    if source is not None or entry.get("impression"):
        return (source, "act", n) if source is not None else None
    source = _set_off_subject(s, i, floor)
    if source is not None:
        return source, "act", n
    relative = _relative_subject(s, i, floor)
    if relative is not None:
        return relative[0], "act", relative[1]
    source = _joined_subject(s, i)
    return (source, "coordinated", n) if source is not None else None


def _relative_subject(s: _Sent, i: int, floor: int) -> tuple[tuple[int, int], int] | None:
    """'Ruiz, who opposes the toll, ...': the name before a relative clause whose verb is at
    token i, and the comma that closes the clause (its words end there)."""
    sb, se = _strip_source(s, _clause_start(s, i, floor), i)
    if sb >= se and s.low(i - 1) == "that" and i - 1 > floor:
        # 'nations that oppose ...': 'that' opens a clause of its own, and the noun phrase
        # before it runs back to the first punctuation or preposition
        sb, se = i - 1, i
        sb = next(
            (
                k + 1
                for k in range(sb - 1, floor - 1, -1)
                if s.is_punct(k) or s.low(k) in s.w.prepositions
            ),
            floor,
        )
    if se - sb > 1 and s.low(se - 1) in _RESTRICTIVE and _actor(s, s.toks[se - 2]):
        # 'groups that back the toll': the noun phrase before the relative pronoun
        named = s.chars(sb, se - 1) if se - 1 - sb <= _SUBJECT_MAX else None
        if named is None or not _plain_phrase(s, sb, se - 1):
            return None
        # 'Voters who oppose the toll will sign ...': the main clause's verb ends the words
        w, n = s.w, len(s.toks)
        main = (k for k in range(i + 2, n) if s.low(k) in w.modals or s.low(k) in w.be)
        return named, next(main, n)
    if se - sb != 1 or s.low(sb) not in s.w.relatives or s.low(sb - 1) != ",":
        return None
    named = _set_off_source(s, floor, sb - 1, [])
    if named is None or not s.text[named[0]].isupper():
        return None
    close = next((k for k in range(i + 1, len(s.toks)) if s.toks[k].text == ","), len(s.toks))
    return named, close


def _verb_alone(s: _Sent, lemma: str | None) -> bool:
    """Whether the lemma is a cue without a particle: 'take' in 'the polls taken' is any
    verb, since it acts only as 'take aim at'."""
    w = s.w
    return lemma in w.verbs or (lemma in w.acts and "particle" not in w.acts[lemma])


def _count_after(s: _Sent, k: int) -> bool:
    """Whether token k is 'and', 'or' or 'but' and a number follows it."""
    return s.low(k) in ("and", "or", "but") and s.toks[k + 1].text[:1].isdigit()


def _plain_phrase(s: _Sent, b: int, e: int) -> bool:
    """Whether tokens b..e-1 are a noun phrase alone: no preposition or clause opener first,
    no verb, no pronoun that cannot act."""
    w = s.w
    if s.low(b) in w.prepositions or s.low(b) in w.clause_openers:
        return False
    return not any(
        s.low(k) in _NOT_SUBJECTS
        or s.is_punct(k)
        or (s.toks[k].text.islower() and _verb_alone(s, s.toks[k].lemma))
        for k in range(b, e)
    )


def _set_off_subject(s: _Sent, i: int, floor: int) -> tuple[int, int] | None:
    """'Ruiz, a member of the finance committee, called on ...': a name, then a description
    set off by commas, before the verb at token i."""
    comma = i - 1
    while comma > floor and (s.low(comma) in s.w.auxiliaries or _adverb(s, comma)):
        comma -= 1
    inner = [k for k in range(floor, comma) if s.toks[k].text == ","]
    if len(inner) == 2 and (s.low(floor) in s.w.prepositions or s.low(floor) in s.w.clause_openers):
        # 'In May, Ruiz, an aide, called ...': the opening phrase sets the time, not the actor
        floor, inner = inner[0] + 1, inner[1:]
    if s.low(comma) != "," or len(inner) != 1 or not s.toks[floor].text[:1].isupper():
        return None
    found = _set_off_source(s, floor, comma, [])
    # 'Yesterday, after a long debate, backed ...': no name once the time is cut off
    return found if found is not None and s.text[found[0]].isupper() else None


def _joined_subject(s: _Sent, i: int) -> tuple[int, int] | None:
    """'Ruiz toured the docks and pledged to ...': the subject of the clause that 'and' or
    'but' joins the verb at token i to."""
    joined = _joined(s, i)
    found = _gerund_subject(s, joined) if joined is not None else None
    if found is None or not _actor(s, s.toks[found[0][1] - 1]):
        return None  # 'The fear remained but found ...': no one who can act
    return s.chars(*found[0])


def _doer(s: _Sent, i: int, before: list[_Draft]) -> tuple[int, int] | None:
    """Who acts in a participle at token i: the source of an attribution just before it in
    the sentence, else a name or a pronoun that opens the sentence."""
    for d in reversed(before):
        if d.source is not None and d.cue is not None and d.cue[1] <= s.toks[i].start:
            return d.source
    w, toks = s.w, s.toks
    k = 0
    while k < i and s.low(k) in w.leading:
        k += 1
    if s.low(k) in w.subject_pronouns and s.low(k) not in _NOT_SUBJECTS:
        return s.chars(k, k + 1)
    if s.low(k) in w.prepositions or s.low(k) in w.clause_openers or s.low(k) == "it":
        return None  # 'In May, ...', 'It goes without saying': no doer named first
    j = k + 1 if s.low(k) == "the" else k
    while j < i and toks[j].text[:1].isupper():
        j += 1
    if j == k + 1 and s.low(k) == "the":
        # 'The governor opened ...': a noun for someone who can act, a word or two on
        j = next((m + 1 for m in range(k + 1, min(i, k + 4)) if _actor(s, toks[m])), k)
    named = j > k and s.low(j - 1) != "the"
    return s.chars(k, j) if named and j < i and toks[j].text.islower() else None


def _actor(s: _Sent, head: _Tok) -> bool:
    """Whether a subject's last word names someone who can act: a name, a personal pronoun,
    or a noun for people or a body ('the campaign', 'voters')."""
    w = s.w
    word = head.lower
    if not head.text.islower():
        return head.text[:1].isalpha()
    return word in w.pronouns or word in w.actors or word.endswith(w.agent_endings)
