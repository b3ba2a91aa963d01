"""Where a cue's source and content begin and end in its sentence."""

from __future__ import annotations

from medialit.attribution.cues import (
    _carried_on,
    _dateline_end,
    _Draft,
    _is_verb,
    _opens_content,
    _Phrase,
)
from medialit.attribution.lexicons import (
    _NAMED_SOURCE_MAX,
    _PUNCT,
    _QUOTE_MARK,
    _SOURCE_MAX,
    _TAIL_MAX,
    _THAT_WINDOW,
    CLOSE_QUOTES,
    OPEN_QUOTES,
    _next_act,
)
from medialit.attribution.quotes import _inner, _strip_quotes, _trim
from medialit.attribution.tokens import _Sent, _Tok


def _clause_start(s: _Sent, i: int, floor: int) -> int:
    """The first token of the clause that ends just before token i."""
    w = s.w
    b = i
    while b > floor:
        t = s.toks[b - 1]
        opening = _bracket_opening(s, b - 1, floor) if t.text == ")" else None
        if opening is None and t.text in _DASHES:
            opening = _dash_opening(s, b - 1, floor)
        if opening is not None:
            b = opening  # 'Sen. Ana Ruiz (D-Ore.) said', 'Kay -- an aide -- said': an aside
            continue
        if t.text in _PUNCT or (t.lower in w.clause_openers and t.text.islower()):
            break
        b -= 1
    return b


def _bracket_opening(s: _Sent, close: int, floor: int) -> int | None:
    """The '(' of a short aside that closes at token `close` ('(R-Ohio)', '(AP)'), if any."""
    for k in range(close - 1, max(floor, close - 7) - 1, -1):
        t = s.toks[k]
        if t.text == "(":
            return k if k > floor else None
        if t.text in ",;:()" or (t.lemma in s.w.verbs and t.text.islower()):
            return None
    return None


_DASHES = frozenset({"--", "—", "–"})
_FLOATING = frozenset({"all", "both", "each"})
"""Words that may float after a plural subject, before its verb ('the three all agreed')."""
_ASIDE_MAX = 40


def _dash_opening(s: _Sent, close: int, floor: int) -> int | None:
    """The dash that opens an aside closing with the dash at token `close`, if any."""
    for k in range(close - 1, max(floor, close - _ASIDE_MAX) - 1, -1):
        if s.toks[k].text == s.toks[close].text:
            return k if k > floor else None
        if s.toks[k].text in ";:" or (s.toks[k].lemma in s.w.verbs and s.toks[k].text.islower()):
            return None
    return None


def _strip_source(s: _Sent, b: int, i: int) -> tuple[int, int]:
    w = s.w
    carrier = _carried_on(s, i)
    i = carrier if carrier is not None and carrier >= b else i  # 'Ham | went on to explain'
    if i - 1 > b and s.toks[i - 1].text in _DASHES:
        opening = _dash_opening(s, i - 1, b)
        i = opening if opening is not None else i  # 'Kay -- an aide to the mayor -- said'
    end = i
    while b < i and s.low(b) in w.leading:
        b += 1
    while i > b and (
        s.low(i - 1) in w.auxiliaries
        or s.low(i - 1) in w.be
        # 'officials privately said'; 'the family said' holds a noun in -ly
        or (_adverb(s, i - 1) and s.low(i - 2) not in w.determiners)
        or s.low(i - 1) in w.time_words  # 'The Kremlin on Monday dismissed'
        or (s.low(i - 1) in _FLOATING and i - 1 > b)  # 'Ruiz and Park both said'
        or (s.low(i - 1) == "on" and s.low(i) in w.time_words)
    ):
        i -= 1
    if i < end and s.low(i - 1).endswith("ed") and s.low(end - 1) in w.time_words:
        return b, end  # 'Figures released on Monday showed': the day dates the release
    return b, i


def _adverb(s: _Sent, k: int) -> bool:
    """A word in -ly in lower case ('privately'), read as an adverb."""
    return s.low(k).endswith("ly") and s.toks[k].text.islower()


def _content_after(s: _Sent, j: int, phrases: list[_Phrase], lemma: str = "") -> tuple[int, bool]:
    """Where reported content starts after a cue ending at token j; and whether 'that' opens it."""
    w = s.w
    n = len(s.toks)
    if j < n and s.low(j) in w.verbs.get(lemma, {}).get("prepositions", ()):
        return j + 1, True  # 'called for an inquiry': the demand is what was said
    for p in phrases:  # ', citing officials, that ...'
        if p.first in (j, j + 1) and (p.first == j or s.toks[j].text == ","):
            j = p.source[1]
            if j < n and s.toks[j].text == ",":
                j += 1
            break
    for k in range(j, min(n, j + _THAT_WINDOW)):
        t = s.toks[k]
        if t.lower == "that" and k + 1 < n and s.toks[k + 1].text not in _SENTENCE_STOPS:
            return k + 1, True  # 'that.' ends the words: a pronoun, not a conjunction
        if t.text in _PUNCT or t.lower in ("and", "but", "or"):
            break  # 'said the leak was fixed and that ...': the 'that' opens a second clause
        if t.lower in w.subject_pronouns or t.lower in w.be or t.lower in w.finite_auxiliaries:
            break  # 'said he had done that before': the words began, with their own verb
    while j < n and s.toks[j].text in ",:":
        j += 1
    j = _skip_time(s, j)
    while j < n and s.toks[j].text in ",:":
        j += 1
    if j < n and _topic_not_content(s, j):
        return n, False
    if j < n and s.toks[j].lower in w.content_openers:
        j += 1
    elif lemma in w.object_verbs:
        j = _skip_time(s, _skip_listener(s, j))  # 'told reporters on Monday “...”'
        while j < n and s.toks[j].text in ",:":
            j += 1
    return j, False


_SENTENCE_STOPS = frozenset(".!?;…")


def _clause_next(s: _Sent, j: int) -> bool:
    """'noted he had left': a subject pronoun opens reported words, as 'that' would; after a
    comma ('are continuing, he said') it is the subject of the next verb instead."""
    return (
        0 < j + 1 < len(s.toks)
        and s.low(j) in s.w.subject_pronouns
        and s.toks[j - 1].text not in ",;:–—-"
        and s.toks[j + 1].text[:1].isalpha()
    )


def _subject_and_verb(s: _Sent, j: int) -> bool:
    """A noun phrase of up to three words from token j, then a finite verb ('clients are',
    'his lawyer offered'), read without a tagger: 'be', an auxiliary, or a past in -ed
    after a noun ('the increased costs' has none). After a reporting verb in the past
    ('noted clients are leaving') it opens the words, as 'that' would."""
    w = s.w
    if not 0 < j < len(s.toks) or s.toks[j - 1].text in ",;:–—-":
        return False
    k = j + 1 if s.low(j) in w.determiners else j
    for m in range(k, min(len(s.toks), k + 4)):
        t = s.toks[m]
        if t.text in _PUNCT or t.lower in w.prepositions or t.lower in ("that", "'s", "’s"):
            return False
        if m > k and t.text.islower() and (t.lower in w.be or t.lower in w.finite_auxiliaries):
            return True
        if m > k and t.text.islower() and t.lower.endswith("ed") and s.toks[m - 1].text.isalpha():
            return True
    return False


def _words_follow(s: _Sent, j: int, has_that: bool, *, past: bool = False) -> bool:
    """Whether words open at token j after a weak verb: a 'that', a subject pronoun, a
    quote ('added, “We are ready”') or, after a past, a clause ('noted clients are
    leaving'); else the verb names an act ('added a note')."""
    if has_that or _clause_next(s, j) or (j < len(s.toks) and s.toks[j].text in OPEN_QUOTES):
        return True
    return past and _subject_and_verb(s, j)


def _skip_time(s: _Sent, j: int) -> int:
    """'said on Tuesday in a statement: ...': when and where the words were said belong to
    the saying, not to the content."""
    w = s.w
    while j < len(s.toks):
        if s.low(j) in w.time_words:
            j += 1
        elif s.low(j) == "on" and s.low(j + 1) in w.time_words:
            j += 2
        else:
            for words in w.cue_adjuncts.get(s.low(j), ()):
                if all(s.low(j + k) == word for k, word in enumerate(words)):
                    j += len(words)
                    break
            else:
                return j
    return j


def _topic_not_content(s: _Sent, j: int) -> bool:
    """'commented on the plan', 'responded to critics', 'insisted on an inquiry': the verb's
    object names what the words were about or whom they answered, not what was said.
    'to' before a verb is content ('vowed to rebuild the city')."""
    w = s.w
    word = s.low(j)
    if word in w.topic_prepositions:
        return True
    if word != "to" or j + 1 >= len(s.toks):
        return False
    after = s.toks[j + 1]
    return (
        after.lower in w.determiners
        or after.lower in w.pronouns
        or after.lower in w.listeners
        or after.text[:1].isupper()
    )


def _skip_listener(s: _Sent, j: int) -> int:
    """'told reporters the deal was close': the content starts after the listener."""
    w = s.w
    n = len(s.toks)
    if j >= n or s.toks[j].text in _PUNCT:
        return j
    if s.low(j) in w.listeners:
        j += 1
        if s.low(j) in ("in", "at") and s.toks[j + 1 : j + 2] and s.toks[j + 1].text[:1].isupper():
            j += 1  # 'told reporters in Brussels the plan was dead'
            while j < n and s.toks[j].text[:1].isupper():
                j += 1
        return j
    bare_noun = not (
        s.low(j) in w.determiners or s.low(j) in w.prepositions or s.low(j) in w.clause_openers
    )
    if bare_noun and j + 1 < n and s.toks[j].text.islower() and _opens_content(s, j + 1):
        return j + 1  # 'told analysts the cuts would ...', 'warned residents to stay indoors'
    if bare_noun and s.toks[j].text.islower():
        # 'warned residents in low-lying areas to prepare': the listener runs to the 'to'.
        for k in range(j + 1, min(n - 1, j + _SOURCE_MAX)):
            if s.toks[k].text in _PUNCT:
                break
            after = s.toks[k + 1]
            if s.low(k) == "to" and after.text.islower() and after.lower not in w.determiners:
                return k
    if s.toks[j].text[:1].isupper() and s.low(j) not in w.first_person:
        while j < n and s.toks[j].text[:1].isupper():
            j += 1
        return j
    if s.low(j) in w.determiners:
        for k in range(j + 1, min(n, j + 5)):
            if s.toks[k].text in _PUNCT:
                return k
            if s.low(k) in w.determiners or s.low(k) in w.pronouns or s.low(k) in w.prepositions:
                return k
        return min(n, j + 2)
    return j


def _clip_to_quote(s: _Sent, d: _Draft) -> None:
    """'“I told him, ‘Don’t go,’ ” his mother said': words reported inside a quote end
    with it; what follows the quote is the writer's again."""
    if d.cue is None or d.content is None:
        return
    q = s.quote_at(d.cue[0])
    if q is not None and q[0] < d.cue[0] and d.content[0] < q[1] - 1 < d.content[1]:
        d.content = _strip_quotes(s.text, d.content[0], q[1] - 1)


def _appositive(s: _Sent, floor: int, comma: int) -> bool:
    """'Mr Smith, the opposition leader, accused ...': two short stretches in commas, no quote."""
    parts = [k for k in range(floor, comma) if s.toks[k].text == ","]
    if len(parts) != 1 or comma - floor > _SOURCE_MAX:
        return False
    return not any(t.text in OPEN_QUOTES + CLOSE_QUOTES for t in s.toks[floor:comma])


def _quote_then_source(
    s: _Sent, comma: int, phrases: list[_Phrase]
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """'“...,” the mayor of Faenza, Massimo Isola, told RAI': a quote, then a source in commas."""
    toks = s.toks
    k = comma - 1
    while k >= 0 and toks[k].text not in CLOSE_QUOTES and comma - k <= _NAMED_SOURCE_MAX + 2:
        # a reporting word after a determiner is a noun ('one of the states suing ...')
        verb = toks[k].lemma in s.w.verbs and toks[k].text.islower()
        if verb and s.low(k - 1) not in s.w.determiners:
            return None
        k -= 1
    if k < 0 or toks[k].text not in CLOSE_QUOTES:
        return None
    first = k + 1
    if first < comma and toks[first].text == ",":
        first += 1
    elif not (k > 0 and toks[k - 1].text == ","):
        return None
    q = s.quote_at(toks[k].start)
    if q is None or first >= comma:
        return None
    if comma - first > _SOURCE_MAX and not toks[first].text[:1].isupper():
        return None  # a long description follows a name ('Ana Ruiz, a fellow at ...')
    last = comma
    for k in range(first + 1, comma):
        if toks[k - 1].text == "," and s.low(k) in s.w.relatives:
            last = k - 1  # 'one resident, who did not want to be named, told the Herald'
            break
    return _cut_at_links(s, first, last, phrases), _inner(s.text, q)


def _rest_of_sentence(s: _Sent, d: _Draft, k: int, phrases: list[_Phrase]) -> None:
    """'The talks, diplomats say, could start in January': the claim goes on after the source."""
    toks = s.toks
    if d.more or k >= len(toks) - 1 or toks[k].text != ",":
        return
    if toks[k + 1].text in OPEN_QUOTES or toks[k + 1].lemma in s.w.verbs:
        return
    if toks[k + 1].lower in s.w.clause_openers:
        return  # '..., officials said, as rescuers searched ...': the writer's own clause
    if any(p.first == k + 1 for p in phrases):
        return
    start, end = _trim(s.text, toks[k + 1].start, s.sent.end)
    if start < end:
        d.more.append((start, end))


def _is_tail(s: _Sent, tail: list[_Tok], lemma: str) -> bool:
    """True for what may follow a verb whose content came first: 'on Sunday', 'told reporters'."""
    w = s.w
    if not tail:
        return True
    if len(tail) > _TAIL_MAX or any(t.lower in ("that", *w.be, *w.auxiliaries) for t in tail):
        return False
    if tail[0].lower == "of":
        return True  # '“I think he'll play,” the coach said of his quarterback'
    if lemma in w.object_verbs and tail[0].text[:1].isupper():
        return True  # '..., Ruiz told The Daily Herald on Thursday': a listener, and when
    return tail[0].lower in w.after_source or (lemma in w.object_verbs and len(tail) <= 4)


def _token_after(s: _Sent, pos: int) -> int:
    return next((k for k, t in enumerate(s.toks) if t.start >= pos), len(s.toks))


def _set_off_source(
    s: _Sent, floor: int, comma: int, phrases: list[_Phrase]
) -> tuple[int, int] | None:
    """'Maria Lee, the agency's head, said': the source is everything before the last comma,
    cut before a relative clause ('The minister, who arrived on Monday, said')."""
    w = s.w
    b, e = _strip_source(s, floor, comma)
    if e <= b:
        return None
    if s.low(b) in w.prepositions:
        # 'In a statement, the club's lawyer, Ana Pires, said': the opening phrase is not hers
        opening = next((k for k in range(b, e) if s.toks[k].text == ","), e)
        b = opening + 1 if opening + 1 < e else b
    # The relative clause or the 'quoted by X' goes first: its own verbs ('who asked not
    # to be named', 'quoted by') do not make the stretch before the comma a clause.
    for k in range(b + 1, e):
        if s.toks[k - 1].text == "," and (s.low(k) in w.relatives or s.low(k).endswith("ing")):
            e = k - 1
            break
        if s.toks[k].text in w.relatives:
            e = k  # 'Sen. Ellison, a Republican who wrote the bill, said': cut at 'who'
            break
    # 'Ana Ruiz, a senior fellow at the institute and a former envoy to Chile, said': a
    # name may carry a long description; a stretch that opens in lower case may not.
    if e - b > (_NAMED_SOURCE_MAX if s.toks[b].text[:1].isupper() else _SOURCE_MAX + 4):
        return None
    b, e = _cut_at_links(s, b, e, phrases, tokens=True)
    if e - b > 2 and s.toks[e - 2].text == "," and s.toks[e - 1].text.isdigit():
        e -= 2  # 'Mr Patel, 62, told ...': the age is not part of the name
    if b >= e or s.low(b) in w.prepositions:
        return None  # 'Under the plan, announced on Monday, ...': a participle, no speaker
    if any(s.toks[k].lemma in w.verbs and _is_verb(s, k) for k in range(b, e)):
        return None
    return s.chars(b, e)


def _name_ends_well(s: _Sent, j: int) -> bool:
    return j >= len(s.toks) or s.is_punct(j) or s.low(j) in s.w.after_source


def _cut_at_links(
    s: _Sent, b: int, e: int, phrases: list[_Phrase], *, tokens: bool = False
) -> tuple[int, int]:
    """A source's characters (or tokens), cut before any 'quoted by X' inside it."""
    for p in phrases:
        if b < p.first < e and p.entry["role"] != "source":
            e = min(e, p.first)
    while e > b and s.is_punct(e - 1):
        if s.toks[e - 1].text == ")" and _bracket_opening(s, e - 1, b) is not None:
            break
        e -= 1
    return (b, e) if tokens else s.chars(b, e)


def _content_before(s: _Sent, comma: int, drafts: list[_Draft]) -> tuple[int, int] | None:
    """Content that ends at the comma or closing quote before a postposed source."""
    toks = s.toks
    pos = toks[comma].start
    q = s.quote_at(pos) if toks[comma].text in CLOSE_QUOTES + "," else None
    if q is None and comma > 0 and toks[comma - 1].text in CLOSE_QUOTES:
        q = s.quote_at(toks[comma - 1].start)
    if q is not None and q[1] > toks[comma].end:
        # A quote left open: it ends where the attribution starts, not at the paragraph's end.
        return _trim(s.text, q[0] + 1, pos)
    if q is not None:
        lead = _lead_in(s, q[0], drafts)
        return (lead, q[1]) if lead is not None else _inner(s.text, q)
    floor = s.sent.start
    for d in drafts:
        ends = [x[1] for x in (d.cue, d.source) if x is not None and x[1] <= pos]
        floor = max([floor, *ends])
    start, end = _trim(s.text, floor, pos)
    return (start, end) if start < end else None


def _lead_in(s: _Sent, opening: int, drafts: list[_Draft]) -> int | None:
    """'The decision “sends the wrong message,” said Rep. Dunn': the writer's words before
    the quote are part of the content, which mixes both; returns where they start."""
    floor = max(s.sent.start, _dateline_end(s.text, s.sent))
    for d in drafts:
        floor = max([floor, *(x[1] for x in (d.cue, d.source, d.content) if x and x[1] <= opening)])
    lead = s.text[floor:opening].strip()
    if len(lead.split()) < 2 or not lead[-1].isalnum():
        return None
    return _trim(s.text, floor, opening)[0]


def _first_person(s: _Sent, content: tuple[int, int]) -> bool:
    """Words in the first person with no quote marks at all: a quote whose marks were lost."""
    if _QUOTE_MARK.search(s.text, content[0], content[1]):
        return False
    words = s.text[content[0] : content[1]].lower().split()
    return any(word.strip(",.;:") in s.w.first_person for word in words[:12])


def _split_quote(s: _Sent, d: _Draft, k: int) -> None:
    """'“We are ready,” she said, “and we will go.”': the second half is the same quote."""
    if k < len(s.toks) - 1 and s.toks[k].text == "," and s.toks[k + 1].text in OPEN_QUOTES:
        q = s.quote_at(s.toks[k + 1].start)
        if q is not None:
            d.more.append(_inner(s.text, q))


def _close_contents(s: _Sent, drafts: list[_Draft], sentence_end: int) -> None:
    """End each forward-running content where the next attribution's own words begin."""
    if not drafts:
        return  # nearly half the sentences read: nothing to end
    text = s.text
    marks = {d.region for d in drafts} | {min(x[0][0], x[1][0]) for d in drafts for x in d.chain}
    stops = sorted(x for x in marks if _opens_clause(text, x))
    for d in drafts:
        if d.content is None:
            continue
        start, end = _trim(text, *d.content)
        q = s.quote_at(start)
        if (
            q is not None
            and q[0] == start
            and d.form in ("preposed", "coordinated", "phrase", "gerund", "participle")
        ):
            d.content = _inner(text, q)
            continue
        if q is None and start > 0 and text[start - 1] in OPEN_QUOTES:
            q = s.quote_at(start - 1)
            if q is not None and d.form != "postposed" and d.form != "inverted":
                d.content = _inner(text, q)
                continue
        if d.form in ("postposed", "inverted", "introduces"):
            d.content = _trim(text, start, end)
            continue
        limit = min([sentence_end, end, *(x for x in stops if x > start)])
        semicolon = text.find(";", start, limit)
        limit = limit if semicolon == -1 else semicolon
        start, limit = _trim(text, start, limit)
        next_act = _next_act().search(text, start, limit)
        if next_act is not None:
            limit = next_act.start()
        d.content = _drop_connector(s, start, limit)


def _opens_clause(text: str, pos: int) -> bool:
    """True when a comma, a semicolon or a conjunction comes just before pos."""
    before = text[max(0, pos - 12) : pos].rstrip()
    if before.endswith((",", ";", ":")):
        return True
    word = before.rpartition(" ")[2].lower()
    return word in ("and", "but", "while", "whereas", "though", "although")


def _drop_connector(s: _Sent, start: int, end: int) -> tuple[int, int]:
    words = {"and", "but", "or", "so", "yet", "while", "whereas", "though", "although"}
    while True:
        head, _, last = s.text[start:end].rpartition(" ")
        if head and last.lower() in words:
            end = _trim(s.text, start, start + len(head))[1]
            continue
        return start, end
