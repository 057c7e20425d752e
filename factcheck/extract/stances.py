"""Stances in a claim: (actor, topic, polarity) from stance cues, topics and negation.

A cue's polarity (support +1, oppose −1) times its object's (a topic phrase, or an "against"
phrase such as "tariff relief": −1) gives the stance. The actor is the nearest one before the
cue in the same claim; the object is the noun phrase right after it. Negation ("did not
reject") flips the polarity and is recorded. Precision first: no actor or no object, no stance.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from factcheck.extract.chinese import is_han
from factcheck.extract.lookup import LexiconLookup
from factcheck.extract.numbers import SCALE_WORDS
from factcheck.extract.quantities import CURRENCY_WORDS, MONTHS
from factcheck.models import Actor, Polarity, Span, Stance
from factcheck.models.trusted import trusted

_NP_STOP = re.compile(
    r"\s(?:of|on|for|to|with|involving|in|by|from|that|which|while|whereas|and|but|as|at|after|"
    r"before|because|if|when|despite|amid|over|against|into|under|,)\b|[,.;:!?\[\](]")
_DETERMINERS = re.compile(r"^(?:the|a|an|any|all|its|their|his|her|our|new|further|more|"
                          r"additional|such|these|those|this|that|some)\s+", re.IGNORECASE)
_TO_VERB = re.compile(r"^\s*to\s+[a-z]+\s+", re.IGNORECASE)
_VERB_FIRST = re.compile(r"^(?:include[sd]?|is|are|was|were|has|have|had|will|would|could|"
                         r"should|may|might|remain(?:s|ed)?|seem(?:s|ed)?)\b", re.IGNORECASE)
_HEAD_WORD = re.compile(r"^[A-Za-z][\w-]{2,40}$")
DATE_WORDS = (*MONTHS.split("|"), "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
              "Saturday", "Sunday")
# A place named after the object: capitalized words or a number ("at Pier 4"), never a date.
_PLACE_AFTER = re.compile(
    rf"\s(?:at|in|on|near)\s+(?:the\s+)?(?!(?:{'|'.join(DATE_WORDS)})\b)"
    r"(?P<place>(?:[A-Z][\w'’-]*|\d+)(?:\s+(?:[A-Z][\w'’-]*|\d+)){0,3})")
_POSSESSIVE = re.compile(r"['’]s?$")
# "the redistricting map drawn (by …)": participles after the head noun; not "shed", "seed".
_TRAILING_PARTICIPLE = re.compile(
    r"(?:\s+(?:[a-z]{2,}[^e\W]ed|drawn|given|taken|written|chosen|shown|known|made|sent))+$")
_CN_CLAUSE_END = re.compile(r"[，。；！？、,.;!?：:（(\[［【]")
_CN_DEMONSTRATIVE = re.compile(r"^(?:了|过)?(?:这项|该项|这一|此项|这个|该|这|此|其)?")
AMOUNT_WORDS = frozenset({*SCALE_WORDS, *CURRENCY_WORDS, "bn", "m", "percent", "per", "cent"})
_MONEY = re.compile(r"[$€£¥%]|\d[\d,.]*(?:%|bn|m|k)$", re.IGNORECASE)
_CONDITIONAL_BEFORE = re.compile(r"\b(?:would|could|might)\s+(?:(?:not|only|still|also)\s+)?$",
                                 re.IGNORECASE)
_CONDITION_AFTER = re.compile(r"[^.;]{0,80}?\b(?:if|unless|provided|as long as)\b",
                              re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that)\s+$",
                                re.IGNORECASE)
# ", deputy leader of the Green Party, ": words set off by commas between a subject and its verb.
_APPOSITION = re.compile(r",[^,;.]{1,80},\s*(?:[a-z]+\s+){0,2}")
_TIME_YEAR = re.compile(r"\b(?:in|since|until|by)\s+(?:1[89]|20)\d\d\b")


def find_stances(text: str, offset: int, span: Callable[[int, int], Span],
                 actors: Sequence[Actor], lookup: LexiconLookup) -> list[Stance]:
    if not actors:
        return []
    stances: list[Stance] = []
    phrases = lookup.phrases(text, ("cues", "time_markers"))
    time_marker = _time_marker(text, phrases["time_markers"])
    object_until = 0  # where the last cue's object ends: a cue inside it is part of it
    for cue_start, cue_end in phrases["cues"]:
        if cue_start < object_until:
            continue  # "拒绝加征关税", "refused to raise tariffs": one position, on raising them
        if _DETERMINER_BEFORE.search(text, max(0, cue_start - 6), cue_start):
            continue  # "the proposed charge": an adjective, not a position
        if _CONDITIONAL_BEFORE.search(text, max(0, cue_start - 24), cue_start) or \
                _CONDITION_AFTER.match(text, cue_end, min(len(text), cue_end + 100)):
            continue  # "would back the levy if …": a position only under a condition
        actor = _actor_before(actors, offset + cue_start, text, offset)
        if actor is None:
            continue
        cue = text[cue_start:cue_end]
        phrase = _object_phrase(text, cue_end)
        if is_han(cue[:1]):
            object_until = _chinese_object_end(text, cue_end)
        if cue.lower().endswith(" to"):  # "agreed to extend the truce": the verb's object
            phrase = _DETERMINERS.sub("", phrase.partition(" ")[2])
        if not phrase or _VERB_FIRST.match(phrase):
            continue  # "demands include …": the cue was a noun, its object unknown
        topic = _topic(phrase, lookup, fallback=not lookup.weak(cue))
        if topic is None:
            continue
        topic_id, topic_sign = topic
        sign = (1 if lookup.supports(cue) else -1) * topic_sign
        # Chinese negation stands right before its verb ("不支持", "并未反对"); further back a
        # "不" is part of another word ("不断").
        window = 3 if is_han(cue[:1]) else 20
        negated = bool(lookup.pattern("negations").search(text, max(0, cue_start - window),
                                                           cue_start))
        if negated:
            sign = -sign
        reported = bool(lookup.pattern("reported_speech").search(
            text, max(0, actor.span.end - offset), cue_start))
        if any(s.actor == actor.id and s.topic == topic_id and (s.polarity is Polarity.SUPPORT)
               == (sign > 0) for s in stances):
            continue  # "refused to back": two cues, one stance
        stances.append(trusted(
            Stance,
            actor=actor.id, topic=topic_id,
            polarity=Polarity.SUPPORT if sign > 0 else Polarity.OPPOSE,
            cue=cue, span=span(offset + cue_start, offset + cue_end),
            negated=negated, reported=reported, time_marker=time_marker,
        ))
    return stances


def _actor_before(actors: Sequence[Actor], position: int, text: str, offset: int
                  ) -> Actor | None:
    """The cue's subject: the nearest actor before it, or the one an apposition describes
    ("Marta Ruiz, deputy leader of the Green Party, backed …" is Marta Ruiz's position)."""
    before = [actor for actor in actors if actor.span.end <= position]
    if not before:
        return None
    nearest = before[-1]
    for earlier in reversed(before[:-1]):
        between = text[earlier.span.end - offset:position - offset]
        if _APPOSITION.fullmatch(between) or between.lstrip().startswith("对"):
            # "Marta Ruiz, deputy leader of …, backed"; "欧盟对特斯拉征收": the one before 对
            nearest = earlier
            break
    return nearest if position - nearest.span.end <= 80 else None


def _object_phrase(text: str, start: int) -> str:
    if start > 0 and is_han(text[start - 1]):
        return _chinese_object(text, start)
    rest = text[start:start + 120]
    to_verb = _TO_VERB.match(rest)
    if to_verb:  # "proposal to exchange tariff relief": the object of the verb
        rest = rest[to_verb.end():]
    rest = " " + rest.lstrip()
    stop = _NP_STOP.search(rest)
    phrase = rest[: stop.start()] if stop else rest
    place = _PLACE_AFTER.match(rest, stop.start()) if stop else None
    phrase = " ".join(phrase.split())
    previous = None
    while previous != phrase:
        previous = phrase
        phrase = _DETERMINERS.sub("", phrase)
    phrase = _TRAILING_PARTICIPLE.sub("", phrase)  # "the map drawn (by …)": the map
    if place and phrase:  # "the new ferry terminal at Pier 4": the place says which one
        return f"{place.group('place')} {phrase}"
    return phrase


def _chinese_object(text: str, start: int) -> str:
    """The object after a Chinese cue: up to the clause's end, without a leading 这/该/此."""
    phrase = text[start:_chinese_object_end(text, start)].strip()
    return _CN_DEMONSTRATIVE.sub("", phrase)


def _chinese_object_end(text: str, start: int) -> int:
    end = _CN_CLAUSE_END.search(text, start, start + 40)
    return end.start() if end else min(len(text), start + 40)


def _topic(phrase: str, lookup: LexiconLookup, fallback: bool = True) -> tuple[str, int] | None:
    """The topic named in the object phrase (longest lexicon phrase), else its head noun."""
    named = lookup.phrases(phrase, ("topics",))["topics"]
    if named:
        start, end = max(named, key=lambda span: span[1] - span[0])
        return lookup.topic_of(phrase[start:end])
    if phrase and is_han(phrase[0]):
        return (phrase, 1) if fallback and len(phrase) <= 12 else None
    words = phrase.split()
    if fallback and 1 <= len(words) <= 6 and _HEAD_WORD.match(words[-1]):
        return topic_key(words, lookup), 1
    return None


def topic_key(words: Sequence[str], lookup: LexiconLookup) -> str:
    """An open topic as its head noun after the words that say which one it is, in a fixed
    order, so that "the proposed congestion charge" and "the congestion charge" are one topic
    and "the new ferry terminal at Pier 4" and "the Pier 4 ferry terminal" another."""
    head = _singular(words[-1].lower())
    modifiers = {_singular(_POSSESSIVE.sub("", word.lower())) for word in _not_amounts(words[:-1])}
    modifiers -= lookup.passing_modifiers
    modifiers.discard("")
    return " ".join([*sorted(modifiers), head])


def _not_amounts(words: Sequence[str]) -> list[str]:
    """The words without an amount: "a 500 billion yuan stimulus" is the stimulus."""
    kept = []
    for index, word in enumerate(words):
        following = words[index + 1].lower() if index + 1 < len(words) else ""
        if word.lower() in AMOUNT_WORDS or _MONEY.match(word) or (
                word[:1].isdigit() and following in AMOUNT_WORDS):
            continue
        kept.append(word)
    return kept


def _singular(word: str) -> str:
    """A plural noun's singular, by its ending: enough for two mentions of one topic to meet."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _time_marker(text: str, markers: list[tuple[int, int]]) -> str | None:
    if markers:
        start, end = markers[0]
        return text[start:end].lower()
    year = _TIME_YEAR.search(text)
    return year.group(0) if year else None
