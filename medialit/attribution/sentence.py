"""The attributions of one sentence: each cue with its source and content."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

from medialit.attribution.according import _phrase_drafts
from medialit.attribution.acts import _act_drafts
from medialit.attribution.chains import _as_saying, _attach_links
from medialit.attribution.charges import _charged
from medialit.attribution.cues import (
    _after_name,
    _after_noun,
    _before_adverbs,
    _comma_before,
    _Draft,
    _is_verb,
    _name_after,
    _passive,
    _Phrase,
    _phrases,
    _progressive,
    _refusal,
)
from medialit.attribution.embedded import (
    _after_as,
    _antecedent,
    _as_clause,
    _by_agent,
    _relative_source,
)
from medialit.attribution.labels import _colon_quotes
from medialit.attribution.lexicons import _HEARSAY, _PUNCT, _SOURCE_MAX, CLOSE_QUOTES, OPEN_QUOTES
from medialit.attribution.long_tail import _long_tail_drafts
from medialit.attribution.nominal import _nominal_drafts
from medialit.attribution.polls import _poll_drafts
from medialit.attribution.possessed import _possessed_drafts
from medialit.attribution.postposed import _apposed, _inverted
from medialit.attribution.quotes import _next_paragraph, _quote_just_before, _trim
from medialit.attribution.reactions import _reaction_drafts
from medialit.attribution.regard import _regard_drafts
from medialit.attribution.spans import (
    _appositive,
    _bracket_opening,
    _clause_start,
    _clip_to_quote,
    _close_contents,
    _content_after,
    _content_before,
    _cut_at_links,
    _first_person,
    _is_tail,
    _name_ends_well,
    _quote_then_source,
    _rest_of_sentence,
    _set_off_source,
    _skip_time,
    _split_quote,
    _strip_source,
    _token_after,
    _words_follow,
)
from medialit.attribution.stances import _stance_drafts
from medialit.attribution.subjects import _gerund_subject, _joined
from medialit.attribution.tokens import _Sent


def _in_sentence(s: _Sent) -> list[_Draft]:
    """The attributions of one sentence: phrases ('according to X'), then verbs."""
    w = s.w
    toks = s.toks
    n = len(toks)
    if n == 0:
        return []
    phrases = _phrases(s)
    in_phrase = {k for p in phrases for k in range(p.first, p.source[1])}
    used_links: set[int] = set()
    end_of_sentence = _trim(s.text, s.sent.start, s.sent.end)[1]
    drafts = _phrase_drafts(s, phrases, end_of_sentence)

    after = 0  # where the cue read last ends: a verb inside it is part of it
    for i in [i for i in s.lemma_at if toks[i].lemma in w.verbs]:
        t = toks[i]
        entry = w.verbs[t.lemma]
        if (
            i < after
            or i in in_phrase
            or not _is_verb(s, i)
            or s.low(i + 1) in entry.get("not_before", ())
        ):
            continue
        if t.lemma == "quote" and any(
            s.low(k) == "as" and s.low(k + 1).endswith("ing") for k in range(i + 1, n - 1)
        ):
            continue  # 'quoted X as saying': the speaker is X, found at 'saying'
        last = i + 1
        particle = entry.get("particle")
        if particle:
            if s.low(last) != particle:
                continue
            last += 1
        draft = _verb(s, i, last, entry, drafts, phrases, used_links)
        if draft is not None and not _refusal(s, i, draft):
            _clip_to_quote(s, draft)
            drafts.append(draft)
        after = last

    drafts.extend(_nominal_drafts(s, drafts))
    drafts.extend(_act_drafts(s, drafts))
    drafts.extend(_long_tail_drafts(s, drafts))
    drafts.extend(_stance_drafts(s, drafts))
    drafts.extend(_possessed_drafts(s, drafts))
    drafts.extend(_reaction_drafts(s, drafts))
    drafts.extend(_poll_drafts(s, drafts))
    drafts.extend(_regard_drafts(s, drafts))
    drafts.extend(_colon_quotes(s, drafts))
    drafts.sort(key=lambda d: d.cue[0] if d.cue else d.region)
    _attach_links(s, drafts, phrases, used_links)
    _close_contents(s, drafts, end_of_sentence)
    for d in drafts:
        if d.answers is not None:
            d.content = d.answers.content
    return [d for d in drafts if d.content and d.content[0] < d.content[1]]


@dataclass
class _Cue:
    """A reporting verb at token i (up to `last`) and what the sentence holds around it."""

    s: _Sent
    i: int
    last: int
    entry: dict[str, Any]
    drafts: list[_Draft]
    phrases: list[_Phrase]
    used_links: set[int]

    @property
    def lemma(self) -> str:
        return self.s.toks[self.i].lemma

    @property
    def cue(self) -> tuple[int, int]:
        return self.s.chars(self.i, self.last)

    @property
    def weak(self) -> bool:
        return bool(self.entry.get("weak"))

    @property
    def past(self) -> bool:
        """A neutral reporting verb in the past ('noted', 'wrote'): not a belief ('thought')
        nor a verb of evidence ('the figures showed the government had ...') nor one that
        names ('a man called John Smith was arrested')."""
        t = self.s.toks[self.i]
        if self.entry.get("connotation") != "neutral" or "labels" in self.entry:
            return False
        if t.lemma in self.s.w.belief_verbs:
            return False
        return t.lower != t.lemma and t.lower[-1:] != "s"

    def draft(
        self,
        form: str,
        source: tuple[int, int] | None,
        content: tuple[int, int] | None,
        region: int,
        *,
        cue: tuple[int, int] | None = None,
    ) -> _Draft:
        """A draft attribution of this cue."""
        return _Draft(
            form, cue or self.cue, source, content, self.lemma, self.entry, region, self.s.sent.id
        )


class _Before(NamedTuple):
    """The clause before a verb: the draft before it, where the clause starts, its subject."""

    prev: _Draft | None
    floor: int
    b: int
    sb: int
    se: int
    boundary: str
    text_before: bool


def _verb(
    s: _Sent,
    i: int,
    last: int,
    entry: dict[str, Any],
    drafts: list[_Draft],
    phrases: list[_Phrase],
    used_links: set[int],
) -> _Draft | None:
    c = _Cue(s, i, last, entry, drafts, phrases, used_links)
    ing = s.toks[i].lower.endswith("ing")
    progressive = ing and _progressive(s, i)
    if ing and not progressive:
        return _participle(c)
    if _passive(s, i) and not progressive:
        return _passive_cue(c)
    if (found := _by_agent(s, i, last)) is not None:
        return c.draft("inverted", *found)
    return _active(c)


def _participle(c: _Cue) -> _Draft | None:
    """'..., saying ...', 'quoted X as saying': a participle takes the source before it."""
    s = c.s
    if s.low(c.i - 1) == "as":
        return _as_saying(s, c.i, c.last, c.entry, c.phrases, c.used_links)
    prev = next((d for d in reversed(c.drafts) if d.form != "phrase"), None)
    start, has_that = _content_after(s, c.last, c.phrases, c.lemma)
    if start >= len(s.toks) or (c.weak and not _words_follow(s, start, has_that, past=c.past)):
        return None
    rest = (s.toks[start].start, s.toks[-1].end)
    named = _after_name(s, c.i) and not _comma_before(s, c.i)  # 'shows Ruiz saying that'
    if prev is not None and prev.source is not None and not named:
        return c.draft("coordinated", prev.source, rest, c.cue[0])
    if s.low(c.i - 1) in s.w.gerund_prepositions:
        return _gerund(c, start)
    # 'The council raised the fee, saying costs had doubled': the clause's subject speaks.
    if _after_name(s, c.i):
        k = c.i - 1
        while k > 0 and s.toks[k - 1].text[:1].isupper():
            k -= 1
        return c.draft("participle", s.chars(k, c.i), rest, c.cue[0])
    if (noun := _after_noun(s, c.i)) is not None:
        return c.draft("participle", s.chars(*noun), rest, c.cue[0])
    if not _comma_before(s, c.i):
        return None
    subject = s.credited().get(s.toks[c.i].start)
    # the clause's subject read from its words, where the sources analyzer credits none or
    # only part of it ('Democratic' of 'Democratic nominee Ana Ruiz')
    found = _gerund_subject(s, _before_adverbs(s, c.i))
    whole = s.chars(*found[0]) if found is not None else None
    if whole is not None and (subject is None or whole[0] <= subject[0] < subject[1] <= whole[1]):
        subject = whole
    if subject is None:
        return None
    return c.draft("participle", subject, rest, c.cue[0])


def _gerund(c: _Cue, start: int) -> _Draft | None:
    """'She answered by saying the rule was wrong', 'After telling reporters ..., he left':
    a gerund after a preposition reports the words of its clause's subject."""
    s = c.s
    found = _gerund_subject(s, c.i - 1)
    if found is None:
        return None
    (sb, se), comma = found
    end = s.toks[-1].end
    if comma is not None and comma > start:
        # '..., was “too late,” she said': a quote closing after the comma is part of it
        closing = s.low(comma + 1) in tuple(CLOSE_QUOTES) and s.quote_at(s.toks[comma].start)
        end = s.toks[comma + 1 if closing else comma - 1].end
    return c.draft("gerund", s.chars(sb, se), (s.toks[start].start, end), c.cue[0])


def _passive_cue(c: _Cue) -> _Draft | None:
    """'was told by X that ...', 'is said to ...': a passive, with or without its agent."""
    s, toks, n, w = c.s, c.s.toks, len(c.s.toks), c.s.w
    j = c.i - 1
    while s.low(j) not in w.be:
        j -= 1
    while j > 0 and s.low(j - 1) in w.auxiliaries:
        j -= 1  # 'has been endorsed by': the auxiliary belongs to the cue, not to the words
    cue = (toks[j].start, c.cue[1])
    source = None
    k = c.last
    if s.low(k) == "by":
        name = _name_after(s, k + 1, stop_on_verbs=False)
        if name:
            source, k = s.chars(*name), name[1]
    start, has_that = _content_after(s, k, c.phrases)
    b = _clause_start(s, j, 0)
    if has_that or b >= j:
        content = (toks[start].start, toks[-1].end) if start < n else None
    elif source is not None:
        content = s.chars(b, j)
    else:
        content = (toks[b].start, toks[-1].end)
    charge = _charged(s, c.lemma, c.last)  # 'was accused of ...': someone made the charge
    if source is None and ((c.entry["connotation"] not in _HEARSAY and not charge) or c.drafts):
        return None  # an agentless passive inside reported words is part of them
    hearsay = charge or has_that or (s.low(c.last) == "to" and c.lemma not in w.object_verbs)
    if source is None and not hearsay:
        return None  # 'was found guilty', 'were told to expect delays': no words reported
    if content is None:
        return None
    form = "passive" if source is None else "preposed"
    return c.draft(form, source, content, cue[0], cue=cue)


def _active(c: _Cue) -> _Draft | None:
    """An active verb: its source before it, after it, or set off by commas."""
    s, toks, w = c.s, c.s.toks, c.s.w
    prev = next((d for d in reversed(c.drafts) if d.form != "phrase"), None)
    floor = _token_after(s, prev.cue[1]) if prev is not None and prev.cue else 0
    b = _clause_start(s, c.i, floor)
    sb, se = _strip_source(s, b, c.i)
    boundary = toks[b - 1].text if b > 0 else ""
    text_before = b > 1 or (b == 1 and boundary not in OPEN_QUOTES)
    bare = all(s.low(k) in w.leading for k in range(b, c.i))
    before = _Before(prev, floor, b, sb, se, boundary, text_before)
    joined = _joined(s, c.i)
    source = prev.source if prev is not None else None
    speaks = not c.weak or c.past  # 'and found that ...' may be the writer's account
    if joined is not None and source is None and speaks and (sb >= se or se <= joined + 1):
        # 'Cruz urged voters to ... and said he ...': the subject of the clause it joins
        found = _gerund_subject(s, joined)
        source = s.chars(*found[0]) if found is not None else None
    if source is not None and ((bare and boundary in (",", ";")) or joined is not None):
        # 'Moscow denies ..., denounces ... and declares ...': one source, several verbs.
        start, has_that = _content_after(s, c.last, c.phrases, c.lemma)
        if start >= len(toks) or (c.weak and not _words_follow(s, start, has_that, past=c.past)):
            return None
        content = (toks[start].start, toks[-1].end)
        region = toks[joined + 1].start if joined is not None else c.cue[0]
        return c.draft("coordinated", source, content, region)
    if sb >= se:
        return _nothing_before(c, before)
    if joined is not None and source is None and se <= joined + 1:
        return None  # '... fed the bees and found that ...': no subject read, so no source
    if se - sb > _SOURCE_MAX:
        # 'In a meeting with the editors of the paper on Monday Ruiz said ...': no comma
        # closes the opening phrase, but a name just before the verb is its subject.
        named = _name_before(s, sb, se)
        if named is None:
            return None
        before = before._replace(sb=named)
    return _subject_before(c, before)


def _name_before(s: _Sent, sb: int, se: int) -> int | None:
    """Where a name of up to four capitalised words that ends at token `se` starts, before
    any aside in brackets ('Gov. Ana Ruiz (D-Ore.)')."""
    if se - 1 > sb and s.toks[se - 1].text == ")":
        se = _bracket_opening(s, se - 1, sb) or se
    k = se
    while k > sb and se - k < 4 and s.toks[k - 1].text[:1].isupper():
        k -= 1
    if k in (se, sb) or not s.toks[k - 1].text.islower():
        return None
    return k


def _nothing_before(c: _Cue, v: _Before) -> _Draft | None:
    """Nothing of its own before the verb: the source follows the verb ('said the
    minister'), or stands before a stretch set off by commas ('Ms Lee, 45, said')."""
    s = c.s
    n = len(s.toks)
    if v.boundary == ",":
        quoted = _quote_then_source(s, v.b - 1, c.phrases)
        if quoted is not None:
            speaker, inner = quoted
            return c.draft("postposed", speaker, inner, inner[0])
        apposed = _apposed(s, v.b - 1, c.last, c.lemma, c.drafts, c.phrases)
        if apposed is not None:
            d = c.draft("postposed", *apposed, apposed[1][0])
            d.unmarked_quote = _first_person(s, apposed[1])
            return d
    appositive = v.boundary == "," and _appositive(s, v.floor, v.b - 1)
    # 'The scheme, called FastLane, lets ...': after a comma a labelling verb names a thing
    naming = v.boundary == "," and "labels" in c.entry
    if v.text_before and v.boundary in ("," + CLOSE_QUOTES) and not appositive and not naming:
        name = _name_after(s, c.last, stop_on_verbs=True)
        if name is not None and _name_ends_well(s, name[1]):
            return _inverted(s, v.b, c.i, c.last, name, c.entry, c.cue, c.phrases)
    if v.boundary == ",":
        src = _set_off_source(s, v.floor, v.b - 1, c.phrases)
        start, has_that = _content_after(s, c.last, c.phrases, c.lemma)
        words = _words_follow(s, start, has_that, past=c.past) if start < n else False
        if src is None or start >= n or (c.weak and not words):
            return None
        content = (s.toks[start].start, s.toks[-1].end)
        return c.draft("preposed", src, content, src[0])
    return None


def _subject_before(c: _Cue, v: _Before) -> _Draft | None:
    """A subject before the verb: the source of what follows, or of what came before."""
    s, toks, w = c.s, c.s.toks, c.s.w
    n = len(toks)
    sb, se = _after_as(s, v.b, v.sb), v.se
    if (found := _as_clause(s, c.i, c.last, v.b, se, c.drafts)) is not None:
        return c.draft("as_clause", *found)
    if (found := _relative_source(s, c.last, sb, se)) is not None:
        return c.draft("preposed", *found)
    claim = se - sb > 2 and s.low(sb) in w.determiners and toks[sb + 1].lemma in w.claim_nouns
    if v.prev is not None and claim:
        # '..., a claim the Kremlin rejects': the Kremlin answers the claim just made.
        d = c.draft("answer", s.chars(sb + 2, se), None, toks[sb].start)
        d.answers = v.prev
        return d
    if se - sb == 1 and s.low(sb) in w.relatives and v.boundary == ",":
        # 'Putin, who denies planning an invasion, met ...': the source is the name before.
        named = _set_off_source(s, v.floor, v.b - 1, c.phrases)
        if named is not None:
            named = _antecedent(s, named, which=s.low(sb) == "which")
        start, _ = _content_after(s, c.last, c.phrases, c.lemma)
        close = next((k for k in range(start, n) if toks[k].text == ","), n)
        if named is None or start >= close:
            return None
        return c.draft("preposed", named, s.chars(start, close), named[0])
    src = _cut_at_links(s, sb, se, c.phrases)
    tail_end = c.last
    while tail_end < n and toks[tail_end].text not in _PUNCT:
        tail_end += 1
    tail = toks[c.last : tail_end]
    # Right after a closing quote, whatever follows the verb ('she told reporters during a
    # visit to Leeds') is its circumstance, unless a 'that' clause opens new content.
    after_quote = v.boundary in CLOSE_QUOTES and not any(t.lower == "that" for t in tail)
    short_tail = after_quote or _is_tail(s, tail, c.lemma)
    quote_follows = tail_end < n and toks[tail_end].text in ":" + OPEN_QUOTES
    if quote_follows and toks[tail_end].text != ":" and tail and tail[0].lower in w.prepositions:
        # '“...,” Pence said on ABC’s “This Week.”': a quoted title closes the tail
        quote_follows = _skip_time(s, c.last) == tail_end
    after_clause = v.boundary == "," and not s.is_punct(v.b - 2) and s.low(v.b - 2) != ""
    comma_quote = s.low(tail_end) == "," and s.low(tail_end + 1) in OPEN_QUOTES
    if after_clause and comma_quote and _is_tail(s, tail, c.lemma):
        # 'When the firm sold, Barrett told me, “we were stunned.”': the quote is the words
        quote_follows = True
    if v.text_before and v.boundary in ("," + CLOSE_QUOTES) and short_tail and not quote_follows:
        return _postposed(c, v, src, tail_end)
    alone = v.b == 0 and tail_end >= n - 1 and _is_tail(s, tail, c.lemma)
    before = _quote_just_before(s) if alone else None
    if before is not None:
        # '“Is this fair?” Ana Ruiz said.': the quote ended the sentence before this one
        return c.draft("postposed", src, before, before[0])
    return _preposed(c, src, tail_end, quote_follows)


def _postposed(c: _Cue, v: _Before, src: tuple[int, int], tail_end: int) -> _Draft | None:
    """'..., the mayor said': the content came before the source."""
    s, w = c.s, c.s.w
    prev = v.prev
    if prev is not None and prev.source is None and prev.form == "passive":
        c.drafts.remove(prev)  # 'X is expected to ..., economists said': theirs, not hearsay
        prev = None
    if (
        prev is not None
        and prev.content is not None
        and prev.content[1] >= s.toks[v.b - 1].end
        and c.lemma in w.passers_on
    ):
        # '..., the ministry said, state media reported': the outlet passed it on.
        prev.chain.append((c.cue, src, "intermediary"))
        return None
    content = _content_before(s, v.b - 1, c.drafts)
    if content is None or s.text[src[0] : src[1]].split()[0].lower() in w.prepositions:
        return None  # '..., by one estimate', '..., for our staff and he said': no speaker
    d = c.draft("postposed", src, content, content[0])
    d.unmarked_quote = _first_person(s, content)
    _split_quote(s, d, tail_end)
    _rest_of_sentence(s, d, tail_end, c.phrases)
    return d


def _preposed(c: _Cue, src: tuple[int, int], tail_end: int, quote_follows: bool) -> _Draft | None:
    """'The mayor said the bridge will reopen': the content follows the verb."""
    s, toks, entry = c.s, c.s.toks, c.entry
    start, has_that = _content_after(s, c.last, c.phrases, c.lemma)
    if start >= len(toks) and toks[-1].text == ":":
        following = _next_paragraph(s)
        if following is None:
            return None
        return c.draft("introduces", src, following, src[0])
    if start >= len(toks) or s.low(start) in entry.get("not_before", ()):
        return None  # 'asked reporters not to speculate': a request, no words reported
    first = toks[start].text
    if "opens_with" in entry and not has_that and s.low(start) not in entry["opens_with"]:
        return None  # 'the bill threatens press freedom': a threat is 'to' or 'that'
    # 'described the conditions as “appalling”' reports words; 'the figures showed the
    # government had “lost control”' does not: the quote is someone else's.
    quote_next = quote_follows and (
        _skip_time(s, c.last) == tail_end or s.low(tail_end - 1) == "as" or "labels" in entry
    )
    if (
        c.weak
        and not has_that
        and not _words_follow(s, start, False, past=c.past)
        and first not in ":" + OPEN_QUOTES
        and not quote_next
    ):
        return None
    return c.draft("preposed", src, (toks[start].start, toks[-1].end), src[0])
