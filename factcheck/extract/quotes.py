"""Quoted passages of a claim, what a rule compares with the cited source's words; and who a
sentence says spoke its quotation, which a rule compares with who the source says did."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from factcheck.extract.alignment import normalize
from factcheck.extract.chinese import has_han, is_han
from factcheck.extract.lookup import LexiconLookup, alternation
from factcheck.extract.names import is_common_word
from factcheck.models import Quote, Span
from factcheck.models.trusted import trusted

_QUOTE_MARK = re.compile(r"[\"“”„«»「」『』]")
_OPENING, _CLOSING = "“„«「『", "”»」』"
# Where a quotation leaves the speaker's words: an ellipsis, or the editor's own words in square
# brackets ("left [the NHS] in a worse state", "[sic]").
_ELIDED = re.compile(r"\s*(?:\[[^\[\]]{1,80}\]|\(\s*(?:\.\s*){3}\)|\.{3}|…)\s*")
QUOTE_WORDS = 4  # shorter quoted phrases are mostly names, titles and terms
SHORT_QUOTE_WORDS = 2  # a shorter one is never checked: one word is a term's or a name's
QUOTE_HAN_CHARACTERS = 8  # the same in Chinese, which sets no spaces between words


def find_quotes(text: str, offset: int, span: Callable[[int, int], Span]) -> list[Quote]:
    """The claim's quoted passages of two words or more, those under ``QUOTE_WORDS`` marked
    short (a term's or a name's as often as someone's words); ``text`` starts at ``offset``
    in the document."""
    found = []
    for start, end in quotation_spans(text):
        passage = text[start:end].strip()
        if has_han(passage):
            if sum(map(is_han, passage)) < QUOTE_HAN_CHARACTERS:
                continue
            short = False
        else:
            words = len(passage.split())
            if words < SHORT_QUOTE_WORDS:
                continue
            short = words < QUOTE_WORDS
        parts = tuple(part for part in map(normalize, _ELIDED.split(passage)) if part)
        if parts:
            found.append(trusted(Quote, text=passage, span=span(offset + start, offset + end),
                                 parts=parts, short=short))
    return found


# A quotation as tokenized text writes it (summarization models, CNN/Daily Mail): "`` … ''" or
# "` i love my job . it 's great '" (a tokenized possessive, " 's", closes nothing).
_TOKENIZED = re.compile(r"``\s?(?P<double>[^`]+?)\s?''|(?<!\S)`\s(?P<single>[^`]+?)\s'(?!\w)")


# British style: ‘We will win,’ he said. A ’ before a letter is an apostrophe ("it’s").
_SINGLE_CURLY = re.compile(r"(?<!\w)‘(?P<words>(?:[^‘’]|’(?=\w))+?)’(?!\w)")


# The same in straight quotes: 'We will win,' he said. One opens before a letter after a
# space; one closes after a word or its punctuation, before no letter ("the players' union"
# opens nothing, "it's" closes nothing).
_SINGLE_STRAIGHT = re.compile(
    r"(?<![\w'])'(?=[A-Za-z])(?P<words>(?:[^'\n]|'(?=\w))+?)(?<=[\w.,!?])'(?!\w)")


# Tokenized text in straight quotes: "' i thought it was a joke , ' said mr ogden". It opens
# where a sentence or clause starts and closes after spaced punctuation, so a tokenized plural
# possessive ("the players ' union") opens nothing.
_TOKENIZED_STRAIGHT = re.compile(
    r"(?:^|(?<=[:,.;!?]\s))'\s(?P<words>(?:[^'\n]|'(?=\w))+?\s[,.!?])\s'(?!\w)")


def _tokenized(text: str) -> list[tuple[int, int]]:
    return [match.span("double") if match.group("double") else match.span("single")
            for match in _TOKENIZED.finditer(text)]


def _quotations(text: str) -> Iterator[tuple[int, int]]:
    """Where the quoted passages of ``text`` are: marks paired in order, so the words between
    two quotations are never taken for one."""
    opened: int | None = None
    for mark in _QUOTE_MARK.finditer(text):
        char = mark.group()
        if opened is None:
            if char not in _CLOSING:
                opened = mark.end()
        elif char not in _OPENING:
            yield opened, mark.start()
            opened = None
        else:
            opened = mark.end()  # an unclosed quotation: the newer one starts here


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """Where the quoted passages of ``text`` are (their words, inside the marks), in any of the
    marks it may use: double, tokenized, single curly or straight."""
    spans = list(_quotations(text))
    if "`" in text:
        spans += _tokenized(text)
    if "‘" in text:
        spans += [match.span("words") for match in _SINGLE_CURLY.finditer(text)]
    if " '" in text or text.startswith("'"):
        spans += [match.span("words") for match in _SINGLE_STRAIGHT.finditer(text)]
        spans += [match.span("words") for match in _TOKENIZED_STRAIGHT.finditer(text)]
    return spans


@dataclass(frozen=True)
class Attribution:
    """Who a sentence says spoke its quotation: a name as written, or a pronoun."""

    name: str | None  # None: a pronoun ("…," she said), whose speaker a sentence before names
    pronoun: str | None = None  # that pronoun, lower-cased: "she"


class _Speakers:
    """The patterns of who speaks, in the lexicon's verbs of speech (``quote_verbs``)."""

    def __init__(self, lookup: LexiconLookup) -> None:
        verbs = lookup.alternation("quote_verbs")
        # "Nandakumar called it …", "described the scheme as …": the name before one of these
        # spoke; the one after is what was called so
        naming = "|".join(filter(None, (verbs, lookup.alternation("naming_verbs"))))
        pronouns = lookup.alternation("quote_pronouns")
        # capitalized words, with the lower-case particles of a name between them ("Pieter van
        # Elst"); Latin capitals with accents too ("Émile"); at most six words, so that a run
        # of capitals is read in linear time
        # (after a title abbreviated with a full stop: "said fertility specialist Dr. Ana Ruiz")
        abbreviated = alternation(title for title in lookup.lexicon.phrase_list("titles")
                                  if title.endswith(".") and " " not in title)
        # (a particle is no preposition nor determiner: "Lena Hartikainen of the NOI" is hers)
        not_particles = "|".join((lookup.alternation("member_prepositions"),
                                  lookup.alternation("determiners")))
        name = (rf"(?<![\w'’-])(?:(?:{abbreviated})\s+)?(?P<name>(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]*"
                rf"(?:\s+(?:(?!(?:{not_particles})\s)(?-i:[a-z]{{1,3}})\s+){{0,2}}"
                r"(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]*){0,5})")
        # "Raghavan said", "Linda Carrow, the union's general secretary, said", "Birtles, 64,
        # who has been acting for 42 years, said" (also tokenized:
        # "Chebet , who ran the last lap in 62 seconds , said"), "Its chief executive, Priya
        # Nandakumar, said"
        # ("Asha Varma, who told the audience …": ``speaker_relatives``)
        relatives = lookup.alternation("speaker_relatives")
        self.relatives = lookup.words("speaker_relatives")
        # (with whom they are of: "Curator Ann Lowe of Hale & Pratt, who ran the sale, said"
        # is hers, not Pratt's)
        member_of = (r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*"
                     r"(?:\s+(?:&|and|of|(?-i:[A-Z])[\w'’-]*))*)?")
        self.before = re.compile(
            rf"{name}{member_of}(?:(?:\s?,[^,\"“”]{{1,90}}?){{1,2}}\s?,|\s?,(?:\s+(?:{relatives}))?)?"
            rf"\s+(?:{naming})\b")
        # "said Ana Ruiz", "said its spokesman Marc-André Lévesque", "said union general
        # secretary Linda Carrow", "said the foundation's founder, Olga Petrosyan": a name right
        # after the verb, or after the words of a role, none a function word nor shorter than
        # four letters ("said after meeting Ana Ruiz", "said of Ana Ruiz's plan" are not hers);
        # not "said Tuesday" (a date, ``date_words``)
        function_words = lookup.alternation("function_words")
        determiners = alternation(lookup.amount_determiners)
        self.after = re.compile(
            rf"\b(?:{verbs})\s+(?:(?:{determiners})\s+)?"
            rf"(?:(?!(?:{function_words})\b)(?-i:[a-z][\w-]{{3,}})(?:['’]s)?\s?,?\s+){{0,3}}"
            rf"{name}")
        self.dates = lookup.words("date_words")
        self.prepositions = lookup.words("prepositions")
        self.origins = lookup.words("origin_prepositions")
        self.persons = lookup.words("person_nouns")
        # what a capitalized first word may be that is no one's name: "He said", "In …"
        self.not_names = (lookup.words("quote_pronouns") | lookup.words("function_words")
                          | lookup.words("sentence_openers"))
        self.pronouns = lookup.words("quote_pronouns")
        # ("The Finn, who leads the championship, said": a description by a demonym)
        self.demonyms = lookup.demonyms()
        self.pronoun = re.compile(
            rf"\b(?:{pronouns})\s+(?:{verbs})\b|\b(?:{verbs})\s+(?:{pronouns})\b", re.IGNORECASE)
        # what may stand between a quotation's last word and the attribution after it: its
        # closing marks, a comma, a citation marker ('…," said Ruiz', "… '' , she said")
        self.closing = re.compile(r"(?:[\s,'’\"”»`]|\[[^\]]{1,8}\])*")
        # a quotation after a comma and a verb of speech's "-ing" form: "Iain Lusk praised
        # the winger, saying: '…'", spoken by the clause's subject, the last name before it
        # right before a verb in "-ed" or "-s"
        gerunds = alternation(verb for verb in lookup.lexicon.phrase_list("quote_verbs")
                              if verb.endswith("ing"))
        self.gerund = re.compile(rf",\s*(?:{gerunds})\s*:?\s*[\"“‘'`]*\s*$", re.IGNORECASE)
        self.subject = re.compile(rf"{name}\s+(?-i:[a-z]+(?:ed|s))\b")
        # a speaker described, not named, right before a verb of speech: "while a neighbour
        # called the ruling '…'", "his daughter said"
        # (or after whose they are: "Castlereagh's patron said")
        self.described = re.compile(
            rf"\b(?:{lookup.alternation('determiners')}|(?-i:[A-Z])[\w-]*['’]s)\s+"
            rf"(?:(?-i:[a-z][\w-]*)\s+){{0,2}}?(?-i:[a-z][\w-]*)\s+(?:{naming})\b",
            re.IGNORECASE)
        self.roles = lookup.words("person_nouns") | lookup.words("office_roles")
        self.determiners = lookup.words("determiners")


def attribution(text: str, lookup: LexiconLookup) -> Attribution | None:
    """Who the sentence ``text`` says spoke, read outside its quotations: a name before or
    after a verb of speech ("Raghavan said", "said its spokesman Marc-André Lévesque"), else
    a pronoun with one ("…," she said); None when it says nobody."""
    masked = _outside_quotations(text)
    speakers = lookup.derived(_Speakers)
    named = (found for pattern in (speakers.before, speakers.after)
             for found in pattern.finditer(masked) if _a_name(found, speakers))
    found = next(named, None)
    if found is not None:
        return Attribution(name=found.group("name"))
    said = speakers.pronoun.search(masked)
    return _by_pronoun(said, speakers) if said is not None else None


def speaker_of(text: str, start: int, end: int, lookup: LexiconLookup) -> Attribution | None:
    """Who ``text`` says spoke the quotation at ``start``–``end`` (its words, inside the
    marks): the attribution right after it when the quotation does not end its sentence
    ('"…," said Ruiz', '"…," she said'), else the last one before it with no other quotation
    between ('Schmitt said it was "…", while Weiss said the bank "…"': Weiss's is the second);
    None when neither names anyone, or a speaker described after the last name spoke it."""
    masked = _outside_quotations(text)
    speakers = lookup.derived(_Speakers)
    words = _MARKERS.sub("", text[start:end]).rstrip()
    if not words.endswith((".", "!", "?")):
        closing = speakers.closing.match(masked, end)  # (always matches: it may match nothing)
        at = closing.end() if closing is not None else end
        found = speakers.before.match(masked, at) or speakers.after.match(masked, at)
        if found is not None and _a_name(found, speakers):
            return Attribution(name=found.group("name"))
        if (said := speakers.pronoun.match(masked, at)) is not None:
            return _by_pronoun(said, speakers)
    opened = max((span_end for _, span_end in quotation_spans(text) if span_end < start),
                 default=0)  # no speaker before another quotation is this one's
    befores = [match for match in speakers.before.finditer(masked, opened, start)
               if _a_name(match, speakers)]
    # "Rao said Corvid is …": a name before the verb is who spoke, the one after it is not
    afters = [match for match in speakers.after.finditer(masked, opened, start)
              if _a_name(match, speakers)
              and not any(before.start() < match.start() < before.end() for before in befores)]
    found = max([*befores, *afters], key=lambda match: match.end(), default=None)
    pronouns = list(speakers.pronoun.finditer(masked, opened, start))
    pronoun = pronouns[-1] if pronouns else None
    # (a pronoun in the name's own clause is the name's: "Van Elst admitted he was …"; a
    # speaker described after the name is another: "Pryce said …, while a neighbour called
    # it '…'")
    described = [match.start() for match in speakers.described.finditer(masked, opened, start)]
    if found is not None and described and described[-1] > found.end():
        return None
    if found is not None and (pronoun is None or found.end() > pronoun.start()):
        return Attribution(name=found.group("name"))
    if pronoun is None and not opened and speakers.gerund.search(masked, 0, start):
        subjects = [match for match in speakers.subject.finditer(masked, 0, start)
                    if _a_name(match, speakers)]
        if subjects:
            return Attribution(name=subjects[-1].group("name"))
    return _by_pronoun(pronoun, speakers) if pronoun is not None else None


@dataclass(frozen=True)
class ReportedStatement:
    """Words a sentence reports a named person said, without quotation marks: "Marr said the
    rate must not change", "…, with its sponsor, Robert Kline, warning that wardens were
    short", "The rate must not change, Marr said"."""

    name: str  # the speaker, as written
    words: str  # what they said, as the sentence reports it


def reported_statements(text: str, lookup: LexiconLookup) -> list[ReportedStatement]:
    """What ``text`` reports named people said outside quotation marks: the clause after a
    name and a verb of speech (``quote_verbs``), or where the attribution ends the sentence,
    the words before it. A clause holding a quotation is left to the quotation rules."""
    speakers = lookup.derived(_Speakers)
    masked = _outside_quotations(text)
    found = []
    for match in speakers.before.finditer(masked):
        if not _a_name(match, speakers) or (
                _GERUND_AFTER_A_COMMA.search(match.group())
                and not masked[:match.start("name")].rstrip().endswith(",")):
            # (not "buying Pryor Opticians, adding …": the sentence's subject adds; but "with
            # its chair, Mei Tanaka, warning …", a name set off by commas)
            continue
        words = _MARKERS.sub("", text[match.end():])
        if not any(char.isalpha() for char in words):
            # "The rate must not change, Marr said.": what stands before it, from the end of
            # a quotation before it if any
            opened = max((end for _, end in quotation_spans(text) if end <= match.start()),
                         default=0)
            words = text[opened:match.start()].rstrip(" ,")
        words = _THAT.sub("", words, count=1)
        if words and _QUOTE_MARK.search(words) is None:
            found.append(ReportedStatement(name=match.group("name"), words=words))
    return found


_THAT = re.compile(r"^[\s,:]*(?:that\s+)?", re.IGNORECASE)
_GERUND_AFTER_A_COMMA = re.compile(r",\s*[a-z]+ing$")


_MARKERS = re.compile(r"\s*\[[^\]]{1,8}\]")


def _by_pronoun(said: re.Match[str], speakers: _Speakers) -> Attribution:
    """An attribution to the pronoun of ``said`` ("she said")."""
    return Attribution(name=None, pronoun=next(
        (word for word in said.group().lower().split() if word in speakers.pronouns), None))


_CLAUSE_COMMA = re.compile(r",(?!\d{3}\b)")


def _a_role_of(before: str, speakers: _Speakers) -> bool:
    """Whether ``before`` ends with a role (lexicon person_nouns, office_roles) and "of", a
    determiner aside: a name after it is whom the speaker serves, not the speaker."""
    words = before.lower().split()
    while words and words[-1] in speakers.determiners:
        words.pop()
    return len(words) >= 2 and words[-1] == "of" and words[-2] in speakers.roles


def _a_name(found: re.Match[str], speakers: _Speakers) -> bool:
    """Whether what stands where a speaker's name would is one: not a date ("said Tuesday"),
    nor a name after a preposition ("the singer from Guadalajara said"), nor a pronoun, a
    function word or an adverb capitalized as a sentence's first ("He said", "Typically, an
    agreement spells out who decides, said …"), nor a demonym after "the" ("The Finn said"); a
    surname that is a word too is a name ("Askew told reporters")."""
    words = found.group("name").split()
    first = words[0].lower()
    before = found.string[:found.start("name")].rstrip()
    preposition = before[before.rfind(" ") + 1:].lower()
    if preposition in speakers.prepositions and (
            "," not in found.string[found.end("name"):found.end()]
            or _whence(before, preposition, speakers)):
        # "the singer from Guadalajara said", "the 27-year-old from Kelso, who scored twice,
        # said": a place of the speaker's (not "the prize went to Asha Varma, who
        # told …")
        return False
    if _a_role_of(before, speakers):
        return False  # "the 52-year-old chair of the Friends of Millbrook Meadows said": hers
    clause = _CLAUSE_COMMA.split(before)[-1].split()  # (not a figure's: "£9,000")
    if clause and clause[0].lower() in speakers.relatives:
        return False  # "The 41-year-old, who now presents Wake Up Britain, said": the show
    if first in speakers.not_names and all(word.lower() in speakers.demonyms
                                           for word in words[1:]):
        return False  # "The Finn said": who, by where they are from
    return first not in speakers.dates and not (len(words) == 1 and (
        first in speakers.not_names or (first.endswith("ly") and is_common_word(first))))


def _whence(before: str, preposition: str, speakers: _Speakers) -> bool:
    """Whether ``before`` ends with a person described, then where they are from: "the
    34-year-old from", "the driver from" (lexicon origin_prepositions, person_nouns)."""
    words = before.lower().split()
    return preposition in speakers.origins and len(words) > 1 and (
        words[-2].endswith("-year-old") or words[-2] in speakers.persons)


def _outside_quotations(text: str) -> str:
    """``text`` with the words of its quotations blanked out, offsets kept."""
    outside = list(text)
    for start, end in quotation_spans(text):
        outside[start:end] = " " * (end - start)
    return "".join(outside)
