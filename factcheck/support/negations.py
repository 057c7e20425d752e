"""A clause a claim copies from a cited source with its negation dropped or added: "a coroner
has ruled that neglect contributed to the death" where the source says "neglect did not
contribute to the death"; "the plan was not approved by the council" where it says "was
approved by the council". Summaries keep a sentence's words and lose its "not" often enough,
and no figure or name shows it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from factcheck.extract.alignment import latin_content_words, normalize
from factcheck.extract.lookup import LexiconLookup
from factcheck.sources import SourceReading

# Words the two sides must share right before the negated verb (or its auxiliary), and of
# them content words, and right after the verb: fewer, and "it was not" would match anything.
BEFORE_WORDS = 3
BEFORE_CONTENT = 2
AFTER_WORDS = 2
# How many letters a verb's other form may differ by past their shared stem ("contribute",
# "contributed"; "reopen", "reopens").
INFLECTION = 3


@dataclass(frozen=True)
class Flipped:
    """Words of the claim that a source sentence says the opposite way: with a negation, or
    with the opposite verb (``factcheck.support.opposites``)."""

    verb: str  # the verb: "contribute", "sold"
    claimed: str  # the claim's words: "neglect contributed"
    said: str  # the source's: "neglect did not contribute"
    source: str  # the reference's id
    passage: str  # the source's sentence


def flipped_negations(text: str, sources: Sequence[SourceReading], lex: LexiconLookup
                      ) -> list[Flipped]:
    """Where the claim has a source sentence's words around a verb without the sentence's
    negation, or with one it lacks, and no cited source says them the claim's way."""
    mine = normalize(text).split()
    negated_of_mine = list(_negated(mine, lex))
    found: list[Flipped] = []
    for source in sources:
        for at, negated in _negated_in(source, lex):
            where = _matches(mine, negated)
            if where is not None and not _anywhere(negated, sources):
                found.append(Flipped(negated.verb, " ".join(mine[slice(*where)]),
                                     negated.negative_words(), source.id,
                                     source.sentences[at].text))
        if not negated_of_mine:
            continue  # nearly every claim
        for sentence, (said, _) in zip(source.sentences, source.sentence_words, strict=True):
            for negated in negated_of_mine:
                where = _matches(list(said), negated)
                if where is not None and not any(
                        f" {negated.negative_words()} " in f" {' '.join(other)} "
                        for other in _all_words(sources)):
                    found.append(Flipped(negated.verb, negated.negative_words(),
                                         " ".join(said[slice(*where)]), source.id,
                                         sentence.text))
    return found


@dataclass(frozen=True)
class _Negated:
    """A negated verb with the words around it: before, auxiliary ("" for none), the
    negation as written, the verb, after."""

    before: tuple[str, ...]
    auxiliary: str
    written: str  # "did not", "didn't", "never"
    verb: str
    after: tuple[str, ...]
    inflected: bool  # the positive form inflects the verb ("did not contribute": contributed)

    def negative_words(self) -> str:
        return " ".join([*self.before, self.written, self.verb, *self.after])


def _negated_in(source: SourceReading, lex: LexiconLookup) -> tuple[tuple[int, _Negated], ...]:
    """Each negated verb of the source, with the number of its sentence; read once per
    process (keyed by the text, whose hash Python keeps: a source is read for each claim that
    cites it)."""
    key = (source.text, lex)
    found = _READ.get(key)
    if found is None:
        if len(_READ) >= _READ_MOST:
            _READ.clear()
        found = _READ[key] = tuple((at, negated)
                                   for at, (said, _) in enumerate(source.sentence_words)
                                   for negated in _negated(list(said), lex))
    return found


_READ: dict[tuple[str, LexiconLookup], tuple[tuple[int, _Negated], ...]] = {}
_READ_MOST = 256


def _negated(words: list[str], lex: LexiconLookup) -> Iterator[_Negated]:
    """Each negated verb of ``words`` with enough words around it."""
    contracted = lex.lexicon.contracted_negations
    auxiliaries = lex.words("negated_auxiliaries")
    inflecting = lex.words("inflecting_auxiliaries")
    for at, word in enumerate(words):
        if word in contracted:
            auxiliary, start, written = contracted[word], at, word
        elif word in lex.words("verb_negations"):
            has_aux = at > 0 and words[at - 1] in auxiliaries
            auxiliary = words[at - 1] if has_aux else ""
            start = at - 1 if has_aux else at
            written = " ".join(words[start:at + 1])
        else:
            continue
        before = tuple(words[max(0, start - BEFORE_WORDS):start])
        after = tuple(words[at + 2:at + 2 + AFTER_WORDS])
        if at + 1 >= len(words) or len(before) < BEFORE_WORDS or len(after) < AFTER_WORDS or (
                len(latin_content_words(" ".join(before), lex)) < BEFORE_CONTENT):
            continue
        yield _Negated(before, auxiliary, written, words[at + 1], after,
                       inflected=auxiliary in inflecting)


def _matches(words: list[str], negated: _Negated) -> tuple[int, int] | None:
    """Where ``words`` say the negated verb's words without the negation (start and end), if
    they do."""
    size = len(negated.before)
    for at in range(len(words) - size):
        if tuple(words[at:at + size]) != negated.before:
            continue
        rest = at + size
        if negated.auxiliary and not negated.inflected:
            if rest >= len(words) or words[rest] != negated.auxiliary:
                continue
            rest += 1
        if rest >= len(words) or not _one_verb(words[rest], negated.verb, negated.inflected):
            continue
        end = rest + 1 + len(negated.after)
        if tuple(words[rest + 1:end]) == negated.after:
            return at, end
    return None


def _one_verb(word: str, verb: str, inflected: bool) -> bool:
    """The same verb: the same word, or (after "did not", "does not") a form of it."""
    if word == verb:
        return True
    if not inflected:
        return False
    stem = verb.rstrip("e")
    return len(stem) >= 3 and word.startswith(stem) and len(word) - len(verb) <= INFLECTION


def _all_words(sources: Sequence[SourceReading]) -> Iterator[tuple[str, ...]]:
    for source in sources:
        for said, _ in source.sentence_words:
            yield said


def _anywhere(negated: _Negated, sources: Sequence[SourceReading]) -> bool:
    """Whether a source says the negated words the positive way too."""
    return any(_matches(list(said), negated) is not None for said in _all_words(sources))
