"""Relations between a document's figures, read from how the text places them: which shares
are of one whole, which figures are the parts of a total, which two figures a ratio compares,
and what year a span of years is counted to. The numeric rules (rules/packs/numeric.yaml) do
the arithmetic on them; this module only reads the text.

Each relation names other figures by their id (``figure_id``: ``c2.q0``), as facts do.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations, pairwise
from typing import Any

from factcheck.extract.chinese import has_han
from factcheck.extract.grammar import grammar
from factcheck.extract.lookup import LexiconLookup, alternation
from factcheck.extract.numbers import parse_chinese, parse_words, written_margin
from factcheck.extract.tables import is_table_row
from factcheck.models import Claim, Quantity, QuantityKind, figure_id

AMOUNTS = (QuantityKind.COUNT, QuantityKind.CURRENCY, QuantityKind.PERCENT)
_TOTALS = (QuantityKind.COUNT, QuantityKind.CURRENCY)


@dataclass
class _Figures:
    """The document's figures in order, each with its id, and the relations found so far."""

    claims: Sequence[Claim]
    updates: dict[tuple[int, int], dict[str, Any]] = field(default_factory=dict)

    def id_of(self, claim_index: int, quantity: Quantity) -> str:
        claim = self.claims[claim_index]
        return figure_id(claim.id, _index(claim, quantity))

    def set(self, claim_index: int, quantity: Quantity, **values: Any) -> None:
        key = (claim_index, _index(self.claims[claim_index], quantity))
        self.updates.setdefault(key, {}).update(values)

    def related(self) -> list[Claim]:
        if not self.updates:
            return list(self.claims)
        claims = []
        for number, claim in enumerate(self.claims):
            quantities = tuple(
                quantity.model_copy(update=self.updates[(number, index)])
                if (number, index) in self.updates else quantity
                for index, quantity in enumerate(claim.quantities))
            claims.append(claim if quantities == claim.quantities
                          else claim.model_copy(update={"quantities": quantities}))
        return claims


def _index(claim: Claim, quantity: Quantity) -> int:
    return next(index for index, q in enumerate(claim.quantities) if q is quantity)


class _Cues:
    """The patterns relations are read with, built once per lexicon from its word lists
    (rules/lexicons/quantities.yaml)."""

    def __init__(self, lex: LexiconLookup) -> None:
        # "Another 49% …", "The remaining 12% …": a sentence's shares go on from the one before
        self.more_of_the_whole = re.compile(
            rf"^(?:\W*\w+\W+){{0,3}}?(?:{lex.alternation('whole_continuations')})\s+(?:\w+\s+)?$",
            re.IGNORECASE)
        # "61%, up from 55%", "compared with 55%": an earlier or other value, not a part
        self.compared = re.compile(
            rf"\b(?:{lex.alternation('other_value_links')})\s+(?:\w+\s+)?$", re.IGNORECASE)
        # "120 cases, of which …", "… is split between …": the parts of the total before it
        self.parts_cue = re.compile(rf"(?<!\w){lex.starting('parts_cues')}"
                                    rf"(?:{lex.alternation('parts_cues')})(?!\w)"
                                    rf"|{lex.alternation('parts_cues', chinese=True)}",
                                    re.IGNORECASE)
        # "…; the other eight voted to hold": the rest of a whole a part of it was named of
        self.rest_before = re.compile(rf"\b(?:{lex.alternation('whole_continuations')})\s+$",
                                      re.IGNORECASE)
        # "By county, the membership is made up of …", "The homes comprise …": a whole named
        # again by a definite noun phrase, its figure stated in an earlier sentence
        self.named_whole = re.compile(
            rf"^(?:[^,;]{{0,40}},\s*)?(?:{alternation(lex.amount_determiners)})\s+"
            rf"(?P<phrase>(?:[\w'’-]+\s+){{0,3}}?(?P<head>[^\W\d][\w'’-]*))\s+"
            rf"(?:(?:{lex.alternation('verb_openers')})\s+)*$", re.IGNORECASE)
        # "52,000, up from 47,000", "against 2.8 million": an earlier value, not the amount
        self.earlier_value = re.compile(
            rf"\b(?:{lex.alternation('earlier_links')})\s+(?:\w+\s+)?$", re.IGNORECASE)
        # "That is a reduction of 35%": the change of the sentence before's "from A to B"
        self.change_reference = re.compile(
            rf"\W*(?:{lex.alternation('change_references')})\b", re.IGNORECASE)
        # "from 40 weeks to 30 weeks": the endpoints of a change, between two figures
        self.from_before = re.compile(r"\bfrom\s+$", re.IGNORECASE)
        self.to_between = re.compile(r"(?:\s+[^\W\d][\w-]*)?\s+to\s+$", re.IGNORECASE)
        # "Of them, 80 …": the parts of the sentence before's total
        self.parts_of_the_last = re.compile(
            rf"\W*(?:of|among)\s+(?:{lex.alternation('total_references')})\b", re.IGNORECASE)
        # ", and the hospital has 400 beds": a clause of its own after a list's parts, with a
        # subject and a verb before its figure, says no more of the list's total
        self.new_clause = re.compile(
            rf"(?:[,;]|\b(?:and|but|while|whereas)\b)\s+(?:and\s+)?"
            rf"(?:{lex.alternation('determiners')})\s+(?:[\w'’-]+\s+){{1,3}}?"
            rf"(?:{_VERBISH.pattern})\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE)
        # "Of every dollar …, 41% goes to …", "Among voters, …", "In a poll of 1,200 voters,
        # …": an opening that names the whole its shares are of, and "54% of voters" after one
        self.names_a_whole = re.compile(
            rf"^\W*(?:of|{lex.alternation('group_scope_openers')}|"
            rf"{lex.alternation('place_scope_openers')})\s", re.IGNORECASE)
        self.of_after = re.compile(r"\s+of\s", re.IGNORECASE)
        # "19 of those night discharges", "24 of the 27 patients": a part of a part, not
        # another part of the total
        self.subset_after = re.compile(
            rf"\s+of\s+(?:(?:{lex.alternation('total_references')})\b|the\s+\d)",
            re.IGNORECASE)
        # "…; of those, 210 accepted": a part of the part before
        self.subset_before = re.compile(
            rf"[,;]\s*(?:of|among)\s+(?:{lex.alternation('total_references')})\b[^.;]*$",
            re.IGNORECASE)
        # "38 more than a year ago": a difference, not a total
        self.difference = re.compile(rf"\s*(?:{lex.alternation('comparatives_after')})\b",
                                     re.IGNORECASE)
        # "52% back the plan and 45% oppose it": choices that divide one whole
        self.choice_verbs = frozenset(form for verb in lex.words("whole_verbs")
                                      for form in (verb, f"{verb}s", f"{verb}ed", f"{verb}d"))
        # "Respondents could choose more than one reason": shares that may overlap
        self.overlap_note = re.compile(rf"\b(?:{lex.alternation('overlap_notes')})(?!\w)",
                                       re.IGNORECASE)
        self.speech_verbs = lex.words("speech_verbs")
        self.prepositions = lex.words("prepositions")
        self.answers = lex.words("answer_words")
        self.determiners = lex.amount_determiners
        self.opposite_prefixes = lex.words("opposite_prefixes")
        # the last words of the lexicon's negations: "not", "never", "didn't"
        self.denials = frozenset(phrase.split()[-1] for phrase in lex.words("negations"))
        # "doubled", "almost tripled": a change of one thing, whose sides are its endpoints
        self.ratio_verbs = frozenset(grammar(lex).ratio_verbs)
        # "grew three times faster": a ratio of rates, not of the figures
        self.rate = re.compile(rf"\s*(?:{lex.alternation('rate_comparatives')})\b",
                               re.IGNORECASE)
        # "Tourists accounted for 35%": a part's share of a whole named before
        self.part_verb_before = re.compile(
            rf"\b(?:{lex.alternation('part_verbs')})\s+(?:for\s+)?$", re.IGNORECASE)
        # "over three years": how long, which stands between a ratio and its amount
        self.time_units = lex.words("time_words")
        # "per 100ml", "for every 100 residents": a rate's denominator, no side of a ratio
        # (an article is no rate word before a figure: "a 500-seat hall")
        rates = [word for word in lex.words("rate_words") if len(word) > len("an")]
        self.per_before = re.compile(rf"\b(?:{alternation(rates)})\s+\Z", re.IGNORECASE)


def relate(claims: Sequence[Claim], lex: LexiconLookup,
           document_year: int | None = None) -> list[Claim]:
    """``claims`` with the relations of their figures filled in (``whole``, ``part_of``,
    ``ratio_of`` and ``ratio_to``, ``elapsed``): the claims that have none are returned as
    they are. ``document_year``: the article's date, which "N years since" is counted to
    when its sentence names no other year."""
    figures = _Figures(claims)
    cues = lex.derived(_Cues)
    _shares_of_one_whole(figures, cues)
    _parts_of_totals(figures, cues)
    _changes_of_the_sentence_before(figures, cues)
    _ratio_sides(figures, cues)
    _elapsed_years(figures, document_year, lex)
    return figures.related()


def _normal(text: str | None) -> str:
    return re.sub(r"('s|’s)$", "", (text or "").lower()).strip(" .,;:'\"")


def _same_measure(a: Quantity, b: Quantity) -> bool:
    return a.kind == b.kind and (a.unit or "") == (b.unit or "")


# --- shares of one whole -------------------------------------------------------------------

# "…, and non-fiction 47%": a conjunction and the name of the other part, with no verb; "58%
# of members backed it while 47% opposed it": a conjunction alone, the same members.
_ELLIPSIS = re.compile(r"(?:,\s*|\s)(?:and|while|whereas|but)\s+(?!(?:the|a|an)\b)"
                       r"(?:[^\W\d][\w'’-]*\s+){0,3}$", re.IGNORECASE)
_VERBISH = re.compile(r"[a-z]{2,}ed|is|are|was|were|has|have|had|said|says|did|do|does",
                      re.IGNORECASE)


def _shares_of_one_whole(figures: _Figures, cues: _Cues) -> None:
    """Shares of one claim are of one whole when they name one metric or none ("90% of
    refining, 60% of mining" are of two); a claim that opens with "another" or "the
    remaining" adds its shares to the whole of the claims before, or, when its shares name their
    whole ("A further 43% of the practices surveyed …"), to the latest shares of that whole a
    few claims before. A whole is named by the id of the claim its shares start in."""
    # The shares of the whole the claim before ended with (its own, or a chain of claims that
    # each went on from the one before), their metrics, and the whole's name once they are two.
    group: list[tuple[int, Quantity]] = []
    group_metrics: set[str] = set()
    whole: str | None = None
    # the latest shares of each whole named, and their whole's name once they are two
    named_wholes: dict[str, tuple[list[tuple[int, Quantity]], str | None]] = {}
    for number, claim in enumerate(figures.claims):
        if group and len(group_metrics) == 1:
            named_wholes[next(iter(group_metrics))] = (group, whole)
        if is_table_row(claim.text):
            group, whole = [], None  # a table's row: its cells are columns, not parts of one
            continue
        # (a percentage of a reference level, "59% of that level", or a rate is no share)
        shares = [q for q in claim.quantities if q.kind is QuantityKind.PERCENT and q.value > 0
                  and q.unit == "%"
                  and not cues.compared.search(claim.text[:q.span.start - claim.span.start])]
        own = [(number, q) for q in shares]
        wholes_named = {_whole_of(q) for q in shares if q.metric}
        if len(wholes_named) == 1 and not wholes_named <= group_metrics and (
                cues.more_of_the_whole.search(
                claim.text, 0, shares[0].span.start - claim.span.start)):
            # "Some 64% of the practices surveyed … (other figures) … A further 43% of the
            # practices surveyed …": the shares of that whole stated last go on here
            earlier = named_wholes.get(next(iter(wholes_named)))
            if earlier is not None and number - earlier[0][-1][0] <= RESTATED_WITHIN:
                group, whole = earlier
                group_metrics = set(wholes_named)
        # "Children made up 22% of visitors. Tourists accounted for 35%.": parts whose whole
        # the claim before named
        parts_of_the_whole_before = bool(shares) and len(group_metrics) == 1 and next(
            iter(group_metrics)).startswith("of ") and all(
            _part_of_an_unnamed_whole(claim, q, cues) for q in shares)
        continued = bool(shares) and bool(group) and (cues.more_of_the_whole.search(
            claim.text, 0, shares[0].span.start - claim.span.start) is not None
            or parts_of_the_whole_before)
        if continued:  # "The remaining 40%" names no whole: it is the one before
            metrics = group_metrics | {_whole_of(q) for q in shares
                                       if q.metric and not parts_of_the_whole_before}
            size = len(group) + len(own)
        else:  # an elliptical share ("…, and non-fiction 47%") is of the whole before it
            metrics = {_whole_of(q) for q in _elided(claim, shares)}
            size = len(own)
        if size < 2 or len(metrics if not continued else (metrics or {""})) > 1 or (
                not continued and metrics == {""} and not _whole_named(claim, shares, cues)) or (
                not continued and len(_places(claim, shares)) > 1) or (
                not continued and (_separate_findings(claim, shares, cues)
                                   or _overlap_noted(figures.claims, number, cues))):
            group, whole = own, None
            group_metrics = {_whole_of(q) for q in shares if q.metric}
            continue
        if continued and whole:  # the shares before carry the whole already
            named = own
        else:
            named = [*group, *own] if continued else own
            whole = figures.claims[named[0][0]].id
        for claim_number, share in named:
            figures.set(claim_number, share, whole=whole)
        if continued:
            group.extend(own)  # a chain of "another …" claims grows by what each adds
            group_metrics = metrics
        else:
            group = own
            group_metrics = {_whole_of(q) for q in shares if q.metric}


def _places(claim: Claim, shares: Sequence[Quantity]) -> set[str]:
    """The places the claim's shares are of, as its clauses name them ("In Dunmere, 59% …; in
    the Vale, 52% …"): two are two wholes. (An actor a share is given to is a choice of one
    whole: "54% for Okafor, 41% for Lindqvist".)"""
    actors = {actor.id for actor in claim.actors}
    return {q.subject for q in shares if q.subject and q.subject not in actors}


def _part_of_an_unnamed_whole(claim: Claim, share: Quantity, cues: _Cues) -> bool:
    """A share after one of ``part_verbs`` with no "of" phrase of its own: "Tourists accounted
    for 35%", "… and the shop for 24%"."""
    start, end = share.span.start - claim.span.start, share.span.end - claim.span.start
    return share.predicate is None and cues.part_verb_before.search(
        claim.text, max(0, start - 40), start) is not None and not cues.of_after.match(
        claim.text, end)


def _whole_of(share: Quantity) -> str:
    """What shares are grouped by: a part's whole ("postal votes made up 38% of ballots", "…,
    and in-person votes 62%": of ballots), else the metric ("58% of voters": voters)."""
    if share.predicate and share.predicate.startswith("of "):
        return _normal(share.predicate)
    return _normal(share.metric)


def _whole_named(claim: Claim, shares: Sequence[Quantity], cues: _Cues) -> bool:
    """Shares that name no metric are of one whole only when the claim names it: "Of every
    dollar, 41% … 33% …", "54% of voters …"; "He shot 47% from the field, 39% from three-point
    range" are rates of different things."""
    if has_han(claim.text):
        return True  # (Chinese names its wholes in ways these cues do not read)
    return cues.names_a_whole.match(claim.text) is not None or any(
        cues.of_after.match(claim.text, share.span.end - claim.span.start) for share in shares)


# Where a share's own predicate ends: at a clause's punctuation or conjunction.
_PREDICATE_END = re.compile(r"[,;:.]|\b(?:and|but|while|whereas)\b", re.IGNORECASE)
_PREDICATE_WORD = re.compile(r"[^\W\d][\w'’-]*")
OWN_WORDS = 2  # an option ("backed Smith", "said they would vote Labour") differs in fewer


def _separate_findings(claim: Claim, shares: Sequence[Quantity], cues: _Cues) -> bool:
    """Shares that each state a different finding may hold of one person at once, so they are
    not parts of one whole: "51% got enough sleep and 63% met the screen-time limit", "61%
    cited higher costs and 47% cited new rules", "71% reported that pupils were calmer and 64%
    said there was less bullying". Any two predicates, after the words they begin with alike
    (and a verb of speech), keep ``OWN_WORDS`` words or more of their own, more in one of them,
    starting with different words that are none of the lexicon's ``whole_verbs`` or
    ``prepositions``: "52% support the plan and 45% oppose it", "52% backed Smith and 55%
    backed Jones", "54% said they would vote for Okafor, 41% for Lindqvist", "71% ran Android
    and 33% were iPhones" divide one whole."""
    predicates: list[list[str]] = []
    for index in range(len(shares)):
        predicate = _predicate(claim, shares, index, cues)
        if predicate is None:
            return False  # a share with no predicate of its own ("58% of the vote")
        predicates.append(predicate)
    return all(_apart(a, b, cues) for a, b in combinations(predicates, 2))


def _apart(a: list[str], b: list[str], cues: _Cues) -> bool:
    shared = 0
    while shared < min(len(a), len(b)) and a[shared] == b[shared]:
        shared += 1
    own_a, own_b = a[shared:], b[shared:]
    if len(own_a) == len(own_b) == 1 and own_a != own_b:
        # "64% were overweight and 41% were obese", "60% drink and 50% smoke": two states one
        # person may be in at once; "voted yes … voted no", "satisfied … dissatisfied" are
        # answers to one question
        return not _one_question(own_a[0], own_b[0], cues)
    if min(len(own_a), len(own_b)) < OWN_WORDS or max(len(own_a), len(own_b)) <= OWN_WORDS:
        return False
    if _only_denies(own_a, cues) or _only_denies(own_b, cues):
        return False  # "64% trusted the police, while 41% did not": the other side
    firsts = {own_a[0], own_b[0]}
    return not (firsts & cues.choice_verbs or firsts & cues.prepositions)


def _one_question(a: str, b: str, cues: _Cues) -> bool:
    """Whether two one-word predicates answer one question: choices (``whole_verbs``),
    ``answer_words``, a preposition ("for", "against"), or one the other with an
    ``opposite_prefixes`` prefix ("likely", "unlikely")."""
    words = {a, b}
    if has_han(a + b):
        return True  # (Chinese predicates are not read word by word)
    return bool(words & cues.choice_verbs or words & cues.answers or words & cues.prepositions
                or any(x == f"{prefix}{y}" for x, y in ((a, b), (b, a))
                       for prefix in cues.opposite_prefixes))


def _only_denies(words: list[str], cues: _Cues) -> bool:
    """Whether a predicate only denies the one before it: "did not", "won't", "never"."""
    return 0 < len(words) <= 2 and words[-1].replace("’", "'") in cues.denials


def _predicate(claim: Claim, shares: Sequence[Quantity], index: int, cues: _Cues
               ) -> list[str] | None:
    """The words of what a share does or says, lower-cased, without a leading verb of speech
    and "that", and after the "of" phrase that names its whole ("of adults were obese"); None
    when an "of" phrase with nothing after it follows the share instead ("58% of the vote")."""
    share = shares[index]
    if share.predicate:
        words = share.predicate.split()
    else:
        end = shares[index + 1].span.start if index + 1 < len(shares) else claim.span.end
        after = claim.text[share.span.end - claim.span.start:end - claim.span.start]
        words = [word.lower() for word in
                 _PREDICATE_WORD.findall(_PREDICATE_END.split(after, 1)[0])]
    if words and words[0] == "of":
        words = _after_the_whole(words, share.metric, cues.determiners)
        if not words:
            return None
    if words and words[0] in cues.speech_verbs:
        words = words[2:] if words[1:2] == ["that"] else words[1:]
    return words


def _after_the_whole(words: list[str], metric: str | None, determiners: frozenset[str]
                     ) -> list[str]:
    """The words after "of", its determiner and the share's metric as its words are written
    ("of the adults were obese": "were obese"); none when the metric does not follow."""
    named = (metric or "").split()
    start = 2 if words[1:2] and words[1] in determiners else 1
    if not named or words[start:start + len(named)] != named:
        return []
    return words[start + len(named):]



def _overlap_noted(claims: Sequence[Claim], number: int, cues: _Cues) -> bool:
    """The claim, or the one after it, notes that its shares may overlap (``overlap_notes``)."""
    return any(cues.overlap_note.search(claim.text) for claim in claims[number:number + 2])


def _elided(claim: Claim, shares: Sequence[Quantity]) -> list[Quantity]:
    """The shares, each without a whole of its own that stands in an ellipsis after the share
    before it in the claim ("…, and non-fiction 47%") given that share's whole and period."""
    read: list[Quantity] = []
    for share in shares:
        before = read[-1] if read else None
        if (before is not None and share.metric is None and before.metric is not None
                and share.period == before.period and before.span.end <= share.span.start
                and _elliptical(claim.text[before.span.end - claim.span.start:
                                           share.span.start - claim.span.start])
                and not _own_condition(claim, share, before.metric)):
            share = share.model_copy(update={"metric": before.metric,
                                             "predicate": before.predicate})
        read.append(share)
    return read


def _own_condition(claim: Claim, share: Quantity, metric: str) -> bool:
    """The share names a condition of its own where the one before named one with the same
    preposition: "94% of readings during steady running, and 81% during intervals" are of
    two wholes."""
    after = _CONDITION_AFTER.match(claim.text, share.span.end - claim.span.start)
    return after is not None and f" {after.group(1).lower()} " in f" {metric} "


# A preposition right after a share that opens a condition of its own.
_CONDITION_AFTER = re.compile(r"\s+(during|in|at|among|under|on|for|when|while)\s",
                              re.IGNORECASE)


def _elliptical(between: str) -> bool:
    gap = _ELLIPSIS.search(between)
    return gap is not None and not any(_VERBISH.fullmatch(word.strip(",")) for word in
                                       gap.group().split()[1:])


# --- parts of a total ----------------------------------------------------------------------

# "Of the 60 seats, A won 34 and B 29", "Of 500 applicants, …": the total opens the sentence,
# its parts follow.
_OF_THE_TOTAL = re.compile(r"\W*(?:of|out\s+of)\s+(?:(?:the|its|their|all)\s+)?", re.IGNORECASE)
# "310 species: 200 insects, 90 birds and 45 mammals": a total, at most four words naming it,
# then a colon and the list of its parts.
_COLON_LIST = re.compile(r"(?:\s+[^\W\d][\w'’-]*){0,4}:\s+(?=\S)")
_NEXT_ITEM = re.compile(r"(?:\s+[^\W\d][\w'’-]*){1,3}\s*(?:,\s*(?:and\s+)?|and\s+)",
                        re.IGNORECASE)
# Between two parts of a list stands a comma, a semicolon or a conjunction; a figure with none
# before it qualifies the part before ("80 were over 75", "55 were children under 12": ages).
_BETWEEN_PARTS = re.compile(r"[,;]|\b(?:and|or|while|whereas|but)\b|其中|[，、；]", re.I)


def _parts_of_totals(figures: _Figures, cues: _Cues) -> None:
    """Parts stated after a total: "120 cases, of which 80 … and 50 …", "120 cases. Of them,
    80 … and 50 …", "Of the 60 seats, A won 34 and B 29", "$4.5m is split between …", a
    colon list ("310 species: 200 insects, 90 birds and 45 mammals"), and a next sentence that
    goes on with them ("Of the 40 wards, 12 met it. The other 30 …": ``whole_continuations``)."""
    last: tuple[int, Quantity, str] | None = None  # the claim whose parts were read last
    for number, claim in enumerate(figures.claims):
        earlier = figures.claims[number - 1] if number else None
        counts = [q for q in claim.quantities if q.kind in _TOTALS]
        if counts and last is not None and last[0] == number - 1 and (
                cues.more_of_the_whole.search(
                    claim.text, 0, counts[0].span.start - claim.span.start)) and (
                _same_measure(last[1], counts[0]) or counts[0].unit is None):
            # "Of them, 380 are primary schools. A further 40 are secondary schools."
            figures.set(number, counts[0], part_of=last[2])
            last = (number, last[1], last[2])
            continue
        of_its_total: Quantity | None = None
        of_the_last = cues.parts_of_the_last.match(claim.text) if earlier is not None else None
        of_the_total = _OF_THE_TOTAL.match(claim.text)
        if of_the_total and (not counts or counts[0].span.start - claim.span.start
                             != of_the_total.end()):
            of_the_total = None  # the total's figure follows "of the" ("of the nine members")
        if len(counts) < (1 if of_the_last else 2):
            continue  # the parts of a total are two figures of this claim, at least
        cue = cues.parts_cue.search(claim.text)
        colon = None if cue is not None else _colon_list(claim, counts)
        total_claim = number
        restated: tuple[int, Quantity] | None = None
        if colon is not None:
            totals, parts = counts[colon:colon + 1], counts[colon + 1:]
        elif cue is not None:
            cue_at = claim.span.start + cue.start()
            totals = [q for q in counts if q.span.end <= cue_at]
            parts = _before_a_new_clause(claim, [q for q in counts if q.span.start >= cue_at],
                                         cues)
            named = cues.named_whole.match(claim.text, 0, cue.start()) if not totals else None
            restated = _named_earlier(figures, number, named.group("phrase"), parts, cues) if (
                named and parts) else None
            if restated is not None:  # "The homes comprise 420 …": the 860 homes stated before
                total_claim, total = restated
                totals = [total]
        elif of_the_total:  # "Of the 40 wards, 12 met the target": one part, or more
            # (up to a clause of its own: "…; the ferry carried 15 more passengers")
            totals, parts = counts[:1], _before_a_new_clause(claim, counts[1:], cues)
        elif (inline := _a_part_then_the_rest(claim, counts, cues)) is not None:
            totals, parts = inline
            of_its_total = parts[0]  # "Three of the 11 judges": of this total, no subset
        elif of_the_last and earlier is not None:
            opening = [q for q in counts
                       if q.span.start - claim.span.start <= of_the_last.end() + 1]
            if opening:  # "Of those 331,000 households, about 19,000 …": the total restated
                totals, parts = opening, [q for q in counts if q not in opening]
            else:
                totals = [q for q in earlier.quantities if q.kind in _TOTALS]
                parts, total_claim = counts, number - 1
        else:
            continue
        one_part = (total_claim != number and restated is None) or of_the_total is not None
        if not totals or len(parts) < (1 if one_part else 2):
            continue
        if total_claim == number:
            # "120 cases, of which …": the figure the cue follows, but not a difference ("1,146
            # stores, 38 more than a year ago, of which …")
            start = claim.span.start
            totals = [q for q in totals
                      if not cues.difference.match(claim.text, q.span.end - start)] or totals
            total = totals[-1]
        else:  # "1,200 patients at 40 hospitals. Of those, …": what the parts count, or the first
            units = {q.unit for q in parts if q.unit}
            total = next((q for q in totals if q.unit in units), totals[0])
        # A colon list names the kinds of its parts ("200 insects" of "310 species"); "25, up
        # from 11": an earlier value of a part is none.
        parts = _before_a_subset(claim, parts, cues)
        parts = [q for q in _listed(claim, parts) if (
            _same_measure(total, q) or q.unit is None
            or (colon is not None and q.kind is total.kind)) and not cues.earlier_value.search(
                claim.text, 0, q.span.start - claim.span.start)
            and (q is of_its_total
                 or not cues.subset_after.match(claim.text, q.span.end - claim.span.start))]
        if len(parts) < (1 if one_part else 2):
            continue
        of = figures.id_of(total_claim, total)
        for part in parts:
            figures.set(number, part, part_of=of)
        last = (number, total, of)


# How many sentences back the figure of a whole named again ("the homes") is looked for.
RESTATED_WITHIN = 8
# How much of the phrase's head a sentence must write to name it ("member" of "membership").
_STEM = 6


def _named_earlier(figures: _Figures, number: int, phrase: str, stated: Sequence[Quantity],
                   cues: _Cues, same_time: bool = True) -> tuple[int, Quantity] | None:
    """The amount a definite noun phrase names again in sentence ``number``, whose figures
    ``stated`` are its parts or what a ratio compares it with ("The homes comprise 420 …, 260 …
    and 230 …" after "860 homes"; "Those pre-orders are four times the 150,000 …" after
    "Pre-orders … reached 450,000"): in the latest sentence before with one, the first amount
    whose unit is the phrase's head, or of the kind and unit of ``stated`` in a sentence that
    writes each word of the phrase ("240 member farms" for "the membership is made up of 112
    farms …"; "the UK's haddock quota … 62,000 tonnes", not "the cod quota … 19,000 tonnes",
    for "the UK quota will be shared between …, 41,200 tonnes …"). A change, an earlier value
    ("up 14% from 54,400 tonnes", "up from 47,000") and a part of a total are none, nor, with
    ``same_time`` (parts are of their whole's time; a ratio may compare two times), a figure
    of another time than ``stated``."""
    words = phrase.lower().split()
    period = next((q.period for q in stated if q.period), None) if same_time else None
    head = words[-1]
    named = [re.compile(rf"\b{re.escape(word[:_STEM])}", re.IGNORECASE) for word in words]
    kind = stated[0].kind
    unit = next((q.unit.lower() for q in stated if q.unit), "")
    for back in range(number - 1, max(-1, number - 1 - RESTATED_WITHIN), -1):
        claim = figures.claims[back]
        earlier_values = {q.change_from for q in claim.quantities if q.change_from is not None}
        for index, q in enumerate(claim.quantities):
            if q.kind not in _TOTALS or q.direction is not None or q.value in earlier_values or (
                    period and q.period and q.period != period) or (
                    "part_of" in figures.updates.get((back, index), {})) or (
                    cues.earlier_value.search(claim.text, 0, q.span.start - claim.span.start)):
                continue
            counted = (q.unit or "").lower()
            if (counted and counted.removesuffix("s") == head.removesuffix("s")) or (
                    q.kind is kind and counted == unit
                    and all(word.search(claim.text) for word in named)):
                return back, q
    return None


def _before_a_subset(claim: Claim, parts: list[Quantity], cues: _Cues) -> list[Quantity]:
    """The parts before one that a clause opens as a part of the part before it ("320 were
    offered places; of those, 210 accepted")."""
    for index in range(1, len(parts)):
        if cues.subset_before.search(claim.text, parts[index - 1].span.end - claim.span.start,
                                     parts[index].span.start - claim.span.start):
            return parts[:index]
    return parts


def _a_part_then_the_rest(claim: Claim, counts: Sequence[Quantity], cues: _Cues
                          ) -> tuple[list[Quantity], list[Quantity]] | None:
    """"Two of the nine members voted for a cut; the other eight voted to hold": a part of a
    total named after it, and what the rest of it did (``whole_continuations``)."""
    start = claim.span.start
    for part, total in pairwise(counts):
        if not _OF_A_TOTAL.fullmatch(claim.text, part.span.end - start, total.span.start - start):
            continue
        rest = [q for q in counts if q.span.start > total.span.end and cues.rest_before.search(
            claim.text, max(0, q.span.start - start - 20), q.span.start - start)]
        return ([total], [part, *rest]) if rest else None
    return None


_OF_A_TOTAL = re.compile(r"\s+of\s+(?:the|its|their)\s+", re.IGNORECASE)


def _before_a_new_clause(claim: Claim, parts: list[Quantity], cues: _Cues) -> list[Quantity]:
    """The parts after a cue up to a clause of their own ("30 beds, including 6 for
    children, and the hospital has 400 beds": 6 is a part, 400 another total)."""
    for index in range(1, len(parts)):
        between = claim.text[parts[index - 1].span.end - claim.span.start:
                             parts[index].span.start - claim.span.start]
        if cues.new_clause.search(between):
            return parts[:index]
    return parts


def _colon_list(claim: Claim, counts: Sequence[Quantity]) -> int | None:
    """The index of the total a colon list follows: right after the colon, two or more items of
    a figure and the noun it counts, joined by commas and "and"."""
    start = claim.span.start
    for index, total in enumerate(counts[:-2]):
        colon = _COLON_LIST.match(claim.text, total.span.end - start)
        if colon is None or colon.end() != counts[index + 1].span.start - start:
            continue
        items = counts[index + 1:]
        if all(item.unit for item in items) and all(
                _NEXT_ITEM.fullmatch(claim.text, a.span.end - start, b.span.start - start)
                for a, b in pairwise(items)):
            return index
    return None


def _listed(claim: Claim, parts: Sequence[Quantity]) -> list[Quantity]:
    """The parts that are items of the list: a figure with no comma or conjunction between it
    and the part before qualifies that part ("80 were over 75"). None when the items are of two
    dimensions: one is a band of the qualifying figure alone ("410 were over 65") while another
    has no figure ("330 were women"); a person may be in both ("55 were children under 12" is
    a category with its band, of one dimension with "40 were adults")."""
    kept: list[Quantity] = []
    qualified: set[int] = set()
    banded = False
    for part in parts:
        if kept:
            between = claim.text[kept[-1].span.end - claim.span.start:
                                 part.span.start - claim.span.start]
            if not _BETWEEN_PARTS.search(between):
                qualified.add(len(kept) - 1)
                banded = banded or len(between.split()) <= 1  # "410 were over 65"
                continue
        kept.append(part)
    return [] if banded and len(qualified) < len(kept) else kept


# --- a change stated of the sentence before ---------------------------------------------

_CHANGES = (QuantityKind.PERCENT_CHANGE, QuantityKind.POINTS)


def _changes_of_the_sentence_before(figures: _Figures, cues: _Cues) -> None:
    """"… cut the median wait from 40 weeks to 30 weeks. That is a reduction of 35%": a change
    with no endpoints of its own, in a sentence that opens by referring back
    (``change_references``), gets those of the one "from A to B" of the sentence before, if
    that sentence states no change of its own."""
    for number, claim in enumerate(figures.claims[1:], start=1):
        changes = [q for q in claim.quantities if q.kind in _CHANGES and q.change_from is None]
        if len(changes) != 1 or not cues.change_reference.match(claim.text):
            continue
        earlier = figures.claims[number - 1]
        if any(q.kind in _CHANGES for q in earlier.quantities):
            continue
        pairs = [(a, b) for a, b in pairwise(earlier.quantities)
                 if _same_measure(a, b) and a.kind in _TOTALS and _from_to(earlier, a, b, cues)]
        if len(pairs) != 1:
            continue
        (start, end), change = pairs[0], changes[0]
        figures.set(number, change, change_from=start.value, change_to=end.value,
                    change_from_margin=written_margin(start.text, start.value),
                    change_to_margin=written_margin(end.text, end.value))


def _from_to(claim: Claim, a: Quantity, b: Quantity, cues: _Cues) -> bool:
    """Whether the claim writes "from A to B" ("from 40 weeks to 30 weeks")."""
    start = claim.span.start
    return cues.from_before.search(claim.text, 0, a.span.start - start) is not None and (
        cues.to_between.match(claim.text[:b.span.start - start], a.span.end - start) is not None)


# --- the two sides of a ratio --------------------------------------------------------------



def _ratio_sides(figures: _Figures, cues: _Cues) -> None:
    """A: the amount just before the ratio; B: one just after it, or the compared side stated
    elsewhere with the same unit ("twice China's" and "China … 1,000 items"). A ratio of rates
    ("grew three times faster") and a change ("doubled from A to B", "tripled to X") have no
    sides here."""
    # The amounts of the document by whose they are and what they count: the other side of
    # "twice China's" is looked up, not searched for (a hostile article has thousands of both).
    amounts: dict[tuple[str, QuantityKind, str], list[tuple[int, Quantity]]] = {}
    for number, claim in enumerate(figures.claims):
        for q in claim.quantities:
            if q.kind in AMOUNTS and q.subject:
                amounts.setdefault((_normal(q.subject), q.kind, q.unit or ""), []).append(
                    (number, q))
    for number, claim in enumerate(figures.claims):
        for ratio in claim.quantities:
            if ratio.kind is not QuantityKind.RATIO or ratio.change_from is not None or (
                    ratio.ratio_phrase in cues.ratio_verbs):
                continue  # "EBITDA almost tripled to $4.8bn": no figure before it is a side
            if cues.rate.match(claim.text, ratio.span.end - claim.span.start):
                continue
            sides = _sides(number, claim, ratio, amounts, cues) or _restated_side(
                figures, number, claim, ratio, cues) or _other_of_its_unit(
                figures, number, claim, ratio)
            if sides is not None:
                (a_claim, a), (b_claim, b) = sides
                figures.set(number, ratio, ratio_of=figures.id_of(a_claim, a),
                            ratio_to=figures.id_of(b_claim, b))


def _restated_side(figures: _Figures, number: int, claim: Claim, ratio: Quantity, cues: _Cues
                   ) -> tuple[tuple[int, Quantity], tuple[int, Quantity]] | None:
    """"Those pre-orders are four times the 150,000 …": A is the amount the noun phrase
    before the ratio names again, stated in a sentence before (``_named_earlier``); B the
    amount right after the ratio."""
    start = ratio.span.start - claim.span.start
    named = cues.named_whole.match(claim.text, 0, start)
    after = [q for q in claim.quantities if q.kind in _TOTALS and q.span.start >= ratio.span.end]
    if named is None or not after or _CLAUSE_BREAK.search(
            claim.text, ratio.span.end - claim.span.start, after[0].span.start - claim.span.start):
        return None
    a = _named_earlier(figures, number, named.group("phrase"), after[:1], cues, same_time=False)
    return (a, (number, after[0])) if a is not None else None


# "six times last season's", "twice the old plant's": what a ratio compares with, named
_POSSESSIVE_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+[\w-]+['’]s\b")


def _other_of_its_unit(figures: _Figures, number: int, claim: Claim, ratio: Quantity
                       ) -> tuple[tuple[int, Quantity], tuple[int, Quantity]] | None:
    """"The new system's 48 petaflops is six times the old machine's": B, which the ratio
    names but does not state, is the one other figure in A's unit (a unit the text names) of
    the sentence before ("The machine it replaces managed 12 petaflops")."""
    before = [q for q in claim.quantities if q.kind in _TOTALS and q.span.end <= ratio.span.start]
    if not number or not before or not (ratio.compared_to or _POSSESSIVE_AFTER.match(
            claim.text, ratio.span.end - claim.span.start)) or any(
            q.kind in AMOUNTS and q.span.start >= ratio.span.end for q in claim.quantities):
        return None
    a = before[-1]
    if not a.unit or len(claim.text[a.span.end - claim.span.start:
                                    ratio.span.start - claim.span.start].split()) > BARE_RATIO_GAP:
        return None
    others = [q for q in figures.claims[number - 1].quantities
              if q.kind is a.kind and q.unit == a.unit and q.value != a.value]
    return ((number, a), (number - 1, others[0])) if len(others) == 1 else None


def _comparable(a: Quantity, b: Quantity) -> bool:
    """Two sides of one sentence's ratio: the same kind, and the same unit where both say one
    ("1,800 claims, four times the 600 cases lodged": the second unit is left unsaid)."""
    return a.kind == b.kind and (a.unit is None or b.unit is None or a.unit == b.unit)


BARE_RATIO_GAP = 3  # words between an amount and a bare "N times" that compares it
# Between a ratio and the amount it compares with, the comparison only ("twice as many as the
# 450 tonnes", "four times higher than in 2019, when there were 300"): past a break, an amount
# is another clause's ("twice as many as in 2020, while the mill made 2,000 tonnes").
_CLAUSE_BREAK = re.compile(r"[;:–—]|\s-\s|,(?!\s+(?:when|where)\b)")
# Between a part and the fraction it is of a whole, a break of the sentence: another clause's.
_SENTENCE_BREAK = re.compile(r"[;:–—]|\s-\s")


def _sides(number: int, claim: Claim, ratio: Quantity,
           amounts: dict[tuple[str, QuantityKind, str], list[tuple[int, Quantity]]],
           cues: _Cues) -> tuple[tuple[int, Quantity], tuple[int, Quantity]] | None:
    before = [q for q in claim.quantities if q.kind in AMOUNTS and q.span.end <= ratio.span.start
              and not cues.per_before.search(claim.text, 0, q.span.start - claim.span.start)]
    after = [q for q in claim.quantities if q.kind in AMOUNTS and q.span.start >= ratio.span.end]
    if after and any(q.kind is QuantityKind.RATIO and ratio.span.end <= q.span.start
                     and q.span.end <= after[0].span.start for q in claim.quantities):
        # "over four times its estimate and roughly a third of the sale's £3.9m": the amount
        # after another ratio is that one's
        after = []
    if not before:
        return None
    a = before[-1]
    if after and (a.unit or "").lower() in cues.time_units and not _comparable(a, after[0]):
        # "$12 billion over three years, twice the $5 billion": how long it took stands between
        a = next((q for q in reversed(before) if _comparable(q, after[0])), a)
    fraction = (ratio.ratio_phrase or "").endswith(" of")  # "three quarters of": a part
    if fraction and _SENTENCE_BREAK.search(claim.text, a.span.end - claim.span.start,
                                           ratio.span.start - claim.span.start):
        return None  # "dropped by about £1,150; a grant paid more than half of the £13,400"
    # "three times" with no comparison after it: how often, unless it stands by the amount it
    # compares ("sales hit 900, three times 2010's 300"); "a father-of-two who stabbed a man
    # three times was jailed for 11 years" compares nothing
    bare = " " not in (ratio.ratio_phrase or " ")
    if bare and len(claim.text[a.span.end - claim.span.start:
                               ratio.span.start - claim.span.start].split()) > BARE_RATIO_GAP:
        return None
    if after and not _CLAUSE_BREAK.search(claim.text, ratio.span.end - claim.span.start,
                                          after[0].span.start - claim.span.start) and (
            _same_measure(a, after[0]) if fraction or bare else _comparable(a, after[0])):
        return (number, a), (number, after[0])
    other = _normal(ratio.compared_to)
    if not other:
        return None
    # the first of the other's amounts of the same measure whose metric agrees, among the first
    # _MAX_CANDIDATES (a bound for hostile text; real articles name a few)
    for b_number, b in amounts.get((other, a.kind, a.unit or ""), ())[:_MAX_CANDIDATES]:
        if b is not a and (not a.metric or not b.metric or
                           _normal(a.metric) == _normal(b.metric)):
            return (number, a), (b_number, b)
    return None


_MAX_CANDIDATES = 50


# --- spans of years ------------------------------------------------------------------------

_YEARS_SINCE = re.compile(
    r"\b(?P<n>\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty)\s+(?P<unit>years?|decades?)\s+"
    r"(?P<rel>since|after|before)\s+(?:(?:the\s+)?[\w\s'’-]{0,50}?\s+(?:in|of)\s+)?(?:the\s+)?"
    r"(?P<year>1[5-9]\d\d|20\d\d)\b", re.I)
# "自2008年以来已有15年", "距2008年已过去10年": the Chinese forms, all "since".
_CN_YEARS_SINCE = re.compile(
    r"(?:自|从|距|距离)?(?P<year>(?:1[5-9]|20)\d\d)年(?:以来|起|至今|开始)?[^，。；\d]{0,6}?"
    r"(?:已有|已经|已过去|已|的|过去了)(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})多?年"
    r"(?P<unit>)(?P<rel>)")
_IN_YEAR = re.compile(r"\b(?:in|by)\s+(?P<year>1[5-9]\d\d|20\d\d)\b"
                      r"|(?:今年是|在)(?P<cn_year>(?:1[5-9]|20)\d\d)年", re.I)
_SPAN_WORD = re.compile(r"year|decade|年", re.IGNORECASE)
_FOR_BEFORE = re.compile(r"\bfor\s+(?:(?:about|almost|nearly|over|more than|some)\s+)?\Z",
                         re.IGNORECASE)


def _elapsed_years(figures: _Figures, document_year: int | None, lex: LexiconLookup) -> None:
    """"N years since YYYY", "a decade after YYYY", "N years before YYYY" (in Chinese
    "自YYYY年以来已有N年"): the year YYYY gets the span (``elapsed``, negative for "before") and
    the year it is counted to: another year of the sentence ("In 2019, two decades after
    2005"), else for "since" the article's date. A hedged span ("more than a decade after
    2008", "nearly 20 years since") gives no exact year to check and is left alone."""
    for number, claim in enumerate(figures.claims):
        if not _SPAN_WORD.search(claim.text):
            continue  # most claims: the patterns below are slow to rule out
        for match in [*_YEARS_SINCE.finditer(claim.text), *_CN_YEARS_SINCE.finditer(claim.text)]:
            if lex.hedge_ending(claim.text[:match.start()].lower().split()[-3:]):
                continue
            if _a_rate_per_year(claim, match, lex):
                continue
            if (match.group("rel") or "").lower() == "before" and _FOR_BEFORE.search(
                    claim.text, 0, match.start()):
                continue  # "lent books for 107 years before reopening in 2019": a length
                # that ended some time before the year, not at it
            year = _year_at(claim, match.start("year"))
            count = _count(match.group("n"))
            if year is None or count is None:
                continue
            if (match.group("unit") or "").lower().startswith("decade"):
                count *= 10
            relation = (match.group("rel") or "since").lower()
            anchor = next((int(m.group("year") or m.group("cn_year"))
                           for m in _IN_YEAR.finditer(claim.text)
                           if m.start() < match.start() or m.start() > match.end()), None)
            against = anchor if anchor is not None else (
                document_year if relation == "since" else None)
            if against is None:
                continue
            figures.set(number, year, elapsed=-count if relation == "before" else count,
                        elapsed_to=float(against), elapsed_text=match.group(0),
                        elapsed_against="sentence" if anchor is not None else "date")


def _a_rate_per_year(claim: Claim, match: re.Match[str], lex: LexiconLookup) -> bool:
    """Whether "a year" of "a year since 1995" ends a rate ("retreated 24 metres a year since
    1995"): no span of a year."""
    rate_after = grammar(lex).rate_after
    start = claim.span.start
    return _count(match.group("n")) == 1 and any(
        (rate := rate_after.match(claim.text, q.span.end - start)) is not None
        and rate.end() > match.start() for q in claim.quantities
        if q.span.end - start <= match.start())


def _year_at(claim: Claim, at: int) -> Quantity | None:
    """The claim's year figure that starts at ``at`` (an offset in the claim's text)."""
    start = claim.span.start + at
    return next((q for q in claim.quantities if q.kind is QuantityKind.YEAR
                 and q.span.start <= start < q.span.end), None)


def _count(raw: str) -> float | None:
    if raw.isdigit():
        return float(raw)
    if raw.lower() == "a":
        return 1.0
    return parse_words(raw) if raw.isascii() else parse_chinese(raw)
