"""Sources named inside a clause of their own: '..., as the club has said', 'As the mayor
said, ...', 'The fee, which officials say will double, ...'.

In 'as', the words credited are the clause the 'as' clause is attached to: the one before
its comma when it comes last, the one after its comma when it opens the sentence. Only a
short circumstance may follow the verb ('as she told reporters on Monday'); a 'that' or an
object of its own ('as he said goodbye') makes it another clause. In a relative clause whose
pronoun is the object of the verb, the words go on with their own verb ('will double').
A participle with its agent ('a view echoed by every farmer') credits the agent.
"""

from __future__ import annotations

from medialit.attribution.acts import _actor
from medialit.attribution.cues import _Draft, _name_after
from medialit.attribution.lexicons import CLOSE_QUOTES
from medialit.attribution.spans import _clause_start, _content_before, _is_tail
from medialit.attribution.tokens import _Sent

Found = tuple[tuple[int, int], tuple[int, int], int]
"""(source, content, region) of an attribution in 'as'."""


def _as_clause(s: _Sent, i: int, last: int, b: int, se: int, drafts: list[_Draft]) -> Found | None:
    """'..., as the club has said.': the verb at token i (cue up to `last`), whose clause
    starts at token b after an 'as' and a comma, credits the words before the comma."""
    toks = s.toks
    n = len(toks)
    if b < 2 or s.low(b - 1) != "as" or se <= b:
        return None
    comma = b - 2
    if toks[comma].text in CLOSE_QUOTES and comma > 0 and toks[comma - 1].text == ",":
        comma -= 1  # '“a tax on the poor,” as one teacher put it'
    elif toks[comma].text != ",":
        return None
    tail_end = last
    while tail_end < n and not s.is_punct(tail_end):
        tail_end += 1
    if tail_end < n - 1 or not _is_tail(s, toks[last:tail_end], toks[i].lemma):
        return None
    content = _content_before(s, b - 2, drafts)
    if content is None:
        return None
    return s.chars(b, se), content, content[0]


def _after_as(s: _Sent, b: int, sb: int) -> int:
    """Where the source starts in 'As the mayor said, ...': past an 'as' that opens the
    sentence or a clause after punctuation."""
    opens = b == 0 or s.is_punct(b - 1)
    return sb + 1 if opens and sb == b and s.low(sb) == "as" else sb


def _relative_source(s: _Sent, last: int, sb: int, se: int) -> Found | None:
    """'The fee, which officials say will double, ...': the relative pronoun is the object
    of the verb, and the words go on with their own verb; the source is 'officials'."""
    w, toks = s.w, s.toks
    if se - sb < 2 or s.low(sb) not in ("which", "who", "whom"):
        return None
    if last >= len(toks) or not (s.low(last) in w.be or s.low(last) in w.finite_auxiliaries):
        return None
    end = next((k for k in range(last, len(toks)) if s.is_punct(k)), len(toks))
    if end <= last + 1:
        return None
    return s.chars(sb + 1, se), s.chars(last, end), toks[sb + 1].start


def _by_agent(s: _Sent, i: int, last: int) -> Found | None:
    """'a view echoed by every farmer', 'The figures, confirmed by the ministry, ...': a
    participle with its agent after 'by' credits the agent with the noun phrase before it."""
    w, toks = s.w, s.toks
    t = toks[i]
    if s.low(last) != "by" or t.lower == t.lemma or t.lower.endswith(("s", "ing")) or i == 0:
        return None
    name = _name_after(s, last + 1, stop_on_verbs=False)
    if name is None:
        return None
    first = toks[name[0]]
    people = first.lower in w.people_pronouns or first.lower.endswith(w.agent_endings)
    if not (first.text[:1].isupper() or first.lower in w.determiners or people):
        return None  # 'announced by email': the means, not an agent
    if any(s.low(k) in w.not_agents for k in range(name[0], name[1])):
        return None  # 'approved by a wide margin', 'confirmed by the end of May'
    end = i - 1 if toks[i - 1].text == "," else i
    b = _clause_start(s, end, 0)
    if b >= end or s.low(b) in w.subject_pronouns:
        return None
    return s.chars(*name), s.chars(b, end), toks[b].start


def _antecedent(s: _Sent, named: tuple[int, int], *, which: bool) -> tuple[int, int] | None:
    """'The union backed Ruiz, who says ...': the relative pronoun stands for the noun
    phrase right before its comma, after the last verb of the stretch. 'which' also starts
    after the last preposition that a word in lower case follows ('turned to the port
    authority, which said ...'; 'the Bank of Leeds, which ...' keeps its name), and stands
    for someone who can speak or for a record."""
    inside = [k for k, t in enumerate(s.toks) if named[0] <= t.start and t.end <= named[1]]
    head = s.toks[inside[-1]]
    if which and not (_actor(s, head) or head.lower in s.w.evidence):
        return None  # 'the illness, which confirmed ...': a thing that asserts nothing
    cut = max(
        (
            k
            for k in inside[:-1]
            if (s.toks[k].lemma and s.toks[k].text.islower())
            or (which and s.low(k) in s.w.prepositions and s.toks[k + 1].text.islower())
        ),
        default=None,
    )
    if cut is None:
        return named
    cut += 1 + (s.low(cut + 1) in s.w.prepositions)  # 'offered a deal to | the dockers, who'
    return (s.toks[cut].start, named[1]) if cut <= inside[-1] else None
