"""Stances in a claim: (actor, topic, polarity) from stance cues, topics and negation.

A cue's polarity (support +1, oppose −1) times its object's (a topic phrase, or an "against"
phrase such as "tariff relief": −1) gives the stance. The actor is the nearest one before the
cue in the same claim (with the ones joined to it by "and"), or in the passive the agent after
"by"; the object is the noun phrase right after the cue (before it in the passive), with an
"of" or "on" complement that says which one, or the last stance's topic for a pronoun ("backs
it"). Negation ("did not reject") flips the polarity and is recorded. Precision first: no actor
or no object, no stance; a cue that reads as a noun ("child support payments") or under a
condition ("would back the levy if …") makes none either.

Every word this module looks for is in the lexicon (rules/lexicons/stances.yaml, zh.yaml), so a
user's `lexicons` folder extends it; `_Grammar` compiles the lists once per lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from factcheck.extract.actors import TITLES
from factcheck.extract.chinese import is_han
from factcheck.extract.grammar import grammar
from factcheck.extract.inflection import singular
from factcheck.extract.lookup import LexiconLookup
from factcheck.models import Actor, Polarity, Span, Stance
from factcheck.models.trusted import trusted

_HEAD_WORD = re.compile(r"^[A-Za-z][\w-]{2,40}$")
_POSSESSIVE = re.compile(r"['’]s?$")
_CN_CLAUSE_END = re.compile(r"[，。；！？、,.;!?：:（(\[［【]")
_MONEY = re.compile(r"[$€£¥%]|\d[\d,.]*(?:%|bn|m|k)$", re.IGNORECASE)
# ", deputy leader of the Green Party, ": words set off by commas between a subject and its verb.
_APPOSITION = re.compile(r",[^,;.]{1,80},\s*(?:[a-z]+\s+){0,2}")
_LAST_WORD = re.compile(r"([\w'’-]+)[^\w]*$")
_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s,;:(\"“]))([\w'’-]+)([,;:]?\s*)$")
_TITLE_WORDS = re.compile(TITLES)
# A figure right after a cue, not a year: what follows is counted ("approved 300 homes").
_COUNT_FIRST = re.compile(r"\s+(?!(?:1[89]|20)\d\d\b)\d[\d,.]*\s+(?P<next>[\w-]+)")
_TITLE_BEFORE = re.compile(r"(?<![\w'’.-])(?:[A-Z][\w.’'-]*\s+){1,3}$")
_ADVERB = re.compile(r"[a-z]{3,}ly", re.IGNORECASE)  # "strongly supports"
_NEXT_WORD = re.compile(r"\s+([\w'’-]+)")
_MAX_OBJECT_WORDS = 6
_MAX_COMPLEMENT_WORDS = 4
_MAX_SUBJECT_WORDS = 12


class _Grammar:
    """The lexicon's stance word lists, compiled once per lexicon."""

    def __init__(self, lookup: LexiconLookup) -> None:
        def words(name: str) -> str:
            return lookup.alternation(name)

        self.determiners = re.compile(rf"^(?:{words('determiners')})\s+", re.IGNORECASE)
        self.chinese_determiner = re.compile(
            rf"^(?:{lookup.alternation('aspect_particles', chinese=True)})?"
            rf"(?:{lookup.alternation('determiners', chinese=True)})?")
        self.attributive_before = re.compile(rf"\b(?:{words('attributive_determiners')})\s+$",
                                             re.IGNORECASE)
        # "the government's proposed levy": a participle after a possessive modifies a noun
        # (a noun cue after one is the owner's position: "Bessent's proposal")
        self.possessive_before = re.compile(r"\w['’]s?\s+$")
        # Punctuation ends an object, but not a figure's point or comma ("the £3.2m package").
        self.object_stop = re.compile(
            rf"\s(?:{words('object_stops')})\b|[,.](?!\d)|[;:!?\[\](]")
        self.complements = lookup.words("complement_prepositions")
        self.to_verb = re.compile(r"^\s*to\s+[a-z]+\s+", re.IGNORECASE)
        # "the plan to close the pool": what the plan does says which plan it is ("to be
        # scrapped" is a call to undo the object: ``undoing_participles``)
        self.purpose = re.compile(
            rf"\s+to\s+(?!(?:{words('passive_auxiliaries')})\b)(?P<verb>[a-z]+)\s+",
            re.IGNORECASE)
        self.verb_first = re.compile(rf"^(?:{words('object_verbs')})\b", re.IGNORECASE)
        # "the redistricting map drawn (by …)": participles after the head; not "shed", "seed".
        self.trailing_participle = re.compile(
            rf"(?:\s+(?:[a-z]{{2,}}[^e\W]ed|{words('irregular_participles')}))+$")
        # A place named after the object: capitalized words ("at Pier 4"), never a date.
        self.place_after = re.compile(
            rf"\s(?:{words('place_prepositions')})\s+(?:(?:{words('determiners')})\s+)?"
            rf"(?!(?:{words('date_words')})\b)"
            r"(?P<place>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|\d+)){0,3})")
        self.date_words = lookup.words("date_words")
        # "rejected claims that it opposed …": the position is denied
        self.denial = re.compile(
            rf"\b(?:{words('denial_verbs')})\s+(?:(?:the\s+)?(?:{words('denied_nouns')})\s+)?"
            r"that\b", re.IGNORECASE)
        self.adjective_endings = tuple(lookup.words("adjective_endings"))
        self.amount_words = frozenset({*grammar(lookup).scale_words, *lookup.currency_words,
                                       *lookup.words("amount_words")})
        adverbs = f"{words('adverbs')}|{words('negations')}|[a-z]+ly"
        self.conditional_before = re.compile(
            rf"\b(?P<aux>{words('conditional_auxiliaries')})\s+(?:(?:{adverbs})\s+)?$",
            re.IGNORECASE)
        self.reported_future = lookup.words("reported_future")
        self.condition_after = re.compile(
            rf"[^.;]{{0,80}}?\b(?:{words('condition_markers')})\b", re.IGNORECASE)
        self.condition_before = re.compile(
            rf"\b(?:{words('condition_markers')})\b[^,;:.!?]*$", re.IGNORECASE)
        # "was opposed", "had been rejected", "is strongly supported"
        self.passive_before = re.compile(
            rf"\b(?:(?:{words('auxiliaries')})\s+(?:(?:{adverbs})\s+)?)?"
            rf"(?:{words('passive_auxiliaries')})\s+(?:(?:{adverbs})\s+)?$", re.IGNORECASE)
        self.infinitive_cues = lookup.words("infinitive_cues")
        # "called for the levy to be scrapped": against the levy
        self.undone_after = re.compile(
            rf"(?:\s+(?!(?:{words('coordinators')}|{words('clause_openers')})\b)[\w'’-]+){{1,6}}?"
            rf"\s+to\s+be\s+(?:{words('undoing_participles')})\b", re.IGNORECASE)
        self.agent_after = re.compile(
            rf"\s+(?:{words('agent_prepositions')})\s+(?:(?:{words('determiners')})\s+)?",
            re.IGNORECASE)
        # "Washington and Beijing", "the Union and the Federation", "Dr. Petrov and Dr. Ortega"
        # (a comma or a coordinator is needed: in "Prosecutors Association chair Hal Brody" the
        # association only says which chair)
        self.coordinated = re.compile(
            rf"\.?\s*(?:,\s*(?:(?:{words('coordinators')})\s+)?|(?:{words('coordinators')})\s+)"
            rf"(?:(?:{words('attributive_determiners')}|{words('titles')})\s+)?", re.IGNORECASE)
        # "Unions at Brenner Tools rejected …": an actor after a preposition is no subject.
        self.preposition_before = re.compile(
            rf"\b(?:{words('prepositions')})\s+(?:(?:{words('determiners')})\s+)?$",
            re.IGNORECASE)
        self.coordinator_before = re.compile(rf"\b(?:{words('coordinators')})\s+$",
                                             re.IGNORECASE)
        # "Councillor Joe Whitlock of the Liberal Party voted against …": Whitlock is.
        self.member_of = re.compile(
            rf"\s+(?:{words('member_prepositions')})\s+(?:(?:{words('determiners')})\s+)?",
            re.IGNORECASE)
        # "Westby Council's finance committee rejected …": the committee is the subject.
        self.possessed = re.compile(r"['’]s?\s+[\w-]")
        # "the bill, which the Electoral Commission supports, …"
        self.relative_before = re.compile(
            rf"(?:,\s*)?\b(?:{words('relative_pronouns')})\s+"
            rf"(?:(?:{words('attributive_determiners')})\s+)?$", re.IGNORECASE)
        # The last clause boundary between a subject and its verb: what follows it must be
        # auxiliaries, adverbs or a pronoun ("…, but later scrapped it"), not a new subject
        # ("…, but its managers backed it").
        self.clause_break = re.compile(
            rf"(?:[,;:]|\b(?:{words('clause_openers')})\b)(?P<rest>[^,;:]*)$", re.IGNORECASE)
        self.year = re.compile(rf"\b(?:{words('year_prepositions')})\s+(?:1[89]|20)\d\d\b",
                               re.IGNORECASE)
        # Words after which a cue that is also a noun is a verb ("will support", "they back").
        last_words = {phrase.split()[-1] for name in ("adverbs", "negations")
                      for phrase in lookup.words(name)}
        self.verb_before = frozenset({*lookup.words("auxiliaries"), *lookup.words("pronouns"),
                                      *last_words})
        self.noun_cues = lookup.words("noun_cues")
        self.pronouns = lookup.words("pronouns")
        self.topic_pronouns = lookup.words("topic_pronouns")
        self.event_prepositions = lookup.words("event_prepositions")
        self.time_words = lookup.words("time_words") | lookup.words("determiners") | self.pronouns
        self.subject_before = frozenset({*lookup.words("clause_openers"),
                                         *lookup.words("reported_speech")})
        self.attributive = lookup.words("attributive_determiners")


class TopicMemory:
    """The stance topics of one document so far. A later mention with fewer or more of the
    words that say which one ("the sugar tax" after "the sugar tax on soft drinks") is the same
    topic when exactly one earlier topic with its head fits; with two ("the school budget", "the
    transport budget"), "the budget" is neither."""

    _MAX_KEYS = 500  # per document: extraction stays linear on long or adversarial input

    def __init__(self) -> None:
        self._by_head: dict[str, list[tuple[str, frozenset[str]]]] = {}
        self._count = 0
        # the last topic of the claim before, if it took one: what "it" opening a claim's
        # first stance stands for ("X backed the scheme. Y also supported it.")
        self.last: tuple[str, int] | None = None

    def resolve(self, key: str) -> str:
        words = key.split()
        head, modifiers = words[-1], frozenset(words[:-1])
        known = self._by_head.setdefault(head, [])
        if any(key == earlier for earlier, _ in known):
            return key
        fits = [earlier for earlier, earlier_modifiers in known
                if modifiers < earlier_modifiers or earlier_modifiers < modifiers]
        if len(fits) == 1:
            return fits[0]
        if self._count < self._MAX_KEYS:
            known.append((key, modifiers))
            self._count += 1
        return key


def find_stances(text: str, offset: int, span: Callable[[int, int], Span],
                 actors: Sequence[Actor], lookup: LexiconLookup,
                 topics: TopicMemory | None = None) -> list[Stance]:
    """The claim's stances; ``topics`` (one per document) makes a shorter or longer mention
    of an earlier topic that topic."""
    if not actors:
        if topics is not None:
            topics.last = None
        return []
    grammar = lookup.derived(_Grammar)
    stances: list[Stance] = []
    phrases = lookup.phrases(text, ("cues", "time_markers"))
    time_marker = _time_marker(text, phrases["time_markers"], grammar)
    markers = [start for start, _ in phrases["time_markers"]]
    object_until = 0  # where the last cue's object ends: a cue inside it is part of it
    last_topic = topics.last if topics is not None else None  # what "it" stands for
    cues = phrases["cues"]
    last_passive = ""  # the topic phrase of the last passive cue
    for index, (cue_start, cue_end) in enumerate(cues):
        previous_cue_end = cues[index - 1][1] if index else 0
        if cue_start < object_until:
            continue  # "拒绝加征关税", "refused to raise tariffs": one position, on raising them
        if grammar.attributive_before.search(text, max(0, cue_start - 6), cue_start) or (
                text[cue_end - 2:cue_end] == "ed"
                and grammar.possessive_before.search(text, max(0, cue_start - 5), cue_start)):
            continue  # "the proposed charge": an adjective, not a position
        cue = text[cue_start:cue_end]
        chinese = is_han(cue[:1])
        # A cue of one word after "was", "has been": the passive ("opposed to" is no passive).
        one_word = not chinese and " " not in cue.strip()
        passive = grammar.passive_before.search(text, max(0, cue_start - 40), cue_start) \
            if one_word else None
        agent = _agent_after(actors, text, offset, cue_end, grammar) if one_word else None
        if passive or agent is not None:
            # "the levy was opposed by the union": the union's position on the levy; without
            # "was" too ("the bypass, backed by the haulage lobby, …"), and "opposed by the
            # Ramblers' Association and backed by …" is a position on what was opposed.
            subjects = [agent] if agent is not None else []
            verb_start = passive.start() if passive else cue_start
            phrase = _subject_phrase(text, verb_start, grammar)
            subject_end = len(text[:verb_start].rstrip())
            if any(actor.span.end - offset == subject_end and phrase.endswith(actor.name) and
                   _TITLE_WORDS.fullmatch(phrase, 0, len(phrase) - len(actor.name))
                   for actor in actors):
                phrase = ""  # "Judge Helen Marsh was criticised by …": a person, no topic
            if not phrase and not passive and last_passive and \
                    grammar.coordinator_before.search(text, max(0, cue_start - 20), cue_start):
                phrase = last_passive
            last_passive = phrase
        else:
            subjects = _subjects(actors, offset + cue_start, text, offset, grammar)
            verb_start = cue_start
            if not chinese and cue.lower() in grammar.noun_cues and not (
                    subjects and _verb_context(text, cue_start, subjects[-1], offset, grammar)):
                continue  # "child support payments": the cue is a noun
            count = _COUNT_FIRST.match(text, cue_end)
            if count and count.group("next").lower() not in grammar.amount_words:
                continue  # "approved 1,460 new homes": an amount of things, not a position
            phrase = _object_phrase(text, cue_end, grammar, markers)
            if cue.lower() in grammar.infinitive_cues:  # "agreed to extend the truce"
                phrase = _strip_determiners(phrase.partition(" ")[2], grammar)
            if not phrase and subjects:  # "the bill, which the Commission supports, …"
                phrase = _relative_antecedent(text, subjects[0].span.start - offset, grammar,
                                              previous_cue_end)
        if not phrase or grammar.verb_first.match(phrase):
            continue  # "demands include …": the cue was a noun, its object unknown
        if phrase.lower() in grammar.topic_pronouns:
            topic = last_topic  # "backed the deal, while the Forum criticised it"
        elif phrase.lower() in grammar.pronouns:
            topic = None
        else:
            topic = _topic(phrase, lookup, grammar, fallback=not lookup.weak(cue))
        if topic is None:
            continue
        if not subjects:
            last_topic = topic  # "Campaigners welcomed the phase-out, while X condemned it"
            continue
        if _conditional(text, verb_start, cue_end, subjects[0], offset, lookup, grammar):
            continue  # "would back the levy if …": a position only under a condition
        if grammar.denial.search(text, max(0, subjects[0].span.end - offset), cue_start):
            continue  # "rejected claims that it opposed the review": a denied position
        if chinese:
            object_until = _chinese_object_end(text, cue_end)
        if topics is not None and topic is not last_topic:
            topic = (topics.resolve(topic[0]), topic[1])
        last_topic = topic
        topic_id, topic_sign = topic
        sign = (1 if lookup.supports(cue) else -1) * topic_sign
        if not passive and not chinese and grammar.undone_after.match(text, cue_end):
            sign = -sign  # "called for it to be scrapped"
        # Chinese negation stands right before its verb ("不支持", "并未反对"); further back a
        # "不" is part of another word ("不断").
        window = 3 if chinese else 20
        negated = bool(lookup.pattern("negations").search(text, max(0, verb_start - window),
                                                           cue_start))
        if negated:
            sign = -sign
        for actor in subjects:
            reported = bool(lookup.pattern("reported_speech").search(
                text, max(0, actor.span.end - offset), cue_start)) if not passive else False
            if any(s.actor == actor.id and s.topic == topic_id and (
                    s.polarity is Polarity.SUPPORT) == (sign > 0) for s in stances):
                continue  # "refused to back": two cues, one stance
            stances.append(trusted(
                Stance,
                actor=actor.id, topic=topic_id,
                polarity=Polarity.SUPPORT if sign > 0 else Polarity.OPPOSE,
                cue=cue, span=span(offset + cue_start, offset + cue_end),
                negated=negated, reported=reported, time_marker=time_marker,
            ))
    if topics is not None:
        topics.last = last_topic if stances else None
    return stances


def _subjects(actors: Sequence[Actor], position: int, text: str, offset: int,
              grammar: _Grammar) -> list[Actor]:
    """The cue's subjects: the nearest actor before it, or the one an apposition describes
    ("Marta Ruiz, deputy leader of the Green Party, backed …" is Marta Ruiz's position), with
    the actors joined to it by "and" ("Washington and Beijing agreed …"). None when that actor
    is no subject: after a preposition ("Unions at Brenner Tools rejected"), the owner of the
    subject ("Westby Council's finance committee rejected"), or before a new subject ("X
    rejected the offer, but its managers backed it")."""
    before = [actor for actor in actors if actor.span.end <= position]
    if not before:
        return []
    index = len(before) - 1
    described = False
    for earlier in range(len(before) - 2, -1, -1):
        between = text[before[earlier].span.end - offset:position - offset]
        if _APPOSITION.fullmatch(between) or between.lstrip().startswith("对"):
            # "Marta Ruiz, deputy leader of …, backed"; "欧盟对特斯拉征收": the one before 对
            index = earlier
            described = True
            break
    while index > 0 and _stands_for_the_one_before(before[index - 1], before[index], text,
                                                   offset, grammar):
        index -= 1  # "Councillor Joe Whitlock of the Liberal Party voted", "the Union (URW)"
    subject = before[index]
    if position - subject.span.end > 80:
        return []
    start, end = subject.span.start - offset, subject.span.end - offset
    if not is_han(text[start:end][:1]):
        if grammar.preposition_before.search(text, max(0, start - 30), start):
            return []
        between = text[end:position - offset]
        if not described and grammar.possessed.match(between):
            return []
        clause = None if described else grammar.clause_break.search(between)
        if clause and any(word.lower() not in grammar.verb_before and
                          word.lower() not in grammar.subject_before and
                          not _ADVERB.fullmatch(word) for word in clause.group("rest").split()):
            return []
    subjects = [subject]
    while index > 0:
        previous = before[index - 1]
        between = text[previous.span.end - offset:before[index].span.start - offset]
        if not between.strip() or not grammar.coordinated.fullmatch(between):
            break
        subjects.insert(0, previous)
        index -= 1
    return subjects


def _stands_for_the_one_before(previous: Actor, actor: Actor, text: str, offset: int,
                               grammar: _Grammar) -> bool:
    """Whether ``actor`` is part of the noun phrase ``previous`` heads, so that ``previous`` is
    the subject: the acronym in brackets after its name ("the Union of Rail Workers (URW)"), or
    the organization after a member preposition ("Councillor Joe Whitlock of the Liberal
    Party")."""
    gap = text[previous.span.end - offset:actor.span.start - offset]
    if previous.id == actor.id and gap.strip() == "(":
        return True
    return bool(grammar.member_of.fullmatch(gap))


def _relative_antecedent(text: str, subject_start: int, grammar: _Grammar, floor: int) -> str:
    """The noun phrase a relative clause's subject (after its title, if it has one) stands
    after: "The electoral reform bill, which the Electoral Commission supports, …" is a position
    on the bill; "welcomed the phone ban in classrooms, which Principal Owen Hart has opposed"
    on the phone ban: the phrase starts after ``floor``, the end of the cue before it."""
    title = _TITLE_BEFORE.search(text, max(0, subject_start - 40), subject_start)
    if title:
        subject_start = title.start()
    relative = grammar.relative_before.search(text, max(0, subject_start - 30), subject_start)
    return _subject_phrase(text, relative.start(), grammar, floor) if relative else ""


def _verb_context(text: str, cue_start: int, subject: Actor, offset: int,
                  grammar: _Grammar) -> bool:
    """Whether a cue that is also a noun stands where a verb does: right after its subject
    (or the subject's possessive: "Bessent's proposal") or an apposition ("Dr. Simon
    Achterberg, the public health director, supports"), an auxiliary, an adverb or a pronoun;
    not after another noun ("child support", "budget cuts")."""
    word = _WORD_BEFORE.search(text, max(0, cue_start - 40), cue_start)
    if word is None:
        return False
    if subject.span.end - offset > word.start(1) or "," in word.group(2):
        return True
    lowered = word.group(1).lower()
    return lowered in grammar.verb_before or bool(_ADVERB.fullmatch(lowered))


def _conditional(text: str, verb_start: int, cue_end: int, subject: Actor, offset: int,
                 lookup: LexiconLookup, grammar: _Grammar) -> bool:
    """A position only under a condition: "would back the levy", "backs it if …"; but "said it
    would oppose the plan" is the reported future, a position."""
    if grammar.condition_after.match(text, cue_end, min(len(text), cue_end + 100)) or \
            grammar.condition_before.search(text, max(0, verb_start - 100), verb_start):
        return True  # "backs the levy if …", "if the pay deal is rejected by …"
    before = grammar.conditional_before.search(text, max(0, verb_start - 30), verb_start)
    if before is None:
        return False
    reported = lookup.pattern("reported_speech").search(
        text, max(0, subject.span.end - offset), before.start())
    return not (reported and before.group("aux").lower() in grammar.reported_future)


def _agent_after(actors: Sequence[Actor], text: str, offset: int, cue_end: int,
                 grammar: _Grammar) -> Actor | None:
    """The actor after a passive cue's "by": "opposed by the Transport Ministry"."""
    agent = grammar.agent_after.match(text, cue_end)
    if agent is None:
        return None
    for actor in actors:  # right after "by (the)", or after a title ("by Mayor Colette Ambrose")
        start = actor.span.start - offset
        if start >= agent.end() and _TITLE_WORDS.fullmatch(text, agent.end(), start):
            return actor
    return None


def _subject_phrase(text: str, end: int, grammar: _Grammar, floor: int = 0) -> str:
    """The noun phrase that starts the clause a passive's auxiliary ends ("The congestion
    charge was opposed by …", "Campaigners said the sea wall at Marram Bay had been rejected
    by …"), read as an object is ("The plan to close the library" is the plan); "" when the
    clause has more than a noun phrase ("Officials confirmed the levy"); it starts at ``floor``
    at the earliest."""
    start = end
    for _ in range(_MAX_SUBJECT_WORDS + 1):
        word = _LAST_WORD.search(text, max(floor, start - 40), start)
        if word is None or text[word.end(1):start].strip() or \
                word.group(1).lower() in grammar.subject_before:
            break  # punctuation, "that", "said": the clause starts after it
        start = word.start(1)
    else:
        return ""
    if start == end:
        return ""
    phrase = _object_phrase(text[:end], start, grammar)
    if any(word.lower() in grammar.attributive for word in phrase.split()):
        return ""  # "confirmed the levy": a verb and its object, not one noun phrase
    return phrase


def _strip_determiners(phrase: str, grammar: _Grammar) -> str:
    previous = None
    while previous != phrase:
        previous = phrase
        phrase = grammar.determiners.sub("", phrase)
    return phrase


def _object_phrase(text: str, start: int, grammar: _Grammar,
                   markers: Sequence[int] = ()) -> str:
    """The noun phrase after a cue, determiners dropped; an "of" or "on" complement stays,
    after the head ("ban on energy drink sales"), as does a purpose ("plan to close the
    swimming pool"), and a place after it goes before the head ("Pier 4 ferry terminal"). The
    phrase ends at a stop word, punctuation or a time marker."""
    if start > 0 and is_han(text[start - 1]):
        return _chinese_object(text, start, grammar)
    limit = min(len(text), start + 120)
    # "backed the levy last year": a time marker ends the object, unless it is the object's
    # first word ("the later start time")
    limit = min([marker for marker in markers if start < marker < limit and
                 _strip_determiners(text[start:marker].lstrip(), grammar).strip()] or [limit])
    rest = text[start:limit]
    to_verb = grammar.to_verb.match(rest)
    if to_verb:  # "proposal to exchange tariff relief": the object of the verb
        rest = rest[to_verb.end():]
    rest = " " + _strip_determiners(rest.lstrip(), grammar)
    phrase, stop = _noun_phrase(rest, grammar)
    if not phrase or stop is None:
        return phrase
    purpose = grammar.purpose.match(rest, stop.start())
    if purpose:
        action, _ = _noun_phrase(" " + _strip_determiners(rest[purpose.end():].lstrip(), grammar),
                                 grammar)
        words = action.split()
        if words and len(words) <= _MAX_COMPLEMENT_WORDS and not words[0][:1].isdigit() and \
                words[0].lower() not in grammar.pronouns:
            return f"{phrase} to {purpose.group('verb')} {action}"
    preposition = stop.group().strip().lower()
    if preposition in grammar.complements:
        complement, _ = _noun_phrase(" " + _strip_determiners(rest[stop.end():].lstrip(),
                                                              grammar), grammar)
        words = complement.split()
        if words and len(words) <= _MAX_COMPLEMENT_WORDS and not words[0][:1].isdigit() and \
                not (words[0].lower() in grammar.date_words and len(words) == 1) and \
                words[0].lower() not in grammar.pronouns:
            return f"{phrase} {preposition} {complement}"
    place = grammar.place_after.match(rest, stop.start())
    if place:  # "the new ferry terminal at Pier 4": the place says which one
        return f"{place.group('place')} {phrase}"
    return phrase


def _noun_phrase(rest: str, grammar: _Grammar) -> tuple[str, re.Match[str] | None]:
    stop = grammar.object_stop.search(rest)
    phrase = " ".join((rest[: stop.start()] if stop else rest).split())
    return grammar.trailing_participle.sub("", phrase), stop  # "the map drawn (by …)"


def _chinese_object(text: str, start: int, grammar: _Grammar) -> str:
    """The object after a Chinese cue: up to the clause's end, without a leading 这/该/此."""
    phrase = text[start:_chinese_object_end(text, start)].strip()
    return grammar.chinese_determiner.sub("", phrase)


def _chinese_object_end(text: str, start: int) -> int:
    end = _CN_CLAUSE_END.search(text, start, start + 40)
    return end.start() if end else min(len(text), start + 40)


def _topic(phrase: str, lookup: LexiconLookup, grammar: _Grammar, fallback: bool = True
           ) -> tuple[str, int] | None:
    """The topic the object phrase names: a lexicon topic named in the phrase's own words
    (longest first; not in its complement: a "ban on tariffs" is no position on tariffs), unless
    it is the head after words of a kind ("the bail reform bill" is one bill, not any bill;
    "unreasonable sanctions" are sanctions: a word with an adjective's ending is no kind);
    else the open topic of its words."""
    if phrase and is_han(phrase[0]):
        named = lookup.phrases(phrase, ("topics",))["topics"]
        if named:
            start, end = max(named, key=lambda span: span[1] - span[0])
            return lookup.topic_of(phrase[start:end])
        return (phrase, 1) if fallback and len(phrase) <= 12 else None
    head_end = _head_end(phrase, grammar)
    named = [(start, end) for start, end in lookup.phrases(phrase, ("topics",))["topics"]
             if start < head_end]
    if named:
        start, end = max(named, key=lambda span: span[1] - span[0])
        kinds = [word for word in _not_amounts(phrase[:start].split(), grammar)
                 if word[:1].islower() and word.lower() not in lookup.passing_modifiers
                 and not word.lower().endswith(grammar.adjective_endings)]
        if end < head_end or not kinds:
            return lookup.topic_of(phrase[start:end])
        fallback = True  # "the bail reform bill": a bill of its own
    main, complement = phrase[:head_end].split(), phrase[head_end:].split()[1:]
    if fallback and 1 <= len(main) <= _MAX_OBJECT_WORDS and _HEAD_WORD.match(main[-1]):
        return topic_key([*complement, *main], lookup), 1
    return None


def _head_end(phrase: str, grammar: _Grammar) -> int:
    """Where the phrase's head noun ends: before its first complement or purpose ("plan to
    close the pool"), if it has one."""
    return min((found for preposition in (*grammar.complements, "to")
                if (found := phrase.find(f" {preposition} ")) > 0), default=len(phrase))


def topic_key(words: Sequence[str], lookup: LexiconLookup) -> str:
    """An open topic as its head noun after the words that say which one it is, in a fixed
    order, so that "the proposed congestion charge" and "the congestion charge" are one topic
    and "the new ferry terminal at Pier 4" and "the Pier 4 ferry terminal" another. ``words``
    ends with the head; a complement's words ("the ban on energy drink sales") go before it."""
    grammar = lookup.derived(_Grammar)
    head = singular(words[-1].lower())
    modifiers = {singular(_POSSESSIVE.sub("", word.lower()))
                 for word in _not_amounts(words[:-1], grammar)}
    modifiers -= lookup.passing_modifiers
    modifiers.discard("")
    return " ".join([*sorted(modifiers), head])


def _not_amounts(words: Sequence[str], grammar: _Grammar) -> list[str]:
    """The words without an amount: "a 500 billion yuan stimulus" is the stimulus."""
    kept = []
    amounts = grammar.amount_words
    for index, word in enumerate(words):
        following = words[index + 1].lower() if index + 1 < len(words) else ""
        if word.lower() in amounts or _MONEY.match(word) or (
                word[:1].isdigit() and following in amounts):
            continue
        kept.append(word)
    return kept


def _time_marker(text: str, markers: list[tuple[int, int]], grammar: _Grammar) -> str | None:
    """The claim's first time marker: a word of time_markers, or a year after "in", "since" …
    "after", "before" and "until" count only before a time or an event ("after the vote",
    "after March", "after it lost"), not before a bare noun giving a reason ("defended the
    mural after complaints from residents"); none after a determiner ("the later opening")."""
    for start, end in markers:
        word = text[start:end].lower()
        if word in grammar.event_prepositions and not _names_time(text, end, grammar):
            continue
        if grammar.attributive_before.search(text, max(0, start - 12), start):
            continue  # "the later Friday opening", "a once-popular plan": a thing's adjective
        return word
    year = grammar.year.search(text)
    return year.group(0) if year else None


def _names_time(text: str, end: int, grammar: _Grammar) -> bool:
    following = _NEXT_WORD.match(text, end)
    if following is None:
        return True
    word = following.group(1)
    lowered = word.lower()
    return not word[:1].islower() or lowered in grammar.time_words or lowered.endswith("ing")
