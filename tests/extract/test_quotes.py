"""Quoted passages as the quote rule compares them with sources."""

from __future__ import annotations

import pytest

from factcheck.extract import default_lexicon
from factcheck.extract.quotes import (
    attribution,
    find_quotes,
    reported_statements,
    speaker_of,
)
from factcheck.models import LineIndex


def quotes(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(quote.text, quote.parts) for quote in find_quotes(text, 0, LineIndex(text).span)]


@pytest.mark.parametrize("text, expected", [
    ('The coach said "we will fight for every ball" after the draw.',
     [("we will fight for every ball", ("we will fight for every ball",))]),
    ("She called it “bold, funny and … deeply moving”.",
     [("bold, funny and … deeply moving", ("bold funny and", "deeply moving"))]),
    ("The report, «a plan that nobody asked for», was shelved.",
     [("a plan that nobody asked for", ("a plan that nobody asked for",))]),
    ("局长说：“我们今年没有提高公交票价的计划。”",
     [("我们今年没有提高公交票价的计划。", ("我们今年没有提高公交票价的计划",))]),
    # tokenized, as summarization models write: a possessive inside closes nothing
    ("the coach said : ` the club 's fans deserve much better ' [1] .",
     [("the club 's fans deserve much better", ("the club's fans deserve much better",))]),
    ("he said : `` we will fight for every ball '' .",
     [("we will fight for every ball", ("we will fight for every ball",))]),
    # tokenized in straight quotes: spaced punctuation closes; a plural possessive opens nothing
    ("the ferry ran late . ' we are sorry for the delay , ' said mr ames .",
     [("we are sorry for the delay ,", ("we are sorry for the delay",))]),
    ("' it 's a fine day for a sail . ' the skipper agreed .",
     [("it 's a fine day for a sail .", ("it's a fine day for a sail",))]),
    ("the players ' union said the fans ' anger was real , ' she added .", []),
    # single quotes, British style: an apostrophe inside a word closes nothing
    ("The coach said: ‘It’s a fight for every ball,’ after the draw.",
     [("It’s a fight for every ball,", ("it's a fight for every ball",))]),
    ("The coach said: 'It's a fight for every ball,' after the draw.",
     [("It's a fight for every ball,", ("it's a fight for every ball",))]),
])
def test_quoted_passages_and_their_parts(text: str,
                                         expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert quotes(text) == expected


@pytest.mark.parametrize("text, short", [
    # a name or a term as often as someone's words: checked only for whom it is given to
    ('The fern was listed as "Polystichum minor" in 1990.', ["Polystichum minor"]),
    ("The leader called the closures 'cultural vandalism'.", ["cultural vandalism"]),
    ('The sign shows a "bell" and the tower a "crown" on the town crest.', []),  # one word
    ("局长说：“不会。”", []),
])
def test_short_quoted_phrases_are_marked_short_and_single_words_are_none(
        text: str, short: list[str]) -> None:
    found = find_quotes(text, 0, LineIndex(text).span)
    assert [(quote.text, quote.short) for quote in found] == [(words, True) for words in short]


@pytest.mark.parametrize("sentence, speaker", [
    ('"We ran out of ideas," Raghavan said of the game.', "Raghavan"),
    ('"We ran out of ideas," said its spokesman Marc-André Lévesque.', "Marc-André Lévesque"),
    ('"We ran out," said union general secretary Linda Carrow.', "Linda Carrow"),
    ("Linda Carrow, the union's general secretary, said: “We ran out.”", "Linda Carrow"),
    ("Van Elst admitted he `` was lost after the opening '' .", "Van Elst"),
    ("Pieter van Elst said: ‘I was lost after the opening.’", "Pieter van Elst"),
    # "of the" is no particle of a name: whom she is of is another name
    ('Dr Ines Brauer of the NRI said: "We found it by chance."', "Dr Ines Brauer"),
    # the quotation's own words name nobody: "Hexfield" inside it is not the speaker
    ('"Hexfield said it would stay," the union leader complained.', None),
    ('"We ran out of ideas," the club said Tuesday.', None),
    # a capitalized first word English writes in lower case is nobody's name
    ("Usually, the host nation decides the calendar, said league official Tomás Rey.",
     "Tomás Rey"),
    ('"The ferry never ran on time," said harbour historian Dr. Ines Varga.', "Ines Varga"),
    # a surname that English writes in lower case too is a name
    ("Askew, who won gold at two Games, told reporters the injury had decided it.", "Askew"),
    # a relative pronoun before the verb, and two appositives before it
    ('The prize went to Oona Brandt, who told guests she was "lost for words".', "Oona Brandt"),
    ('Lindqvist, 58, who has farmed for 30 years, said: "Rain saved us."', "Lindqvist"),
    # a place after a preposition is no speaker
    ('The singer from Guadalajara said: "I need a rest."', None),
    # nor one after a person described and "from", before a relative clause
    ('The 27-year-old from Kelso, who scored twice, said: "I need a rest."', None),
    ('The driver from Ayr, who was unhurt, said the brakes failed.', None),
])
def test_a_sentence_names_who_spoke_its_quotation(sentence: str, speaker: str | None) -> None:
    said = attribution(sentence, default_lexicon().lookup())
    assert (said.name if said is not None else None) == speaker


@pytest.mark.parametrize("sentence", [
    '"I cannot afford to live near the hospital," she said.',
    "He said the hospital would not close before the spring.",
])
def test_a_pronoun_leaves_the_speaker_to_the_sentence_before(sentence: str) -> None:
    said = attribution(sentence, default_lexicon().lookup())
    assert said is not None and said.name is None


@pytest.mark.parametrize("sentence, quoted, speaker", [
    # two speakers, each before their own quotation
    ('Schmitt said output was "still looking for a bottom", while Weiss said the bank "will '
     'have to cut faster".', "will have to cut faster", "Weiss"),
    ('Schmitt said output was "still looking for a bottom", while Weiss said the bank "will '
     'have to cut faster".', "still looking for a bottom", "Schmitt"),
    # the attribution after a quotation that does not end its sentence
    ('"We were lost after the opening," Raghavan said, before Van Elst spoke.',
     "We were lost after the opening,", "Raghavan"),
    # a quotation that ends its sentence: the next sentence's speaker is not its own
    ("Chebet , who ran the last lap in 62 seconds , said : `` In this heat , the one who waits "
     "wins . '' Wanjala said she was pleased .", "In this heat , the one who waits wins .",
     "Chebet"),
    # the name before the verb is its subject; the one after it begins what was said
    ('Ilse Brandt said Kestrel is "the only lab still hiring in the valley".',
     "the only lab still hiring in the valley", "Ilse Brandt"),
    # a verb that names something: the name before it spoke, the one after it was named
    ('The coroner, Amal Haddad, called the delay "a failure of basic care".',
     "a failure of basic care", "Amal Haddad"),
    ('Ravi Menon described Osei as "the hardest-working member we have".',
     "the hardest-working member we have", "Ravi Menon"),
    # after ", saying": the subject of the clause before it, not a name inside an aside
    ("The club opened its stand, and chairman Ed Rowe thanked fans, who had raised £9,000 in "
     "Elmley, saying: 'This is your stand.'", "This is your stand.", "Ed Rowe"),
])
def test_a_quotation_is_given_to_the_speaker_nearest_it(sentence: str, quoted: str,
                                                         speaker: str) -> None:
    start = sentence.index(quoted)
    said = speaker_of(sentence, start, start + len(quoted), default_lexicon().lookup())
    assert said is not None and said.name == speaker


@pytest.mark.parametrize("sentence, quoted", [
    # a speaker described, not named, after the last name: the quotation is nobody's named
    ('Owner Tom Reade said the longer hours would help, while a neighbour called the decision '
     '"a slap in the face".', "a slap in the face"),
    ('Coach Ana Ruiz praised the squad, but one parent said the trip was "far too costly".',
     "far too costly"),
])
def test_a_quotation_a_described_speaker_spoke_is_no_named_ones(sentence: str,
                                                                 quoted: str) -> None:
    start = sentence.index(quoted)
    assert speaker_of(sentence, start, start + len(quoted), default_lexicon().lookup()) is None



@pytest.mark.parametrize("sentence, statements", [
    ("Warden Olu Bakare said the reserve would reopen in March.",
     [("Warden Olu Bakare", "the reserve would reopen in March.")]),
    ("The reserve will reopen in March, Bakare said [1].", [("Bakare", "The reserve will reopen in March")]),
    ("The trust bought the site, with its chair, Mei Tanaka, warning that repairs would take years.",
     [("Mei Tanaka", "repairs would take years.")]),
    # quoted words are the quotation rules'; a pronoun names nobody
    ('Bakare said: "The reserve reopens in March."', []),
    ("He said the reserve would reopen in March.", []),
    # a name inside a relative clause is not who spoke
    ("The 41-year-old, who now presents Wake Up Ulster, said she barely ate for months.", []),
    # nor the object of the sentence's verb before ", adding"
    ("Lumen is buying the chain Pryor Opticians, adding that all 90 staff will stay.", []),
])
def test_statements_reported_in_the_writers_words(sentence: str,
                                                  statements: list[tuple[str, str]]) -> None:
    found = reported_statements(sentence, default_lexicon().lookup())
    assert [(statement.name, statement.words) for statement in found] == statements
