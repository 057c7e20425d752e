"""Numeric rules that need arithmetic across quantities: ratios, sums and years. (Changes
against their endpoints are a YAML rule: numeric.yaml.)"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import pairwise

from factcheck.dsl import Flag, RuleContext, rule
from factcheck.models import Claim, Interval, LineIndex, Quantity, QuantityKind

AMOUNTS = (QuantityKind.COUNT, QuantityKind.CURRENCY, QuantityKind.PERCENT)
RELATIVE_TOLERANCE = 0.05  # figures in prose are rounded; 5% keeps "about three times" honest


def _bounds(quantity: Quantity) -> tuple[float, float]:
    """The hedge's interval; an unhedged figure is taken as written (ratios allow 5% anyway)."""
    if quantity.hedge is None:
        return quantity.value, quantity.value
    low = quantity.interval.low if quantity.interval.low is not None else quantity.value
    high = quantity.interval.high if quantity.interval.high is not None else quantity.value
    return low, high


def _ratio_interval(a: Quantity, b: Quantity) -> Interval | None:
    a_low, a_high = _bounds(a)
    b_low, b_high = _bounds(b)
    if b_low <= 0 or b_high <= 0:
        return None
    # An open end ("over 3,000") leaves the ratio open on that side.
    high = None if a.interval.high is None and a.hedge else a_high / b_low
    low = None if b.interval.high is None and b.hedge else a_low / b_high
    return Interval(low=low, high=high)


def _same_measure(a: Quantity, b: Quantity) -> bool:
    return a.kind == b.kind and (a.unit or "") == (b.unit or "")


def _comparable(a: Quantity, b: Quantity) -> bool:
    """Two sides of one sentence's ratio: the same kind, and the same unit where both say one
    ("1,800 claims, four times the 600 cases lodged": the second unit is left unsaid)."""
    return a.kind == b.kind and (a.unit is None or b.unit is None or a.unit == b.unit)


def _normal(text: str | None) -> str:
    return re.sub(r"('s|’s)$", "", (text or "").lower()).strip(" .,;:'\"")


@rule(
    id="numeric.ratio-mismatch",
    severity="error",
    description=(
        '"A is N times B" (also "N times more than", "twice as many as", "half of") where both A '
        "and B are stated and A/B is not N within 5% after hedges."
    ),
    rationale="The ratio and the figures cannot all be right; one of them was copied wrong.",
    tags=("numeric",),
    examples={
        "flag": ["Exports reached $300 billion, twice the $100 billion of imports [1].",
                 "美国限制了3000项商品的出口，是中国的六倍【1】。中国限制了1000项商品的出口【1】。"],
        "pass": [
            "Exports reached $300 billion, three times the $100 billion of imports [1].",
            "Exports reached $300 billion, three times more than imports [1].",
            "The suburb grew by 40,000 residents, four times faster than the city, which "
            "added 25,000 [1].",
            "美国限制了3000项商品的出口，是中国的三倍【1】。中国限制了1000项商品的出口【1】。",
            "美国限制了超过3000项商品的出口，是中国的三倍【1】。中国限制了1000项商品的出口【1】。",
        ],
    },
)
def ratio_mismatch(doc: RuleContext) -> Iterator[Flag]:
    amounts = [(claim, q) for claim in doc.claims for q in claim.quantities if q.kind in AMOUNTS]
    for claim in doc.claims:
        for ratio in claim.quantities:
            if ratio.kind is not QuantityKind.RATIO or ratio.change_from is not None:
                continue
            if _SPEED.match(claim.text, ratio.span.end - claim.span.start):
                continue  # "grew three times faster": a ratio of rates, not of the figures
            pair = _ratio_sides(claim, ratio, amounts)
            if pair is None:
                continue
            (a_claim, a), (b_claim, b) = pair
            interval = _ratio_interval(a, b)
            if interval is None:
                continue
            accepted = [ratio.value]
            if ratio.ratio_phrase and "more than" in ratio.ratio_phrase:
                accepted.append(ratio.value + 1)  # the "N+1" reading of "N times more than"
            if any(interval.contains(n, tolerance=n * RELATIVE_TOLERANCE) for n in accepted):
                continue
            actual = _bounds(a)[1] / _bounds(b)[1]
            claims = tuple(dict.fromkeys((claim.id, a_claim.id, b_claim.id)))
            yield Flag(
                claims=claims, span=ratio.span,
                message=(f'"{ratio.text}" does not fit the figures: {a.text} is {actual:.2g} '
                         f"times {b.text}"),
                evidence={"stated_ratio": ratio.value, "computed_ratio": round(actual, 4),
                          "a": a.text, "b": b.text},
            )


_SPEED = re.compile(r"\s*(?:faster|slower|quicker|more\s+(?:quickly|slowly|rapidly))\b",
                    re.IGNORECASE)


def _ratio_sides(claim: Claim, ratio: Quantity, amounts: Sequence[tuple[Claim, Quantity]]
                 ) -> tuple[tuple[Claim, Quantity], tuple[Claim, Quantity]] | None:
    """A: the amount just before the ratio; B: one just after it, or the compared side stated
    elsewhere with the same unit. None unless both are stated."""
    before = [q for q in claim.quantities if q.kind in AMOUNTS and q.span.end <= ratio.span.start]
    after = [q for q in claim.quantities if q.kind in AMOUNTS and q.span.start >= ratio.span.end]
    if not before:
        return None
    a = before[-1]
    fraction = (ratio.ratio_phrase or "").endswith(" of")  # "three quarters of": a part
    if after and (_same_measure(a, after[0]) if fraction else _comparable(a, after[0])):
        return (claim, a), (claim, after[0])
    other = _normal(ratio.compared_to)
    if not other:
        return None
    for b_claim, b in amounts:
        if b is a or not _same_measure(a, b):
            continue
        if _normal(b.subject) == other and (not a.metric or not b.metric or
                                            _normal(a.metric) == _normal(b.metric)):
            return (claim, a), (b_claim, b)
    return None


@rule(
    id="numeric.shares-exceed-whole",
    severity="error",
    description=(
        "Shares of the same whole, stated in one claim or carried on to the next ('Another "
        "49% …', 'The remaining 12% …'), that add up to more than 100% (after hedges, "
        "allowing half a point for rounding)."
    ),
    rationale="Parts of one whole cannot exceed it; a share was probably mistyped.",
    tags=("numeric",),
    examples={
        "flag": ["Of all voters, 60% backed the plan and 55% opposed the plan [1].",
                 "In the poll, 58% of respondents backed the stadium bond [1]. Another 49% of "
                 "respondents opposed it [1].",
                 "在民调中，百分之六十的选民支持该计划，百分之五十五的选民反对该计划【1】。",
                 "Fiction made up 58% of the books borrowed last year, and non-fiction 47% [1]."],
        "pass": ["Of all voters, 40% backed the plan, 35% opposed it and 25% were undecided [1].",
                 "In the poll, 58% of respondents backed the stadium bond [1]. Another 39% of "
                 "respondents opposed it [1].",
                 "Turnout was 58% in the north [1]. In the south, 49% voted [1].",
                 "Fiction made up 58% of the books borrowed last year, and non-fiction 40% [1].",
                 "在民调中，百分之四十的选民支持该计划，百分之三十五的选民反对，百分之二十五尚未决定【1】。",
                 "北区的投票率为百分之五十八【1】。南区有百分之四十九的选民投了票【1】。"],
    },
)
def shares_exceed_whole(doc: RuleContext) -> Iterator[Flag]:
    previous: list[Quantity] = []
    for claim in doc.claims:
        shares = [q for q in claim.quantities if q.kind is QuantityKind.PERCENT and q.value > 0
                  and not _COMPARED.search(claim.text[:q.span.start - claim.span.start])]
        # "Another 49% of respondents …": the shares of the sentence before are of this whole too.
        continued = bool(shares) and bool(previous) and _MORE_OF_THE_WHOLE.search(
            claim.text, 0, shares[0].span.start - claim.span.start) is not None
        together = [*previous, *shares] if continued else shares
        previous = shares
        if len(together) < 2:
            continue
        # Shares measured against different wholes ("90% of refining, 60% of mining") are not
        # summed: only those that name the same metric, or none at all. An elliptical share
        # ("58% of the books …, and non-fiction 47%") is of the whole of the share before it.
        metrics = {_normal(q.metric) for q in _elided(claim, together)}
        if continued:  # "The remaining 40%" names no whole: it is the one before
            metrics = {_normal(q.metric) for q in together if q.metric} or {""}
        if len(metrics) > 1:
            continue
        total = sum(_bounds(q)[0] for q in together)
        if total > 100.5:
            yield Flag(claims=tuple(dict.fromkeys((claim.id, *_claims_of(doc, together)))),
                       span=together[0].span if not continued else shares[0].span,
                       message=f"shares add up to {total:g}%: "
                       + " + ".join(q.text for q in together),
                       evidence={"total": total, "shares": [q.text for q in together]})


def _elided(claim: Claim, shares: Sequence[Quantity]) -> list[Quantity]:
    """The shares, each without a whole of its own that stands in an ellipsis after the share
    before it in the claim ("…, and non-fiction 47%") given that share's whole and period."""
    read: list[Quantity] = []
    for share in shares:
        before = read[-1] if read else None
        if (before is not None and share.metric is None and before.metric is not None
                and share.period == before.period and before in claim.quantities
                and share in claim.quantities and before.span.end <= share.span.start
                and _elliptical(claim.text[before.span.end - claim.span.start:
                                           share.span.start - claim.span.start])):
            share = share.model_copy(update={"metric": before.metric})
        read.append(share)
    return read


# "…, and non-fiction 47%": a conjunction and the name of the other part, with no verb.
_ELLIPSIS = re.compile(r"(?:,\s*|\s)(?:and|while|whereas|but)\s+(?!(?:the|a|an)\b)"
                       r"(?:[^\W\d][\w'’-]*\s+){1,3}$", re.IGNORECASE)
_VERBISH = re.compile(r"[a-z]{2,}ed|is|are|was|were|has|have|had|said|says|did|do|does",
                      re.IGNORECASE)


def _elliptical(between: str) -> bool:
    gap = _ELLIPSIS.search(between)
    return gap is not None and not any(_VERBISH.fullmatch(word.strip(",")) for word in
                                       gap.group().split()[1:])


def _claims_of(doc: RuleContext, quantities: Sequence[Quantity]) -> list[str]:
    """The ids of the claims that state these quantities, in document order."""
    wanted = {id(q) for q in quantities}
    return [claim.id for claim in doc.claims if any(id(q) in wanted for q in claim.quantities)]


# Words that carry a sentence's shares on from the one before: "Another 49%", "The remaining 12%".
_MORE_OF_THE_WHOLE = re.compile(
    r"^(?:\W*\w+\W+){0,3}?(?:another|a further|the remaining|the rest|the other)\s+(?:\w+\s+)?$",
    re.IGNORECASE)


# "61%, up from 55%" or "compared with 55%": an earlier or other value, not a part of the whole.
_COMPARED = re.compile(r"\b(?:from|than|with|versus|vs\.?|against|to|was|were)\s+(?:\w+\s+)?$",
                       re.IGNORECASE)
_PARTS_OF_THE_LAST = re.compile(
    r"\W*(?:of|among)\s+(?:them|those|these|that|this|it|the\s+total)\b", re.IGNORECASE)
# "Of the 60 seats, A won 34 and B 29": the total opens the sentence, its parts follow.
_OF_THE_TOTAL = re.compile(r"\W*(?:of|out\s+of)\s+(?:the|its|their|all)\s+(?=\d)",
                           re.IGNORECASE)
_PARTS_CUE = re.compile(r"\b(of which|of whom|including|includes|include|comprising|made up "
                        r"of|(?:is|was|are|were)\s+(?:split|divided)\s+between)\b|其中", re.I)
# "310 species: 200 insects, 90 birds and 45 mammals": a total, at most four words naming it,
# then a colon and the list of its parts.
_COLON_LIST = re.compile(r"(?:\s+[^\W\d][\w'’-]*){0,4}:\s+(?=\S)")
_NEXT_ITEM = re.compile(r"(?:\s+[^\W\d][\w'’-]*){1,3}\s*(?:,\s*(?:and\s+)?|and\s+)",
                        re.IGNORECASE)
# Between two parts of a list stands a comma, a semicolon or a conjunction; a figure with none
# before it qualifies the part before ("80 were over 75", "55 were children under 12": ages).
_BETWEEN_PARTS = re.compile(r"[,;]|\b(?:and|or|while|whereas|but)\b|其中|[，、；]", re.I)


@rule(
    id="numeric.parts-exceed-total",
    severity="error",
    description=(
        'Parts stated after a total ("120 cases, of which 80 … and 50 …", "120 cases. Of '
        'them, 80 … and 50 …", "Of the 60 seats, A won 34 and B 29", "$4.5m is split between …")'
        " that add up to more than the total."
    ),
    rationale="The parts of a total cannot exceed it; one of the figures is wrong.",
    tags=("numeric",),
    examples={
        "flag": ["The agency recorded 120 cases, of which 80 were in Ohio and 50 in Texas [1].",
                 "The county recorded 120 flu admissions in March [1]. Of them, 80 were adults "
                 "and 55 were children [1].",
                 "Of the 60 council seats, the Greens won 34 and Labour 29 [1].",
                 "The $4.5 million grant is split between $3 million for roads and $2.1 million "
                 "for parks [1].",
                 "全市共有120所学校，其中80所是公立学校，50所是私立学校【1】。",
                 "The survey counted 310 species: 200 insects, 90 birds and 45 mammals [1]."],
        "pass": ["Of the 60 council seats, the Greens won 34 and Labour 20 [1].",
                 "The survey counted 310 species: 200 insects, 70 birds and 40 mammals [1].",
                 "The clinic vaccinated 140 people [1]. Of them, 90 were over 65 and 50 were "
                 "children under 5 [1].",
                 "全市共有120所学校，其中80所是公立学校，40所是私立学校【1】。",
                 "The agency recorded 120 cases, of which 80 were in Ohio and 30 in Texas [1].",
                 "The county recorded 120 flu admissions in March [1]. Of them, 80 were adults "
                 "and 40 were children [1].",
                 "该机构记录了120个病例，其中80个在北京，30个在上海【1】。"],
    },
)
def parts_exceed_total(doc: RuleContext) -> Iterator[Flag]:
    before: Claim | None = None
    for claim in doc.claims:
        earlier, before = before, claim
        counts = [q for q in claim.quantities
                  if q.kind in (QuantityKind.COUNT, QuantityKind.CURRENCY)]
        cue = _PARTS_CUE.search(claim.text)
        colon = None if cue is not None else _colon_list(claim, counts)
        if colon is not None:  # "catalogued 310 species: 200 insects, 90 birds and 45 mammals"
            totals, parts = counts[colon:colon + 1], counts[colon + 1:]
        elif cue is not None:
            cue_at = claim.span.start + cue.start()
            totals = [q for q in counts if q.span.end <= cue_at]
            parts = [q for q in counts if q.span.start >= cue_at]
        elif _OF_THE_TOTAL.match(claim.text) and len(counts) >= 3:
            totals, parts = counts[:1], counts[1:]
        elif earlier is not None and _PARTS_OF_THE_LAST.match(claim.text):
            # "120 admissions in March. Of them, 80 were adults and 55 children."
            totals = [q for q in earlier.quantities
                      if q.kind in (QuantityKind.COUNT, QuantityKind.CURRENCY)]
            parts = counts
        else:
            continue
        if not totals or len(parts) < 2:
            continue
        if cue is not None or earlier is None or totals[0] in claim.quantities:
            total = totals[-1]  # "120 cases, of which …": the figure the cue follows
        else:  # "1,200 patients at 40 hospitals. Of those, …": what the parts count, or the first
            units = {q.unit for q in parts if q.unit}
            total = next((q for q in totals if q.unit in units), totals[0])
        parts = _listed(claim, parts)
        # A colon list names the kinds of its parts ("200 insects" of "310 species").
        parts = [q for q in parts if _same_measure(total, q) or q.unit is None
                 or (colon is not None and q.kind is total.kind)]
        part_sum = sum(_bounds(q)[0] for q in parts)
        if len(parts) >= 2 and part_sum > _bounds(total)[1] * 1.005:
            same_claim = any(q is total for q in claim.quantities)
            yield Flag(claims=(claim.id,) if same_claim or earlier is None
                       else (claim.id, earlier.id),
                       span=total.span if same_claim else parts[0].span,
                       message=f"parts add up to {part_sum:g}, more than the total {total.text}",
                       evidence={"total": total.value, "parts": [q.text for q in parts]})


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
    and the part before qualifies that part ("80 were over 75")."""
    kept: list[Quantity] = []
    for part in parts:
        if kept and kept[-1] in claim.quantities and part in claim.quantities:
            between = claim.text[kept[-1].span.end - claim.span.start:
                                 part.span.start - claim.span.start]
            if not _BETWEEN_PARTS.search(between):
                continue
        kept.append(part)
    return kept


_YEARS_SINCE = re.compile(
    r"\b(?P<n>\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty)\s+(?P<unit>years?|decades?)\s+"
    r"(?P<rel>since|after|before)\s+(?:(?:the\s+)?[\w\s'’-]{0,50}?\s+(?:in|of)\s+)?(?:the\s+)?"
    r"(?P<year>1[5-9]\d\d|20\d\d)\b", re.I)
_SPAN_WORD = re.compile(r"year|decade|年", re.IGNORECASE)
_IN_YEAR = re.compile(r"\b(?:in|by)\s+(?P<year>1[5-9]\d\d|20\d\d)\b"
                      r"|(?:今年是|在)(?P<cn_year>(?:1[5-9]|20)\d\d)年", re.I)
# "自2008年以来已有15年", "距2008年已过去10年": the Chinese forms, all "since".
_CN_YEARS_SINCE = re.compile(
    r"(?:自|从|距|距离)?(?P<year>(?:1[5-9]|20)\d\d)年(?:以来|起|至今|开始)?[^，。；\d]{0,6}?"
    r"(?:已有|已经|已过去|已|的|过去了)(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})多?年"
    r"(?P<unit>)(?P<rel>)")


def _chinese_count(raw: str) -> int:
    from factcheck.extract.numbers import parse_chinese

    value = parse_chinese(raw)
    return int(value) if value is not None else 0
_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
          "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}


@rule(
    id="numeric.year-arithmetic",
    severity="warning",
    description=(
        '"N years since YYYY" or "a decade after YYYY" (in Chinese "自YYYY年以来已有N年") that '
        "disagrees with the year it is measured to: a year in the same sentence, or the "
        "article's date."
    ),
    rationale="Date arithmetic slips are common in rewritten text and easy to check.",
    tags=("numeric", "dates"),
    examples={
        "flag": [
            "---\ndate: 2025-05-01\n---\nIt has been 10 years since the 2018 trade truce [1].",
            "In 2019, two decades after 2005, the law was repealed [1].",
            "---\ndate: 2025-05-01\n---\n自2018年以来已有10年，港口一直在扩建【1】。",
        ],
        "pass": [
            "---\ndate: 2025-05-01\n---\nIt has been seven years since the 2018 trade truce [1].",
            "In 2025, two decades after 2005, the law was repealed [1].",
            "---\ndate: 2025-05-01\n---\n自2018年贸易休战以来，已经过去了七年【1】。",
        ],
    },
)
def year_arithmetic(doc: RuleContext) -> Iterator[Flag]:
    date = doc.document.date or ""
    doc_year = int(date[:4]) if date[:4].isdigit() else None
    for claim in doc.claims:
        if not _SPAN_WORD.search(claim.text):
            continue  # most claims: the patterns below are slow to rule out
        for match in [*_YEARS_SINCE.finditer(claim.text), *_CN_YEARS_SINCE.finditer(claim.text)]:
            raw = match.group("n").lower()
            count = int(raw) if raw.isdigit() else _WORDS.get(raw) or _chinese_count(raw)
            if (match.group("unit") or "").lower().startswith("decade"):
                count *= 10
            year = int(match.group("year"))
            relation = (match.group("rel") or "since").lower()
            anchor = next((int(m.group("year") or m.group("cn_year"))
                           for m in _IN_YEAR.finditer(claim.text)
                           if m.start() < match.start() or m.start() > match.end()), None)
            expected = year - count if relation == "before" else year + count
            against = anchor if anchor is not None else (doc_year if relation == "since" else None)
            if against is None or abs(expected - against) <= 1:
                continue
            start = claim.span.start + match.start()
            said = "sentence says" if anchor is not None else "article is dated"
            yield Flag(
                claims=(claim.id,),
                message=f'"{match.group(0)}" puts it in {expected}, but the {said} {against}',
                evidence={"stated_years": count, "from_year": year, "against": against},
                span=LineIndex(doc.document.text).span(start, start + len(match.group(0))),
            )
