"""The acts that the main rule of `acts` leaves, each read by a module of its own.

'records showing ...' and 'with experts offering ...' (`records`), an act joined to a cue by
'and' (`joined`), a meeting's purpose (`purposes`) and a subject that carries a relative
clause (`relatives`). Each one sees what the ones before it found.
"""

from __future__ import annotations

from medialit.attribution.cues import _Draft
from medialit.attribution.joined import _joined_drafts
from medialit.attribution.purposes import _purpose_drafts
from medialit.attribution.records import _record_drafts
from medialit.attribution.relatives import _relative_clause_drafts
from medialit.attribution.tokens import _Sent

_RULES = (_record_drafts, _joined_drafts, _purpose_drafts, _relative_clause_drafts)


def _long_tail_drafts(s: _Sent, drafts: list[_Draft]) -> list[_Draft]:
    """Every act of the sentence that the rules of the long tail find, in their order."""
    out: list[_Draft] = []
    for find in _RULES:
        out.extend(find(s, [*drafts, *out]))
    return out
