"""How a decision or contest came out, by the thing it was about: "voted to reject a 6.5 per
cent pay offer" (the offer: against), "his appeal was dismissed" (the appeal: against), "won
the appeal" (for). A rule compares a claim's outcomes with its cited source's
(citation.outcome-not-in-source): no actor is needed, the thing decided is the key.

Verbs come from the lexicon's ``outcomes_for`` and ``outcomes_against``; one of
``outcome_negations`` before the verb ("did not accept", "refused to back") turns it. Who won a
contest between two named sides is read the same way, the pair of sides being the thing
(``contests``: "Ruiz beat Tanaka", "Tanaka lost to Ruiz").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from factcheck.extract.grammar import grammar
from factcheck.extract.lookup import LexiconLookup, alternation, starting
from factcheck.extract.names import is_common_word
from factcheck.extract.numbers import WORD_NUMBER, parse_number

# Words of the thing decided after an active verb ("a 6.5 per cent pay offer"): at most this
# many, up to a preposition, a conjunction or a mark.
OBJECT_WORDS = 7


# Words of what a decision was about past its thing ("to triple the dog licence fee"): at most
# this many, up to a mark.
ABOUT_WORDS = 7

# (not a figure's comma or point: "£9,000", "£1.5m"; a dash between words: "Oct 12 — A …")
_CLAUSE_MARK = re.compile(r"[;:!?()\[\]\"“”]|[,.](?!\d)|\s[—–]\s")


@dataclass(frozen=True)
class Outcome:
    """A thing decided and which way: +1 for it (accepted, won, upheld), -1 against."""

    thing: str  # the head noun of what was decided, lower-cased: "offer"
    way: int
    # as written: "reject", "dismissed"; for a vote read with its way "voted 7 to 5 against";
    # for a contest "Lauren Davis beat Bouchard"
    verb: str
    start: int  # of the verb in the text
    end: int
    # who won a thing only one wins ("Reid" of "Reid … to win the Masters"; lexicon
    # ``sole_winning_verbs``), as the text names them; else ""
    winner: str = ""
    # the winner is where a team that won is from ("Calder Bowls Club" of "a pair from Calder
    # Bowls Club won"): its members may be named as the winners too
    winner_team: bool = False
    # the vote a decision was taken by, in its clause ("7-4" of "voted 7–4 to reject",
    # "6-5" of "was defeated by 6 votes to 5"): one vote, one decision, whatever the thing
    # is called ("the proposal", "the scheme"); else ""
    tally: str = ""
    # a person decided on, by the noun the text puts before their name ("treasurer" of
    # "convicted former municipal treasurer Daniel Whitcombe"), where a source may name them
    # by it alone ("acquitted a former municipal treasurer"); else ""
    described: str = ""
    # what it was about past the thing, by which things called differently are one: its
    # purpose's verb and words ("triple", "dog", "licence", "fee" of "a plan to triple the dog
    # licence fee"), the words of a charge ("food", "safety", "offences" of "convicted of two
    # food safety offences"), lower-cased, function words left out; else ()
    purpose: tuple[str, ...] = ()
    charge: tuple[str, ...] = ()
    named: bool = False  # the thing is a name's ("convicted Dale Moss"): a person decided on


_LETTERS = re.compile(r"[^\W\d_]+")


def _first_words(phrases: list[str]) -> frozenset[str]:
    """The first run of letters of each phrase, lower-cased: a text holding none of them can
    hold none of the phrases ("re" of "re-elected")."""
    return frozenset(found[0] for phrase in phrases
                     if (found := _LETTERS.findall(phrase.lower())))


_DOING = re.compile(r"[a-z]+ing\s")  # an object that opens with a gerund: "replacing the …"
HYPOTHETICAL_CHARS = 64  # before an outcome's verb, in which a cue makes it undecided


def outcomes(text: str, lex: LexiconLookup) -> list[Outcome]:
    """The outcomes ``text`` states, in text order."""
    patterns = lex.derived(_OutcomePatterns)
    if patterns.first_words.isdisjoint(_LETTERS.findall(text.lower())):
        return []  # most sentences (a set lookup: the patterns cost ten times as much)
    found = []
    for match in patterns.active.finditer(text):
        if _a_name(text, match.start("verb")):
            continue  # "Shanice Grant scored 49 goals": a name, not the verb "grant"
        if patterns.a_noun(text, match.start("verb")):
            continue  # "The win leaves them four points behind": a noun, not the verb "win"
        if patterns.auxiliary.search(text, max(0, match.start() - 24), match.start()) and (
                not patterns.gives(match.group("object"))
                or match.group("verb").split()[-1].lower() in patterns.prepositions):
            continue  # "was rejected unanimously", "was cleared of arson": a passive, below
        if patterns.hypothetical.search(text, max(0, match.start() - HYPOTHETICAL_CHARS),
                                        match.start()):
            continue  # "has no power to block it", "could reject the offer": not decided
        thing = patterns.head(match.group("object"))
        if thing:
            winner, team = patterns.winner(text, match)
            outcome = replace(_outcome(text, match, thing, patterns, winner,
                                       _described(match.group("object"), patterns)),
                              winner_team=team)
            # (past the age of a person decided on: "convicted Dale Moss, 46, of arson")
            purpose, charge = patterns.about(_AN_AGE_ASIDE.sub("", text[match.end():], count=1))
            if not purpose and _DOING.match(match.group("object")):
                # "approved replacing the old voting system": a purpose, its verb first
                purpose = patterns.about(f"to {text[match.start('object'):]}")[0]
            found.append(replace(outcome, purpose=purpose, charge=charge,
                                 named=_ends_with_a_name(match.group("object"))))
    for match in patterns.separated.finditer(text):
        thing = patterns.head(match.group("object"))
        if thing:
            said = f"{match.group('verb')} {match.group('rest')}"
            way = 1 if " ".join(said.lower().split()) in patterns.for_words else -1
            outcome = _outcome(text, match, thing, patterns, way=way,
                               described=_described(match.group("object"), patterns))
            found.append(replace(outcome, verb=" ".join(said.split())))
    read = {outcome.start for outcome in found}
    voted: list[Outcome] = []
    for match in [*patterns.tallied.finditer(text), *patterns.voted_to.finditer(text)]:
        # "voted 14–9 against a grant", "voted 5-4 to make meals free": the way after the tally;
        # "voted to buy the village's last shop": no tally, the purpose alone
        if match.start("verb") in read:
            continue  # "voted to back the plan": an outcome verb's own, read above
        voted_on = match.group("object") or ""
        if match.group("to") and (patterns.verb.match(text, match.start("to")) or _GERUND.match(
                voted_on) or not voted_on):
            # "voted 7-4 to reject the offer", "… to turn down the plan": the verb's own outcome,
            # read above; "voted 5-2 to recommend denying a request": which way is the next
            # verb's
            continue
        # (a pronoun is no thing: "voted 11 to 7 against it" is known by its tally alone)
        thing = patterns.head(voted_on) if voted_on and not patterns.a_pronoun(voted_on) else ""
        if thing is not None:
            # (what was voted "to" do is no thing another verb decides: "voted 9-5 to remove
            # night crews" is not "crews" a station is "to lose", only the same vote; a vote
            # with no thing after its way is known by its tally alone)
            to = match.group("to")
            outcome = _outcome(text, match, f"to {to.lower()} {thing}" if to else thing,
                               patterns, way=-1 if match.group("against") else 1,
                               described=_described(voted_on, patterns))
            said = " ".join(text[match.start("verb"):match.end("way")].split())
            purpose = patterns.about(f"to {to} {voted_on}")[0] if to else ()
            voted.append(replace(outcome, verb=said, purpose=purpose))
    for match in patterns.passive.finditer(text):
        if match.start("verb") in read:
            continue  # "was granted bail": what was given or withheld, read above
        # (the subject's words before "was", read back from it: a pattern that reads them
        # forward is tried at every word)
        clause = _subject_clause(text[:match.start()], patterns.set_off_openers)
        # ("a farmer accused of stealing 340 sheep was acquitted": the farmer, not the sheep)
        accused = patterns.charge_cue.search(clause)
        words = clause[:accused.start() if accused else None].split()
        # ("Plans for a cable car that would have been the longest in Wales have been
        # rejected": the plans, not what the relative clause says of them)
        relative = next((at for at, word in enumerate(words)
                         if at and word.lower() in patterns.relatives), None)
        words = words[:relative]
        # ("an amendment to cap the rise at 2.99 per cent was defeated", "plans by the owners
        # of the mill to turn it into flats were rejected": the thing before its purpose, from
        # where its clause starts, and the purpose after it, however long)
        purpose_opens = patterns.purpose_at(words)
        subject = " ".join(words if purpose_opens else words[-OBJECT_WORDS:])
        phrase = patterns.before_a_preposition(subject)
        whole = patterns.before_a_preposition(" ".join(words))
        if not purpose_opens and len(whole.split()) <= OBJECT_WORDS and patterns.head(whole):
            # (the subject's head before its first preposition, however many follow: "Plans
            # for a marina on the canal at Owlcote have been rejected")
            subject, phrase = " ".join(words), whole
        thing = patterns.head(phrase)
        if thing:
            # ("Plans for a 780-space car park … have been rejected": the car park's too)
            described = _described(phrase, patterns) or patterns.proposed(
                thing, subject[subject.find(phrase) + len(phrase):])
            outcome = _outcome(text, match, thing, patterns, described=described)
            charge = patterns.charged(match.group("verb"), text[match.end("verb"):], clause)
            # ("a plan to close the rink was rejected": the purpose after the thing)
            rest = (" ".join(words[purpose_opens:]) if purpose_opens
                    else subject[subject.find(phrase) + len(phrase):])
            found.append(replace(outcome, purpose=patterns.about(rest)[0],
                                 charge=charge, named=_ends_with_a_name(phrase)))
    # a vote read with its way is its tally's: another verb of the sentence ("6,800
    # cardholders are currently blocked") does not take it
    tallies = {outcome.tally for outcome in voted}
    found = [replace(outcome, tally="") if outcome.tally in tallies else outcome
             for outcome in found] + voted
    return sorted(found, key=lambda outcome: outcome.start)


def _ends_with_a_name(phrase: str) -> bool:
    words = phrase.split()
    return bool(words) and words[-1][:1].isupper()


def _subject_clause(before: str, set_off_openers: frozenset[str]) -> str:
    """The words of a passive's subject: the clause right before its verb, or, past an
    appositive of figures ("Lee Hart, 34, was convicted") or a phrase set off that opens
    with a preposition or a relative pronoun (``set_off_openers``: "A further appeal, by
    rider Lukas Brenner against a penalty, was rejected"; "Leo Marsh, 31, who was accused of
    driving the van, was cleared"), the one before that."""
    pieces = _CLAUSE_MARK.split(before)
    while len(pieces) > 1 and (_FIGURES_ONLY.fullmatch(pieces[-1]) or (
            pieces[-1].split()[:1] and pieces[-1].split()[0].lower() in set_off_openers)):
        pieces.pop()
    return pieces[-1]


# "the Masters", "this year's title", "her third title": one thing of its kind
_DEFINITE = re.compile(r"(?:the|this|that|its|his|her|their|[A-Z][\w'’-]*['’]s?)\s", re.IGNORECASE)
_CAPITALIZED = re.compile(r"\b[A-Z][\w'’-]*\w")


# After a possessive name, what it owns: "Stanley Oduya's pigeon", "Ada Roe's 1,127-kilogram
# pumpkin"
_A_LOWER_WORD = re.compile(r"\s+(?:\d[\d,.]*[\w-]*\s+)?[a-z]")
# Before a name: an indefinite article, which makes it say what kind ("a Bradewell loft")
_A_KIND_OF = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
# What a plan is for, after it: " for a 780-space car park at the hospital"
_FOR = re.compile(r"\s*for\s+(.+)", re.IGNORECASE)
# A side's squad after its possessive name, in one or two words: "Avonmere's women", "Kelso's
# under-18s", "Dunmore's under-19 squad"
_SQUAD = r"(?:['’]s?\s+(?-i:[a-z][\w-]*)(?:\s+(?-i:[a-z][\w-]*))?)?"
# An age between commas after a name: "Clifford Bale, 67, beat …"
_AGE = r"(?:\s?,\s?\d{1,3}\s?,)?"
# How many characters before a verb a determiner is looked for (a word's length and a space)
_DETERMINER_REACH = 12
# A relative pronoun after a side's name: "leaders Holmford, who beat Drayfield"
_WHO = r"(?:\s?,\s?(?i:who))?"
# A possessive name before a side, tokenized or not: "England's", "england 's"
_OWNER = r"(?:[A-Za-z][\w-]*\s?['’]s\s+)?"
# A verb's "-ing" form and its object opening a phrase: "denying a request" (not a noun's
# modifier: "parking charges")
_GERUND = re.compile(r"[a-z]+ing\s+(?:a|an|the|its|their|his|her|this|that|these|those)\b",
                     re.IGNORECASE)
# Between a placing verb and "ahead of" or "behind": a margin, "in", up to four words ("two
# points", "in third place, eight marks")
# (not "from": "coming from behind to beat B" is no placing)
_PLACED_BETWEEN = r"(?:(?!from\b)[\w.,'’-]+\s+){0,4}?"
# Before a side's name: up to three lower-case words or figures ("23-year-old", "the
# favourite"), no verb's "to" ("behind to beat B")
_SIDE_DESCRIBED = r"(?:(?:the|a|an)\s+)?(?:(?!to\b)(?-i:[a-z\d])[\w'’-]*\s+){0,3}?"
# Nothing, or only figures: an age between commas.
_FIGURES_ONLY = re.compile(r"[\s\d]*")
_AN_AGE_ASIDE = re.compile(r"^\s?,\s?\d{1,3}\s?,")


def contests(text: str, lex: LexiconLookup) -> list[Outcome]:
    """Who won a contest between two named sides ("Bouchard beat Davis", "Bouchard was beaten
    6-3, 6-1 by Lauren Davis", "Davis's win over Bouchard"), as an outcome of the thing
    "bouchard v davis" (the sides' last words, in alphabetical order): +1 where the first
    won."""
    patterns = lex.derived(_ContestPatterns)
    if patterns.first_words.isdisjoint(_LETTERS.findall(text.lower())) or (
            patterns.cue.search(text) is None):
        return []
    found = []
    for pattern, winner_first in patterns.readings:
        for match in pattern.finditer(text):
            first, second = _side(match.group("one")), _side(match.group("other"))
            if not first or not second or first == second:
                continue
            winner, loser = (first, second) if winner_first else (second, first)
            named = (match.group("one"), match.group("other"))
            won, lost = named if winner_first else named[::-1]
            ordered = sorted((winner, loser))
            found.append(Outcome(thing=" v ".join(ordered), way=1 if winner == ordered[0] else -1,
                                 verb=f"{won} beat {lost}", start=match.start(),
                                 end=match.end()))
    results = [*((found, True) for found in patterns.after_a_comma.finditer(text)),
               *((found, True) for found in patterns.after_a_gerund.finditer(text)),
               *((found, False) for found in patterns.after_losing.finditer(text)),
               *((found, False) for found in patterns.beaten_after_a_comma.finditer(text)),
               *((found, found["ahead"] is not None)
                 for found in patterns.placed_after_a_comma.finditer(text)),
               *((found, found["won"] is not None)
                 for found in patterns.owned_result.finditer(text))]
    for match, subject_won in results:
        # "Hanbit Phoenix won the tournament on Sunday, beating Nova Gaming 3-2", "Bouchard
        # shows her frustrations during her straight-sets defeat by Lauren Davis": the
        # sentence's subject beat the side after the gerund, or won or lost to the side after
        # the possessive's noun
        opened = patterns.opening.match(text, _sentence_start(text, match.start()),
                                        match.start())
        if opened is None or (" " not in opened.group("one")
                              and is_common_word(opened.group("one"))):
            continue  # "After trailing at half-time, …": no name opens the sentence
        winner, loser = _side(opened.group("one")), _side(match.group("other"))
        if not subject_won:
            winner, loser = loser, winner
        if winner and loser and winner != loser:
            ordered = sorted((winner, loser))
            sides = (opened.group("one"), match.group("other"))
            won, lost = sides if subject_won else sides[::-1]
            if any(known.thing == " v ".join(ordered) and known.end == match.end()
                   for known in found):
                continue  # read already ("A took third place by beating B")
            found.append(Outcome(
                thing=" v ".join(ordered), way=1 if winner == ordered[0] else -1,
                verb=f"{won} beat {lost}", start=opened.start(), end=match.end()))
    return sorted(found, key=lambda outcome: outcome.start)


# Where a sentence's words begin after its dateline: "SEOUL, Nov 10 - ", "KILDARRAGH,
# Ireland, May 26 — "
_DATELINE = re.compile(r"[^.!?—–]{0,60}?\s[—–-]\s")


def _sentence_start(text: str, end: int) -> int:
    """Where the sentence holding ``end`` starts, past a dateline."""
    last_end = max(text.rfind(mark, 0, end) for mark in (". ", "! ", "? ", "; "))
    start = last_end + 2 if last_end >= 0 else 0
    dateline = _DATELINE.match(text, start, end)
    return dateline.end() if dateline else start


def _a_name(text: str, start: int) -> bool:
    """Whether the word at ``start`` is capitalized inside its sentence: a name's."""
    return text[start:start + 1].isupper() and text[:start].rstrip()[-1:] not in (
        "", ".", "!", "?", ":", '"', "“", "‘", "'")


def _side(name: str) -> str:
    """A side of a contest by its last word, lower-cased: "davis" of "American Lauren Davis"."""
    words = name.split()
    return words[-1].lower().removesuffix("'s").removesuffix("’s") if words else ""


def _outcome(text: str, match: re.Match[str], thing: str, patterns: _OutcomePatterns,
             winner: str = "", described: str = "", way: int | None = None) -> Outcome:
    verb = match.group("verb")
    if way is None:
        way = 1 if " ".join(verb.lower().split()) in patterns.for_words else -1
    if patterns.negation.search(text, max(0, match.start("verb") - 24), match.start("verb")):
        way = -way
    return Outcome(thing=thing, way=way, verb=match.group("verb"), start=match.start("verb"),
                   end=match.end("verb"), winner=winner if way > 0 else "",
                   tally=_tally(text, match.start("verb"), match.end("verb"), patterns),
                   described=described)


def _described(phrase: str, patterns: _OutcomePatterns) -> str:
    """The noun right before the name a thing's phrase ends with ("treasurer" of "former
    municipal treasurer Daniel Whitcombe", "instructor" of "Diving instructor Marcus Fell"),
    lower-cased; "" where the phrase ends with no name or has no such noun before it."""
    words = phrase.split()
    named = len(words)
    while named and words[named - 1][:1].isupper():
        named -= 1
    if named in (0, len(words)) or not _LOWER_NOUN.fullmatch(words[named - 1]) or (
            words[named - 1] in patterns.function_words):
        return ""  # (nor "the" of "the Valencia Classic")
    return words[named - 1]


_LOWER_NOUN = re.compile(r"[a-z][a-z-]{3,}")  # four letters or more: no article
_ABOUT_WORD = re.compile(r"[^\W\d_][\w'’-]{2,}")  # three letters or more
_LOWER_WORD = re.compile(r"[a-z]+")


def _tally(text: str, start: int, end: int, patterns: _OutcomePatterns) -> str:
    """The vote in the clause of the verb at ``start``–``end``, larger side first ("7-4"):
    "voted 7–4 to reject", "was defeated by 6 votes to 5", "voted four to one against"; ""
    for none, or where another verb of an outcome stands between them, whose vote it is ("is
    to lose two boats under plans the board approved 6-3")."""
    clause_start = max((text.rfind(mark, max(0, start - _TALLY_REACH), start)
                        for mark in _CLAUSE_ENDS), default=-1) + 1
    clause_end = min((found for mark in _CLAUSE_ENDS
                      if (found := text.find(mark, end, end + _TALLY_REACH)) >= 0),
                     default=min(len(text), end + _TALLY_REACH))
    vote = _TALLY.search(text, clause_start, clause_end) or patterns.voted.search(
        text, clause_start, clause_end)
    if vote is None or (vote.re is _TALLY and vote.group("votes") is None
                        and text[start:end].lower() in patterns.scored_verbs):
        # "lost the seventh game 3-2": a score, which one side's verb reads its own way
        return ""
    between = text[end:vote.start()] if vote.start() >= end else text[vote.end():start]
    if patterns.verb.search(between):
        return ""
    return _sides(vote)


def _sides(vote: re.Match[str]) -> str:
    """A vote's two sides as digits, larger first: "7-4" of "four votes to seven"."""
    sides = sorted((_side_count(vote.group(side)) for side in ("one", "other")), reverse=True)
    return f"{sides[0]}-{sides[1]}"


def _side_count(side: str) -> int:
    value = parse_number(side)
    return int(value or 0)


_TALLY_REACH = 160  # characters either side of the verb (a long object between)
_CLAUSE_ENDS = (";", ". ", "? ", "! ")
# A side of a vote: "1,184", "eight", "twenty-one".
_SIDE = rf"(?:(?<![\d.,])\d{{1,3}}(?:,\d{{3}})*|\b{WORD_NUMBER})"
_NOT_A_SHARE = r"(?![\d.,]*\s*(?:%|per\b|percent))"
# "7-4", "7–4", "by 6 votes to 5", "1,184 votes to 312", "by eight votes to five": the two
# sides of a vote (a dash between figures only: "twenty-one" is one number)
_TALLY = re.compile(rf"(?P<one>{_SIDE})(?:(?<=\d)\s?[-–—]\s?(?=\d)|\s+(?P<votes>votes?)\s+to\s+)"
                    rf"(?P<other>{_SIDE}){_NOT_A_SHARE}", re.IGNORECASE)
# After a vote's verb, "to" alone: "voted 7 to 5", "voted four to one" (not "from 7 to 5")
_VOTED_TALLY = (rf"(?P<one>{_SIDE})(?:(?<=\d)\s?[-–—]\s?(?=\d)|\s+(?:(?P<votes>votes?)\s+)?to\s+)"
                rf"(?P<other>{_SIDE}){_NOT_A_SHARE}")


class _OutcomePatterns:
    """The lexicon's outcome verbs as patterns: a verb and the thing after it, the thing and
    "was" or "were" with the verb after it."""

    def __init__(self, lex: LexiconLookup) -> None:
        lexicon = lex.lexicon
        self.for_words = frozenset(" ".join(word.lower().split())
                                   for word in lexicon.outcomes_for)
        words = [*lexicon.outcomes_for, *lexicon.outcomes_against]
        self.first_words = _first_words([*words, *lexicon.vote_verbs,
                                         *lexicon.passive_outcomes_against])
        verbs = f"{starting(words)}(?:{alternation(words)})"
        self.verb = re.compile(rf"\b{verbs}\b", re.IGNORECASE)
        # (a word, not the start of a hyphenated one: "the by-election", "its on-call rota")
        stops = rf"(?:{alternation(lexicon.outcome_object_ends)})(?![-'’])"
        # (of an amount too: "upheld a $4.5 million judgment", "lost its £412,000 claim";
        # with a comma before another figure: "a €118 million, 3.8-kilometre tram extension";
        # a full stop only inside a word or after an abbreviation: "won the U.S. Open", not
        # "won the weigh-off. Ray Tull …", the next sentence)
        plain = r"[\w'’$£€¥%-]+"
        word = (rf"(?:\b(?:{alternation(lexicon.abbreviations)})\.|{plain}(?:\.{plain})*)"
                r"(?:,\d{3})*(?:,(?=\s+[\d$£€¥]))?")
        self.active = re.compile(
            # (past an aside between commas: "narrowly backed, by 6 votes to 5, a $4.6m plan";
            # or a vote's tally alone: "approved by seven votes to four a plan")
            rf"\b(?P<verb>{verbs})(?:\s?,[^,.;]{{1,40}},|\s+by\s+{_VOTED_TALLY})?\s+"
            rf"(?P<object>(?:(?!(?:{stops})\b){word}\s+){{0,{OBJECT_WORDS - 1}}}"
            rf"(?!(?:{stops})\b)[^\W\d_][\w'’-]*)", re.IGNORECASE)
        # a vote, its tally, and which way it went: "voted 14–9 against a grant", "voted 5-4
        # to make meals free", "voted 6-1 in favour of the plan", "voted by 7 votes to 4 to
        # extend the trial"
        self.tallied = re.compile(
            rf"\b(?P<verb>{alternation(lexicon.vote_verbs)})\s+(?:by\s+)?{_VOTED_TALLY}\s+"
            r"(?:[a-z][\w'’-]*\s+){0,3}?"  # "voted 5–2 last spring to abolish late fees"
            rf"(?P<way>(?P<against>{alternation(lexicon.votes_against)})|"
            rf"{alternation(lexicon.votes_for)}|to\s+(?P<to>[a-z]+))"
            # (or none: "The committee voted 9 to 3 in favour.")
            rf"(?:\s+(?P<object>(?:(?!(?:{stops})\b){word}\s+){{0,{OBJECT_WORDS - 1}}}"
            rf"(?!(?:{stops})\b)[^\W\d_][\w'’-]*)|(?=\s*[.;]))", re.IGNORECASE)
        self.vote_verb = re.compile(rf"\b(?:{alternation(lexicon.vote_verbs)})\b", re.IGNORECASE)
        # a vote with no tally for what the verb after "to" does: "voted to buy the shop"
        # (an outcome for that purpose; "against" never stands here)
        self.voted_to = re.compile(
            # (not a tally's side: "by seven votes to four")
            rf"\b(?P<verb>{alternation(lexicon.vote_verbs)})\s+"
            rf"(?P<way>to\s+(?P<to>(?!{WORD_NUMBER}\b)[a-z]+))"
            rf"(?P<against>(?!))?\s+(?P<object>(?:(?!(?:{stops})\b){word}\s+){{0,{OBJECT_WORDS - 1}}}"
            rf"(?!(?:{stops})\b)[^\W\d_][\w'’-]*)", re.IGNORECASE)
        # a vote's sides after its verb, where "to" alone joins them: "voted 7 to 5"
        self.voted = re.compile(
            rf"\b(?P<voted>{alternation(lexicon.vote_verbs)})\s+(?:by\s+)?{_VOTED_TALLY}",
            re.IGNORECASE)
        # a side's verbs, with which a bare "3-2" is a game's score, not a vote's tally
        self.scored_verbs = frozenset(word.lower() for word in (
            *lexicon.sole_winning_verbs, *lexicon.losing_verbs))
        self.auxiliary = re.compile(r"\b(?:was|were|been|is|are|be)\s+(?:\w+ly\s+)?$",
                                    re.IGNORECASE)
        # a phrase with its object between its first word and the rest ("found Ryan Collard,
        # of Branksea, not guilty", "turned the offer down"; not a preposition's: "voted for")
        prepositions = lex.words("prepositions")
        parted = [word.split() for word in words if len(word.split()) > 1
                  and word.split()[1].lower() not in prepositions]
        self.separated = re.compile(
            rf"\b(?P<verb>{alternation({first for first, *_ in parted})})\s+"
            rf"(?P<object>(?:(?!(?:{alternation(lexicon.outcome_negations)})\b)[\w'’-]+\s+){{0,3}}?"
            rf"[\w'’-]+)(?:\s*,[^,.;]{{1,40}},)?\s+"
            rf"(?P<rest>{alternation({' '.join(rest) for _, *rest in parted})})\b",
            re.IGNORECASE)
        # verbs of an outcome only after "was" ("has been cleared by magistrates", not "was
        # cleared to fly"), and a cheap test for them before the passive is read
        only_passive = (rf"(?:{alternation(lexicon.passive_outcomes_against)})\b"
                        rf"(?!\s+(?:{alternation(lexicon.permission_openers)})\b)")
        self.passive_only = re.compile(
            rf"\b(?:{alternation(lexicon.passive_outcomes_against)})\b", re.IGNORECASE)
        self.passive = re.compile(
            rf"(?<=[^\W_])\s*,?\s+(?:was|were|has been|have been|had been|is|are)\s+"
            # one word may stand between: "was later acquitted", "were also convicted"
            rf"(?:[a-z]+\s+)?(?P<verb>{verbs}\b|{only_passive})", re.IGNORECASE)
        self.negation = re.compile(
            rf"\b(?:{alternation(lexicon.outcome_negations)})\s+(?:\w+\s+)?$", re.IGNORECASE)
        # (or past whom it asks, up to the infinitive's "to": "had urged employees before the
        # vote to reject the union")
        self.hypothetical = re.compile(
            rf"\b(?:{alternation(lexicon.outcome_hypotheticals)})\s+"
            rf"(?:(?:\w+\s+){{0,2}}|(?:[\w'’-]+\s+){{1,8}}?to\s+)$", re.IGNORECASE)
        self.sole_winning = frozenset(word.lower() for word in lexicon.sole_winning_verbs)
        self.beating = re.compile(rf"\b(?:{alternation(lexicon.winning_verbs)})\b",
                                  re.IGNORECASE)
        self.ends = frozenset(word.lower() for word in lexicon.outcome_object_ends)
        # "won the Open last year": a time after the thing is no part of it
        self.time_after = re.compile(
            rf"\s+(?:{alternation([*lexicon.relative_years, *lexicon.relative_months])})$",
            re.IGNORECASE)
        self.openers = frozenset(word.lower() for word in (
            *lexicon.clause_openers, *lexicon.attribution_verbs))
        self.not_things = self.ends | {word.lower() for word in lexicon.outcome_not_things}
        self.function_words = grammar(lex).function_words
        self.lex = lex
        self.purposes = lex.words("outcome_purposes")
        self.charges = lex.words("outcome_charges")
        self.charge_after_agent = re.compile(rf"\b(?:{alternation(lexicon.outcome_charges)})\s")
        self.charge_cue = re.compile(rf"\b(?:{alternation(lexicon.charge_cues)})\s",
                                     re.IGNORECASE)
        self.prepositions = lex.words("prepositions")
        self.relatives = lex.words("relative_pronouns") | lex.words("speaker_relatives")
        self.set_off_openers = self.prepositions | self.relatives
        self.proposal_nouns = lex.words("proposal_nouns")
        self.team_nouns = lex.words("team_nouns")
        self.determiners = lex.words("attributive_determiners")
        self.any_determiners = lex.words("determiners")
        self.noun_markers = lex.words("outcome_noun_markers")
        self.pronouns = lex.words("pronouns")
        self.short_words = lex.words("short_function_words")

    def winner(self, text: str, match: re.Match[str]) -> tuple[str, bool]:
        """Who won, where the verb is one of ``sole_winning_verbs`` and its object a named
        thing ("won the Masters", "won the Golden Heron award"; not "won a medal", "won the
        league"): the last name of the clause before the verb ("Callum Reid birdied the last
        two holes to win"), or before a verb of beating someone ("Team Varkas beat Helix Gaming
        3-1 to win"), with the capitalized words right before it, "of" between them too
        ("Abercrag Male Voice Choir", "Ryo Tanabe of Koryeon"), and whether it is where a team
        that won is from ("a crew from the University of Dunmore won"); else ("", False)."""
        thing = match.group("object")
        if match.group("verb").lower() not in self.sole_winning or not _DEFINITE.match(
                thing) or not _CAPITALIZED.search(thing, thing.find(" ")):
            return "", False
        clause = _CLAUSE_MARK.split(text[:match.start("verb")])[-1]
        offset = match.start("verb") - len(clause)
        names = [found for found in _CAPITALIZED.finditer(clause)
                 if _a_name(text, offset + found.start()) or not is_common_word(found.group())]
        beating = self.beating.search(clause)
        if beating is not None and any(name.end() <= beating.start() for name in names):
            names = [name for name in names if name.end() <= beating.start()]
        if not names or (names[-1].group().endswith(("'s", "’s")) and _A_LOWER_WORD.match(
                clause, names[-1].end())) or _A_KIND_OF.search(clause, 0, names[-1].start()):
            # "Stanley Oduya's pigeon won", "a pigeon from a Bradewell loft has won": the name
            # says whose or what kind, not who won
            return "", False
        start = names[-1].start()
        for earlier in reversed(names[:-1]):
            if clause[earlier.end():start] not in (" ", " of "):
                break
            start = earlier.start()  # ("Ryo Tanabe of Koryeon", "University of Leeds")
        before = clause[:start].lower().split()[-3:]
        if before and before[-1] in self.determiners:
            before = before[:-1]
        if before and before[-1] in self.prepositions and not (
                len(before) > 1 and before[-2] in self.team_nouns):
            # "a shepherd from the Isle of Rannay won": where the winner is from (but "a crew
            # from the University of Dunmore won": the university's team)
            return "", False
        team = bool(before) and before[-1] in self.prepositions
        return clause[start:names[-1].end()], team

    def about(self, words: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """What ``words``, right after a thing or a verb, say a decision was about: its purpose
        ("to triple the dog licence fee") and its charge ("of two food safety offences"), at
        most one of them, each as its content words up to a mark, lower-cased (a purpose's
        verb first)."""
        read = _CLAUSE_MARK.split(words, maxsplit=1)[0].split()[:ABOUT_WORDS + 1]
        if not read:
            return (), ()
        content = self.content(" ".join(read[1:]))
        return (content if self._opens_a_purpose(read, 0) else (),
                content if read[0].lower() in self.charges else ())

    def a_noun(self, text: str, start: int) -> bool:
        """Whether the word at ``start`` follows a determiner, as a noun does ("the win")."""
        before = text[max(0, start - _DETERMINER_REACH):start].split()
        return bool(before) and before[-1].lower() in self.noun_markers

    def _opens_a_purpose(self, words: Sequence[str], at: int) -> bool:
        """Whether a purpose opens at ``words[at]`` with its verb ("to triple"): not "to the
        airport", "to Leeds"."""
        return words[at].lower() in self.purposes and at + 1 < len(words) and (
            _LOWER_WORD.fullmatch(words[at + 1]) is not None
            and words[at + 1] not in self.any_determiners
            and words[at + 1] not in self.function_words)

    def purpose_at(self, words: Sequence[str]) -> int | None:
        """Where the first purpose of a thing's words opens ("to" of "a plan to close the rink
        …"), past its first word; None where they state none."""
        return next((at for at in range(1, len(words)) if self._opens_a_purpose(words, at)),
                    None)

    def charged(self, verb: str, after: str, subject: str) -> tuple[str, ...]:
        """A passive's charge: right after the verb's own preposition ("cleared of arson"),
        after the verb ("was convicted of arson"), past who decided, where or when ("was
        convicted by a jury at Dolgarth Crown Court of arson", "was convicted at Dolgarth
        Crown Court of arson"), or in its subject after a word that says what it
        was (lexicon charge_cues: "a farmer accused of stealing 340 sheep … was acquitted")."""
        last = verb.split()[-1]
        if last.lower() in self.charges:
            return self.about(f"{last}{after}")[1]
        clause = _CLAUSE_MARK.split(after, maxsplit=1)[0]
        opening = clause.split()[:1]
        if opening and opening[0].lower() in self.prepositions:
            opener = self.charge_after_agent.search(clause)
            clause = clause[opener.start():] if opener else ""
        charge = self.about(clause)[1]
        cue = self.charge_cue.search(subject) if not charge else None
        return charge if cue is None else self.content(
            " ".join(subject[cue.end():].split()[:ABOUT_WORDS]))

    def content(self, text: str) -> tuple[str, ...]:
        """The content words of what a decision was about, lower-cased, in order, words of
        three letters too ("to buy the pub": its verb first, "buy"; lexicon function_words,
        short_function_words left out)."""
        return tuple(word for word in (found.lower() for found in _ABOUT_WORD.findall(text))
                     if word not in self.function_words and word not in self.short_words)

    def before_a_preposition(self, phrase: str) -> str:
        """A passive's subject from where its clause starts (after "said", "that") up to its
        first preposition: "his appeal" of "the court said his appeal against the sentence"."""
        words = phrase.split()
        opened = [at for at, word in enumerate(words) if word.lower() in self.openers]
        words = words[opened[-1] + 1:] if opened else words
        cut = next((at for at, word in enumerate(words) if at and word.lower() in self.ends),
                   len(words))
        return " ".join(words[:cut])

    def gives(self, phrase: str) -> bool:
        """Whether the words after a passive verb are what it gave or withheld ("was granted
        bail", "has been refused permission"), not an adverb or its agent ("was rejected
        unanimously", "was approved by the board")."""
        first = phrase.split()[0].lower()
        return not first.endswith("ly") and first not in self.not_things and first != "by" and (
            self.head(phrase) is not None)

    def a_pronoun(self, phrase: str) -> bool:
        """Whether a thing's words are a pronoun alone ("it", "them"; lexicon pronouns)."""
        return phrase.strip().lower() in self.pronouns

    def proposed(self, thing: str, after: str) -> str:
        """What a plan is for, where the thing decided is one (lexicon proposal_nouns) and
        "for" follows it: "park" of "plans" and " for a 780-space car park at the hospital";
        else nothing."""
        found = _FOR.match(after) if thing in self.proposal_nouns else None
        return (self.head(self.before_a_preposition(found.group(1))) or "") if found else ""

    def head(self, phrase: str) -> str | None:
        """The last word of a thing's phrase, lower-cased, where it is a noun's (not a
        figure's unit or a function word)."""
        words = [word.lower().strip(".") for word in self.time_after.sub("", phrase).split()]
        if not words or words[-1] in self.not_things or any(
                char.isdigit() for char in words[-1]):
            return None
        return words[-1].removesuffix("'s").removesuffix("’s")


class _ContestPatterns:
    """The lexicon's words of winning and losing between two capitalized names."""

    def __init__(self, lex: LexiconLookup) -> None:
        lexicon = lex.lexicon
        connectors = alternation(lex.connectors)
        word = r"[A-Z][\w'’-]*[\w]"
        name = rf"{word}(?:\s+(?:(?:{connectors})\s+)*{word}){{0,3}}"
        one, other = rf"(?P<one>{name})", rf"(?P<other>{name})"
        beat = alternation(lexicon.winning_verbs)
        beaten = alternation(lexicon.losing_participles)
        lost = alternation(lexicon.losing_verbs)
        wins = alternation(lexicon.win_nouns)
        losses = alternation(lexicon.loss_nouns)
        beating = alternation(lexicon.winning_gerunds)
        won = alternation(lexicon.sole_winning_verbs)
        placing = alternation(lexicon.placing_verbs)
        ahead, behind = alternation(lexicon.placed_ahead), alternation(lexicon.placed_behind)
        score = r"(?:[\d–-]+(?:\s*,\s*[\d–-]+)*\s+)?"
        cues = [*lexicon.winning_verbs, *lexicon.losing_participles, *lexicon.losing_verbs,
                *lexicon.win_nouns, *lexicon.loss_nouns, *lexicon.winning_gerunds,
                *lexicon.losing_gerunds, *lexicon.sole_winning_verbs, *lexicon.placed_ahead,
                *lexicon.placed_behind]
        self.cue = re.compile(rf"\b{starting(cues)}(?:{alternation(cues)})\b", re.IGNORECASE)
        self.first_words = _first_words(cues)
        # ", beating B": B lost to the sentence's subject, a name at its start ("Outsider
        # Silver Tansy, trained by …, won the trial, beating the favourite Moonlit Arbour")
        # (past a description set off by a comma: "beating the Residents' Alliance
        # candidate, Colin Stead")
        self.after_a_comma = re.compile(rf",\s+(?i:{beating})\s+{score}"
                                        rf"(?:(?i:the|a|an)\s+[^,.;]{{1,60}}?,\s+)?"
                                        rf"(?:[a-z-]+\s+){{0,3}}?{other}\b")
        # "… after beating B", "… by beating B" past any words: B lost to the sentence's
        # subject ("Athletic reached the final of the County Cup on Sunday after beating B")
        self.after_a_gerund = re.compile(rf"\b(?:by|after)\s+(?i:{beating})\s+{score}"
                                         rf"(?:[a-z-]+\s+){{0,3}}?{other}\b")
        # "… after losing 13-11 to B": the sentence's subject lost to B
        self.after_losing = re.compile(
            rf"\b(?i:after)\s+(?i:{alternation(lexicon.losing_gerunds)})\s+{score}"
            rf"(?:[a-z-]+\s+){{0,3}}?(?i:to)\s+(?:(?i:the)\s+)?{other}\b")
        # (past a description: "Independent candidate Helen Marchbank")
        # "her straight-sets defeat by B", "his first win over B": the subject's result
        # (or what the subject's game "ended in": "Tarn Valley's season ended in a 3-1 loss to
        # Kelso Rovers")
        self.owned_result = re.compile(
            rf"\b(?i:his|her|their|its|(?:ended|finished)\s+in\s+an?)\s+{score}"
            rf"(?:[a-z-]+\s+){{0,2}}?(?:(?P<won>(?i:{wins}))\s+"
            rf"(?i:over|against)|(?i:{losses})\s+(?i:to|by|against))\s+"
            rf"(?:[a-z]+\s+){{0,2}}?{other}\b")
        # ", beaten 21-17 by 23-year-old B": the sentence's subject lost to B; ", finishing
        # two points behind B" / "… ahead of B": it came after or before B
        self.beaten_after_a_comma = re.compile(
            rf",\s+(?i:{beaten})\s+{score}(?i:by)\s+{_SIDE_DESCRIBED}{other}\b")
        self.placed_after_a_comma = re.compile(
            rf",\s+(?i:{placing})\s+{_PLACED_BETWEEN}(?:(?P<ahead>(?i:{ahead}))|(?i:{behind}))"
            rf"\s+{_SIDE_DESCRIBED}{other}\b")
        self.opening = re.compile(rf"(?:[A-Z][a-z-]*\s+(?=[a-z]))?(?:[a-z-]+\s+){{0,2}}?{one}\b")
        # (past an aside set off by commas: "Vos, the 2021 champion, had been beaten …")
        aside = r"(?:\s*,(?:[^,.;]{1,50},){1,2})?"
        self.readings: list[tuple[re.Pattern[str], bool]] = [
            # "A beat B", "A came from behind to beat B", "A, 67, beat his former pupil B"
            (re.compile(rf"\b{one}{_SQUAD}{_AGE}{_WHO}\s+(?:(?:[a-z]+\s+){{1,4}}?to\s+)?(?i:{beat})\s+"
                        rf"(?:[a-z][a-z-]*\s+){{0,3}}?{other}\b"), True),
            # "A, the tournament's 2021 champion, had beaten B"
            (re.compile(rf"\b{one}{aside}\s+(?i:had|has|have)\s+(?i:{beaten})\s+"
                        rf"(?:[a-z]+\s+){{0,3}}?{other}\b"), True),
            (re.compile(rf"\b{one}{aside}\s+(?i:was|were|had been|has been|have been)\s+"
                        rf"(?:[a-z]+\s+)?(?i:{beaten})\s+{score}"
                        rf"(?i:by)\s+{_OWNER}(?:[a-z]+\s+){{0,2}}?{other}\b"), False),
            # "A lost 4-0 at home to top-flight B"
            (re.compile(rf"\b{one}(?:{aside}|{_WHO}|{_SQUAD})\s+(?i:{lost})\s+{score}"
                        rf"(?:[a-z]+\s+){{0,2}}?"
                        rf"(?i:to)\s+(?:[a-z][a-z-]*\s+){{0,2}}?{other}\b"), False),
            # "A lost the Ashworth Marsh by-election to B", "A's women lost the final 9-8 to B"
            (re.compile(rf"\b{one}{_SQUAD}\s+(?i:{lost})\s+(?i:the|a|an|his|her|their|its)\s+"
                        rf"(?:[\w'’-]+\s+){{0,5}}?(?i:to)\s+(?:[a-z]+\s+){{0,2}}?{other}\b"),
             False),
            (re.compile(rf"\b{one}['’]s?\s+{score}(?:[a-z]+\s+)?(?i:{wins})\s+(?i:over|against)\s+"
                        rf"(?:[a-z]+\s+){{0,2}}?{other}\b"), True),
            (re.compile(rf"\b{one}['’]s?\s+{score}(?:[a-z]+\s+)?(?i:{losses})\s+(?i:to|by|against)\s+"
                        rf"(?:[a-z]+\s+){{0,2}}?{other}\b"), False),
            # "A won the final 52-47 against B", "A won the seat by 2,106 votes over B"
            (re.compile(rf"\b{one}{_AGE}\s+(?i:{won})\s+(?:[\w'’,.-]+\s+){{0,8}}?"
                        rf"(?i:against|over)\s+(?:the\s+)?{_OWNER}{other}\b"), True),
            # "A finished two points behind B", "A, 24, came in ahead of the favourite B"
            (re.compile(rf"\b{one}{_AGE}(?:\s+[a-z-]+){{0,3}}?\s+(?i:{placing})\s+"
                        rf"{_PLACED_BETWEEN}(?i:{ahead})\s+{_SIDE_DESCRIBED}{other}\b"), True),
            (re.compile(rf"\b{one}{_AGE}(?:\s+[a-z-]+){{0,3}}?\s+(?i:{placing})\s+"
                        rf"{_PLACED_BETWEEN}(?i:{behind})\s+{_SIDE_DESCRIBED}{other}\b"), False),
            # "A took third place by beating B", "A won the cup after defeating B"
            (re.compile(rf"\b{one}{_AGE}\s+(?:[a-z]+\s+){{1,6}}?(?:by|after)\s+(?i:{beating})\s+"
                        rf"(?:[a-z]+\s+){{0,3}}?{other}\b"), True),
        ]

