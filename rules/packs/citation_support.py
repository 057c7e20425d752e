"""Citation rules that need the sources' text: support in the cited source.

The sources stage (factcheck.sources) reads each cited source's text once, with the same
extractor as articles, so "3,000", "3000" and "three thousand", or "87%" and "87 per cent", are
the same number on both sides. These rules only compare a claim with those readings
(``doc.cited_readings(claim)``), asking factcheck.support whether a source backs a figure
(``backing.supported``) or holds a name (``names.name_in_source``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence

from factcheck.dsl import Flag, RuleContext, rule
from factcheck.extract import Lexicon
from factcheck.extract.alignment import content_words
from factcheck.extract.grammar import Grammar, grammar
from factcheck.extract.lookup import LexiconLookup
from factcheck.extract.names import settled
from factcheck.models import ActorKind, Claim, Quantity, QuantityKind
from factcheck.models.span import LineIndex, Span
from factcheck.sources import SourceReading, source_actors
from factcheck.support.backing import supported
from factcheck.support.conversions import (
    a_fraction_a_source_gives,
    a_rank,
    as_a_share,
    fraction_in_words,
    fraction_part,
    in_fractions,
    in_tens,
    times_its_noun,
)
from factcheck.support.dates import (
    a_day_parted_from_its_month,
    another_age,
    days_stated,
    days_without_a_year,
    months_not_named,
    source_dates,
    weekdays_not_named,
)
from factcheck.support.names import (
    NameLists,
    a_unit,
    abbreviated_runs,
    another_first_name,
    another_middle_word,
    another_surname,
    mixed_names,
    name_in_source,
    other_parts,
    owned_person,
    refers_back,
    unknown_surnames,
    without_heads,
)
from factcheck.support.passages import cut
from factcheck.support.restated import SaidOtherwise, said_otherwise
from factcheck.support.scores import odds_of_a_tally, scores_not_given
from factcheck.support.worked_out import ratio_stated_otherwise

SOURCE = ("China controls nearly 90 per cent of rare earth refining, Treasury Secretary Scott "
          "Bessent said on Tuesday. \"We are open to talks,\" the minister said.")

CHECKED_KINDS = (QuantityKind.COUNT, QuantityKind.PERCENT, QuantityKind.CURRENCY,
                 QuantityKind.PERCENT_CHANGE, QuantityKind.POINTS, QuantityKind.YEAR,
                 QuantityKind.DATE, QuantityKind.DURATION)


def aligned_passage(claim: Claim, sources: Sequence[SourceReading], lex: LexiconLookup
                    ) -> str | None:
    """The source sentence the claim most likely summarizes (see factcheck.extract.alignment)."""
    words = content_words(claim.text, lex)
    found = [best for source in sources if (best := source.index.best(words)) is not None]
    if not found:
        return None
    return cut(max(found, key=lambda best: (best[1], -len(best[0])))[0])


def _says(passage: str | None) -> str:
    return f"; the source says: “{passage}”" if passage else ""


def _says_nothing_to_find(quantity: Quantity) -> bool:
    """A zero ("from 2-0 down" against "two goals down") and "one" written out, as often a
    pronoun or part of a name ("no one", "the former one direction star" in lower-cased text)
    as a count: the source is not asked for them."""
    return quantity.value == 0 or (
        quantity.value == 1 and not any(char.isdigit() for char in quantity.text))


def _names_a_thing(claim: Claim, quantity: Quantity) -> bool:
    """A number in words written with a capital inside the sentence is a name's word ("World War
    Two", "Channel Four"), which a source may write otherwise ("the Second World War")."""
    at = quantity.span.start - claim.span.start
    return (quantity.text[:1].isupper() and not any(char.isdigit() for char in quantity.text)
            and at > 0 and claim.text[:at].rstrip()[-1:].isalnum())


def _counted_by_the_writer(claim: Claim, quantity: Quantity, lex: LexiconLookup) -> bool:
    """"the other two", "the final three frames", "the two carriers", "all four ferries": a
    small count in words after one of the lexicon's ``selectors`` or
    ``counting_determiners`` is the writer's own count of what the source lists, not a figure
    taken from it; a length of time ("their first eight months") is a figure all the same."""
    if quantity.value >= 10 or any(char.isdigit() for char in quantity.text) or (
            quantity.unit and grammar(lex).days_of(quantity.unit) is not None):
        return False
    at = quantity.span.start - claim.span.start
    before = claim.text[max(0, at - 12):at] if at > 0 else ""
    words = before.split()
    if not words or not before[-1:].isspace():
        return False
    end = quantity.span.end - claim.span.start
    return words[-1].lower() in lex.selectors or (
        # "the two carriers", not "the two-week festival" (a length of time)
        words[-1].lower() in lex.words("counting_determiners")
        and quantity.kind is QuantityKind.COUNT and claim.text[end:end + 1] != "-")


@rule(
    id="citation.number-not-in-source",
    severity="error",
    description=(
        "A figure of the claim (an amount, share, change, year or date) that none of its cited "
        "sources contains, after normalization: 3,000 = 3000 = three thousand, 87% = 87 per "
        "cent, one in five = 20%, 19th = nineteenth, $ 35 = $35, 36-year-old = aged 36, "
        "4 June = June 4, 2019, 2020/21 = 2020-21, 1,50,000 = 1.5 lakh = 150,000, phase 3 = "
        "Phase III; a rate only by the same rate per the same period or unit (\"£60m a month\" "
        "is not \"£60m a year\"); a share and a change, or an amount and a count, back each "
        "other (and a "
        "count backs plain points or a share with decimals of the same value: a table's "
        "\"Votes | %\" column), but per cent and percentage points never do; rounding to the "
        "claim's last digit and hedges allowed (by at most 2% for a figure of three significant "
        "digits or more: \"about 389,000\" is not 398,000; two bounds on one side only at one "
        "value: \"up to 8,000\" is not \"up to 6,500\"; a contest's score or a vote's tally "
        "as a pair, where a source gives scores in figures: \"beat Kelby Town 3-1\" is not "
        "3-2, \"31-24\" is \"by 31 points to 24\"; a vote's odds as its tally's ratio: "
        "\"by almost three to one\" for \"by 412 to 149\", \"voted 6-1\" for \"by six votes "
        "to one\"), years exact, and a date's month "
        "must be named by the source too, in words or digits (the year alone does not back "
        "October 1997; 31/08/2023 backs August 2023), and a date's day too where the source "
        "names days of that month or that day of another (a day and month without a year "
        "too: \"on 4 December\" for \"on 4 November\"; within a week where it dates by "
        "its own date: "
        "\"on Friday\", \"yesterday\"), and a full date's year where the source gives its "
        "day and month in full with other years only (\"9 June 2021\" for \"9 June 2022\"); "
        "a day of the week must be named by a source that "
        "dates by no date of its own (no day of a month, no \"yesterday\"), and a month named "
        "alone by a source that names other months and none by its own date (\"last month\"), "
        "nor reaches it by a length of months from one it names (\"began on 1 June and will "
        "run for three months\" for August); "
        "a length of time is "
        "backed by the same "
        "length in any unit (48-hour = two-day, 12 months = the year to; a length of two "
        "units as one: \"just over three hours and twenty minutes\") or, in years, by "
        "two years of the source (\"since 2018\" under a dateline of 2024 for \"six "
        "years\"; two of one sentence) or one of the claim's and one of the source's, in "
        "days or weeks by two days of the source (one and its dateline's, or two of one "
        "sentence), and "
        "an area by its two sides (\"6.2 metres by 4.8 "
        "metres\" for \"almost 30 square metres\"), never by the same "
        "number of another unit (18 weeks is not 18 months) nor by a number before a "
        "capitalized word (\"two Dutch masons\" is not 2 metres); a figure the claim works out as "
        "the sum or difference of two the source gives, one of which the claim states too "
        "(\"up 3.7 points to 82.4%\" against 78.7% and 82.4%; \"46 short, with 214 of 260 "
        "built\"), in one measure, except lengths of time and whole counts under 10; a "
        "figure the claim says it worked out (\"won by about 12,500 votes\", \"960 fewer\", "
        "\"32 km/h over the limit\", \"leaving nine\", \"by 1 minute 42 seconds\" between "
        "two race times, \"about fifteen and a half hours\" between 4:10 am and 7:40 pm, "
        "\"more than six decades ago\" between an age now and \"at the age of 16\", "
        "\"together accounted for 15,150\") as the difference of two figures of one source "
        "sentence, or the sum of two or three (of two sentences in a row too: \"a combined "
        "capacity of 55,000 tons\"), or what a figure it states adds to (\"by $21.40 "
        "to about $166\"); a contest's other side from its margin (\"who scored 93\" for "
        "\"97 points … beat him by four points\"); a total of as many figures of one "
        "source sentence as the claim counts parts (\"3,727 starts across its three race "
        "days\"); a share of two amounts it states (\"23,800 of 64,000, fewer than "
        "four in ten\"), or of a whole it states and a part the source gives beside it "
        "(\"98% of the 28,000 seats\" for an attendance of 27,430); a part of a whole it "
        "states from the share the source gives beside it (\"6,400 homes, around 4,500 of "
        "them\" for \"70% of them\"), or the whole from a part and its share, one of "
        "which it states (\"1.8 million pieces, 70% of output\": 2.6 million in all); a share "
        "said alone of the claim's amount before it, its part in a source sentence that names "
        "the share's clause's name (\"82,400 tonnes, with Germany buying almost two-fifths\" "
        "for \"Germany … taking 31,500 tonnes\"); a "
        "fraction of a figure it states (\"each paid half the cost of 1.2 million\": "
        "600,000 each) or of one before it in the source (\"1,800 researchers, roughly half "
        "of them\"), a figure shared out in equal parts (\"30 places divided equally "
        "among three countries\": 10 each), a rate times a count of one source sentence "
        "(\"£140,000 a year\" over \"the 15-year permit\": £2.1m; \"six times a week using "
        "200-seat aircraft\": 1,200 seats a week) or a total shared by a "
        "count (\"about $61m a tug\" of \"$245 million … four tugs\"), a rate per another "
        "period (\"roughly £73,000 a year\" for \"£1,400 a week\"), a year a length of years "
        "on that both state (\"a four-year ban from April 2023 … until April 2027\"), the rest "
        "of a whole once "
        "the parts a source sentence gives are taken away (\"… and the rest from donations\", "
        "or a last part with no figure: \"…, and the airport itself\"; with the sentence "
        "before's where it opens with \"The remaining\" and the like), the others of a group "
        "one larger (\"411 other entries\" for \"412 entries\"; lexicon others_words), two "
        "amounts a source "
        "adds with \"plus\", or one it writes after \"a further\" and the like (lexicon "
        "added_amount_cues) and one it gave before it (\"£290,000\" … \"a further £340,000\" "
        "for \"about £630,000\"), "
        "a year a source names as the one after another (\"in 1958 … broken up the following "
        "year\"), a small count of the names a source lists (\"three countries\" for \"Estonia, Latvia "
        "and Lithuania\"; a pair only with what it counts: \"Kingsmead and Ashby hospitals\"; "
        "an N-way tie's sides: \"a three-way tie\" for \"level with Corvey and Ashmoor\"); "
        "a total or difference of "
        "two figures it states (\"£3.2m and £0.8m, £4m in all\"); a relative change from two "
        "figures of one source sentence, one of which, or their difference, the claim states, "
        "or that the source writes as a change's ends (a share after a change and \"or\" "
        "is that change in per cent: \"rose by £12m, or about 15%\") "
        "(\"grew by about a third to 412\" for \"412, up from 311\"), or from a change's size "
        "and where it ended (\"by £86 …, taking the charge to £572\": about 18%), as is "
        "where it started (\"by 450 metres to 2,430 metres\" for \"from 1,980\"); the size of a change "
        "(after a verb of change: \"rose 4.5 feet\") and counts of two kinds together (\"23 "
        "planes and helicopters\") from figures of one source sentence; one end of a "
        "source's range (\"$2.60\" of \"$2.60 to $2.75\"). A multiple said with a verb "
        "(\"tripled to 360,000\") is flagged where the source gives the level another "
        "(\"doubled, from 180,000 to 360,000\"), or what it acts on another verb of a "
        "multiple (\"tripling the annual planting rate\"). A fraction in words (\"about "
        "two-fifths of the bill\", \"shrank by almost a quarter\") is checked as the share or "
        "change it states, with the coarse rounding of a fraction, unless the source gives the "
        "fraction itself; a share in figures is backed by a source's fraction in words within "
        "that fraction's own hedge (\"31% of members\" for \"almost a third of members\"). "
        "An age (\"Varga, 59,\") is "
        "never worked out, and is not backed by another person's where the source gives the "
        "person another age. A figure in digits that the source states of something else is "
        "flagged where the claim's four words before it (up to six, until two are content "
        "words: \"earned him a bonus of\"; for a change's end, the four before its amount, "
        "the amount and its unit: \"average increased by 9.8 per cent to\"; for a change, "
        "only these, its verb among them, before a change of the source's of the same way in "
        "figures: \"pitch fees will rise by 12%\" for \"… will rise by 30%\"), or its unit "
        "and the words after (up to six, the claim's other figures among them, "
        "two of them content words or figures), or its three words before and its unit and words after "
        "(up to three, or to its clause's end; two content words in all), stand in the "
        "source right next to another figure of its kind and unit, and never next to the "
        "claim's (\"was listed in 1988\" where the "
        "source says \"was listed in 1975\" and 1988 of something else; \"1,140 dog bite "
        "cases\" for \"9,600 dog bite cases, including 1,140 children\"; \"been married for "
        "19 years,\" for \"been married for 34 years,\"; not a count that totals the list "
        "the words stand next to: \"took home 14 prizes\" for \"took home six firsts, five "
        "seconds and three thirds\"); a figure the source does not state is then shown with "
        "the source's. Small "
        "counts in words after a selector or a determiner (the other two, the final three, "
        "the two carriers; not lengths of time: their first eight months), zero, one "
        "written out (a pronoun or a name's word as often as a "
        "count), and a number in words capitalized inside a sentence (a name's: World War "
        "Two) are not checked."
    ),
    rationale="A number the source does not give is the most common error of summaries.",
    tags=("citation", "source"),
    examples={
        "flag": [{"text": "China refines 80% of rare earths [1].", "sources": {"1": SOURCE}},
                 {"text": "Pitch fees at Kelby market will rise by 12% in April [1].",
                  "sources": {"1": "Pitch fees at Kelby market will rise by 30% in April. The "
                                   "council's own costs rose by 12%."}},
                 {"text": "Nurses voted by five to one to accept the offer [1].",
                  "sources": {"1": "Members voted by 412 to 149 in favour of the offer."}},
                 {"text": "Ferry bookings tripled to 42,000 this summer [1].",
                  "sources": {"1": "Ferry bookings doubled, from 21,000 to 42,000, this summer."}},
                 {"text": "A grant covered about two-fifths of the roof repair [1].",
                  "sources": {"1": "The roof repair cost £1.5 million, of which a grant paid "
                                   "£480,000."}},
                 {"text": "The depot opened in 2011 [1].",
                  "sources": {"1": "Built in 2009, the depot opened in 2012."}},
                 {"text": "中国精炼了全球百分之八十的稀土【1】。",
                  "sources": {"1": "美国财长贝森特周二表示，中国精炼了全球近百分之九十的稀土。"}},
                 {"text": "该车站于2011年启用【1】。",
                  "sources": {"1": "该车站始建于2009年，于2012年启用。"}},
                 {"text": "The depot opened in October 2012 [1].",
                  "sources": {"1": "Opened: 2012-11-04. The depot serves 40 buses."}},
                 {"text": "The depot opened on 5 November 2012 [1].",
                  "sources": {"1": "Opened: 2012-11-04. The depot serves 40 buses."}},
                 {"text": "The depot opened on 4 December [1].",
                  "sources": {"1": "The depot opened on 4 November; in December it took 12 "
                                   "more buses."}},
                 {"text": "the council paid # 4.2 m for the depot [1].",
                  "sources": {"1": "The council paid £2.4m for the depot."}},
                 {"text": "Regulators fined the ferry operator £14m [1].",
                  "sources": {"1": "The ferry operator was fined 14 million euros."}},
                 {"text": "The thermometer at Sarnova read 43.1C on Monday [1].",
                  "sources": {"1": "A reading of 41.3 degrees Celsius was taken at Sarnova on Monday."}},
                 {"text": "About 45% of the 3,000 seats were sold [1].",
                  "sources": {"1": "Of the 3,000 seats, 2,130 were sold by Friday."}},
                 {"text": "The trust expects to spend about £60m a month on trials [1].",
                  "sources": {"1": "The trust expects to spend about £60m a year on trials."}},
                 {"text": "The bell tower was restored by volunteers in 1961 [1].",
                  "sources": {"1": "Struck by lightning in 1961, the bell tower was restored by "
                                   "volunteers in 1964."}},
                 {"text": "Rangers seized 46 tonnes of elephant ivory at the port [1].",
                  "sources": {"1": "Rangers seized 19 tonnes of elephant ivory at the port, and 46 "
                                   "tonnes of pangolin scales."}},
                 {"text": "Lee Fairbrother, 32, was caught in Margate [1].",
                  "sources": {"1": "Fairbrother, 39, was caught in Margate. His partner, "
                                   "Danielle Sykes, 32, was arrested there too."}},
                 {"text": "The ferry sailed again on Friday night [1].",
                  "sources": {"1": "The ferry sailed again after repairs to its hull."}},
                 {"text": "The survey counted more than 40,000 barn owls [1].",
                  "sources": {"1": "The survey counted fewer than 40,000 barn owls."}},
                 {"text": "The new route is 12 kilometres long [1].",
                  "sources": {"1": "The new route is 12 miles long."}},
                 {"text": "The harvest gave about 1,500kg of honey [1].",
                  "sources": {"1": "Beekeepers took some 2,000 pounds of honey from the hives."}},
                 {"text": "The trust announced in October that it must save £6m [1].",
                  "sources": {"1": "The trust announced in August that it must save £6m. Staff "
                                   "will be consulted next month."}},
                 {"text": "Ashby Rovers beat Kelby Town 3-1 in the cup final [1].",
                  "sources": {"1": "Ashby Rovers beat Kelby Town 3-2 in the cup final. In the "
                                   "semi-final, Kelby had won 4-1."}},
                 {"text": "The keeper retired on 9 June 2021 [1].",
                  "sources": {"1": "The keeper retired on 9 June 2022, after the light was "
                                   "automated in 2021."}},
                 {"text": "The new kiln will fire up to 8,000 bricks a day [1].",
                  "sources": {"1": "The new kiln will fire up to 6,500 bricks a day."}}],
        "pass": [{"text": "The survey counted almost 40,000 barn owls [1].",
                  "sources": {"1": "The survey counted fewer than 40,000 barn owls."}},
                 {"text": "The new route is 12 km long [1].",
                  "sources": {"1": "The new route is 12 kilometres long."}},
                 {"text": "The harvest gave about 900kg of honey [1].",
                  "sources": {"1": "Beekeepers took some 2,000 pounds of honey from the hives."}},
                 {"text": "A single fare on the ferry is just over £1 [1].",
                  "sources": {"1": "A single fare on the ferry now costs just over a pound."}},
                 {"text": "China refines nearly 90 percent of rare earths [1].",
                  "sources": {"1": SOURCE}},
                 {"text": "Ferry bookings doubled to 42,000 this summer [1].",
                  "sources": {"1": "Ferry bookings rose from 19,000 to 42,000 this summer."}},
                 {"text": "the depot , opened on 4 june , cost $ 35million [1].",
                  "sources": {"1": "The $35 million depot opened on June 4, 2012."}},
                 {"text": "Jewellery worth about £250,000 was taken [1].",
                  "sources": {"1": "Rings worth an estimated quarter of a million pounds were taken."}},
                 {"text": "Profit rose to DKr1.9bn [1].",
                  "sources": {"1": "Profit rose to 1.9 billion Danish kroner."}},
                 {"text": "The thermometer at Sarnova read 41.3C on Monday [1].",
                  "sources": {"1": "A reading of 41.3 degrees Celsius was taken at Sarnova on Monday."}},
                 {"text": "the council paid # 2.4 m , or # 1,250 a bus , for the depot [1].",
                  "sources": {"1": "The council paid £2.4m, or £1,250 per bus, for the depot."}},
                 {"text": "中国精炼了全球近90%的稀土【1】。",
                  "sources": {"1": "美国财长贝森特周二表示，中国精炼了全球近百分之九十的稀土。"}},
                 {"text": "The depot opened on 2 November 2012 [1].",
                  "sources": {"1": "BRISTOL, November 5, 2012 - The depot, which opened on "
                                   "Friday, serves 40 buses."}},
                 {"text": "The depot has stood empty for nine years [1].",
                  "sources": {"1": "BRISTOL, November 5, 2021 - The depot, empty since 2012, "
                                   "will be sold."}},
                 {"text": "About 71% of the 3,000 seats were sold [1].",
                  "sources": {"1": "Of the 3,000 seats, 2,130 were sold by Friday."}},
                 {"text": "A care home place now costs roughly £73,000 a year [1].",
                  "sources": {"1": "A care home place now costs £1,400 a week."}},
                 {"text": "The six councils put €1.8m into the scheme between them [1].",
                  "sources": {"1": "Each of the six councils put €300,000 into the scheme."}},
                 {"text": "该车辆段耗资３５００万美元，于2012年启用【1】。",
                  "sources": {"1": "这座耗资3500万美元的车辆段于2012年6月启用。"}},
                 {"text": "Ashby Rovers beat Kelby Town 31-24 in the varsity match [1].",
                  "sources": {"1": "Ashby Rovers beat Kelby Town by 31 points to 24."}},
                 {"text": "Two dozen volunteers cleared the towpath [1].",
                  "sources": {"1": "Twenty-four volunteers cleared the towpath."}},
                 {"text": "The choir has grown to nearly 200 singers [1].",
                  "sources": {"1": "The choir now has 186 singers."}},
                 {"text": "The ferry sails roughly every 40 minutes [1].",
                  "sources": {"1": "The ferry sails every 38 minutes."}},
                 {"text": "Nurses voted by almost three to one to accept the offer [1].",
                  "sources": {"1": "Members voted by 412 to 149 in favour of the offer."}},
                 {"text": "31% of members voted in the ballot [1].",
                  "sources": {"1": "Almost a third of members voted in the ballot."}}],
    },
)
def number_not_in_source(doc: RuleContext) -> Iterator[Flag]:
    lex = doc.lexicon.lookup()
    notation = grammar(lex)
    for claim, sources, quantity in _cited_figures(doc):
        written = quantity
        if quantity.kind is QuantityKind.RATIO:
            otherwise = ratio_stated_otherwise(quantity, claim, sources, notation, lex)
            if otherwise is not None:
                yield _not_in_source(claim, quantity.span, f"{quantity.text} is not",
                                     quantity.text, sources, cut(otherwise), quantity.value)
                continue
            share = as_a_share(quantity, claim, notation)
            if share is None or a_fraction_a_source_gives(quantity, sources):
                continue  # (a source's fraction backs the claim's: "about half of the crop")
            quantity = share  # "about two-fifths of the bill": backed as the share it states
        elif (said := in_fractions(quantity, notation)) is not None:
            # "by almost a quarter", "two-fifths voted": backed as the share or change it states
            if quantity.kind is QuantityKind.COUNT and fraction_in_words(
                    quantity, sources, notation):
                continue  # (a source's own fraction or share: "two-thirds" for 66%)
            quantity = said
        quantity = in_tens(quantity) or quantity  # "two in five" for 41%
        quantity = times_its_noun(quantity, claim, lex) or quantity  # "two dozen": 24
        if quantity.kind not in CHECKED_KINDS or _counted_by_the_writer(claim, quantity, lex) or (
                _says_nothing_to_find(quantity)) or _names_a_thing(claim, quantity):
            continue
        if odds_of_a_tally(claim, written, sources, lex):
            continue  # "voted by almost three to one" for "by 412 to 149"
        day = a_day_parted_from_its_month(doc.document.text, claim, quantity, notation)
        aged = None if day is not None else another_age(claim, quantity, sources, lex)
        rank = a_rank(doc.document.text, quantity)
        restated: SaidOtherwise | None = None
        if rank is not None:
            # "the No. 1 pick" is the source's "first pick" or its "1"
            backed = any(source.names.has_phrase(rank) for source in sources) or (
                supported(quantity, claim, sources, notation, lex))
        elif day is not None:
            backed = any(set(day) & source_dates(source.text, notation).months
                            and days_stated(day, source, notation) for source in sources)
        else:
            if not aged:
                restated = said_otherwise(claim, quantity, sources, notation, lex)
            # (a value the source states of something else is misattributed; one it does not
            # state may be worked out of others)
            backed = aged is None and not (restated and restated.value_stated) and supported(
                quantity, claim, sources, notation, lex)
        if not backed:
            shown = _with_its_unit(claim, written, notation)
            if restated is not None:
                side = "before" if restated.after else "after"
                yield _not_in_source(
                    claim, quantity.span, f"{shown} is not the figure {side} "
                    f"“{restated.words}” ({restated.figure.text})", quantity.text, sources,
                    cut(restated.passage), quantity.value)
                continue
            whose = f" {aged}'s age" if aged else ""
            yield _not_in_source(claim, quantity.span, f"{shown} is not{whose}",
                                 quantity.text, sources, aligned_passage(claim, sources, lex),
                                 quantity.value)
    lines: LineIndex | None = None
    for claim, sources, named in _dates_and_scores_not_backed(doc, notation):
        lines = lines or LineIndex(doc.document.text)
        yield _not_in_source(claim, lines.span(claim.span.start + named.start(),
                                               claim.span.start + named.end()),
                             f"{named.group()} is not", named.group(), sources,
                             aligned_passage(claim, sources, lex))


def _not_in_source(claim: Claim, span: Span, opening: str, figure: str,
                   sources: Sequence[SourceReading], passage: str | None,
                   value: float | None = None) -> Flag:
    """A figure of the claim that its sources do not back; ``opening`` starts the message
    ("40% is not", "61 is not Varga's age")."""
    evidence = {"figure": figure, **({"value": value} if value is not None else {}),
                "sources": [s.id for s in sources], "source_passage": passage}
    return Flag(claims=(claim.id,), span=span,
                message=f"{opening} in the cited source "
                + ", ".join(f"[{s.id}]" for s in sources) + _says(passage), evidence=evidence)


def _dates_and_scores_not_backed(doc: RuleContext, notation: Grammar
                               ) -> Iterator[tuple[Claim, Sequence[SourceReading], re.Match[str]]]:
    """Each day of a month, weekday and month a cited claim names on its own, and each score
    of a contest or tally of a vote, that its sources do not back, with the claim and its
    sources."""
    lex = doc.lexicon.lookup()
    days = functools.partial(days_without_a_year, lex=lex)
    months = functools.partial(months_not_named, lex=lex)
    def scores(claim: Claim, sources: Sequence[SourceReading], _: Grammar
               ) -> Iterator[re.Match[str]]:
        return scores_not_given(claim, sources, lex)

    for kind in (days, weekdays_not_named, months, scores):
        for claim in doc.claims:
            sources = doc.cited_readings(claim)
            for named in kind(claim, sources, notation) if sources else ():
                yield claim, sources, named


def _cited_figures(doc: RuleContext) -> Iterator[tuple[Claim, Sequence[SourceReading], Quantity]]:
    """Each figure of a claim whose cited sources have a text, with those sources."""
    for claim in doc.claims:
        sources = doc.cited_readings(claim)
        for quantity in claim.quantities if sources else ():
            yield claim, sources, quantity


def _with_its_unit(claim: Claim, quantity: Quantity, notation: Grammar) -> str:
    """The figure as the claim writes it with the unit that says what it is, where that unit is
    a length of time, a fraction's or a measurement's ("18 weeks" where the source has "18
    months", "two-thirds", "64 millimetres"); other figures as they are."""
    end = quantity.span.end - claim.span.start
    measured = notation.measure_after.match(claim.text, end)
    if measured is not None and notation.measure_at(claim.text, end) is not None:
        return quantity.text + measured.group()
    unit = quantity.unit or ""
    if not (notation.days_of(unit) or fraction_part(unit, notation)):
        return quantity.text
    joined = re.match(rf"[\s-]{re.escape(unit.lstrip('-'))}\b", claim.text[end:])
    return quantity.text + joined.group() if joined else f"{quantity.text} {unit.lstrip('-')}"


class _KnownActors:
    """The lexicon's actors that the cited sources name, read on the first question: a name
    of the claim that the sources' words lack may be part of an actor they name otherwise
    ("Treasury" of a source's "the Treasury Secretary"), and reading actors is slow."""

    def __init__(self, sources: Sequence[SourceReading], lexicon: Lexicon) -> None:
        self._sources, self._lexicon = sources, lexicon
        self._known: frozenset[str] | None = None

    def __contains__(self, actor_id: object) -> bool:
        if self._known is None:
            self._known = frozenset().union(*(source_actors(s.text, self._lexicon)
                                              for s in self._sources))
        return actor_id in self._known


def _with_where_from(name: str) -> tuple[str, ...]:
    """A name, and where it has "of" and more, the name before it: "Owen Sturt" of "Owen Sturt
    of Ballarat" (its person's name, to be read against the source's "Owen Stott")."""
    before, of, _ = name.partition(" of ")
    return (name, before) if of and before else (name,)


@rule(
    id="citation.entity-not-in-source",
    severity="warning",
    description=(
        "A name in the claim (a person, organization, place or product, known to the lexicon "
        "or not) that none of its cited sources mentions: case, possessives, surnames, "
        "aliases, demonyms, acronyms (also spelled out, a name joined by \"and\" left out: "
        "\"ECB\" for \"England and Wales Cricket Board\"), a company's head word and other "
        "spellings of a name (without accents; transliterated vowels in a long one) and "
        "other forms of a word that share its stem and are alike (\"Olympics\", "
        "\"Canadian\"; not \"Aldridge\" for \"Aldred\") are allowed for. A person's "
        "surname alone does not back a first name the sources never use where they give "
        "the surname after another (\"Elena Kostova\" for \"Daria "
        "Kostova\", \"Grace Pellow\" for \"Ruth Pellow\" though both are words too; \"Alex\" "
        "for \"Alexander\" is allowed), nor the first name alone a "
        "surname they give after it otherwise (\"Nadia Owusu\" for \"Nadia Osei\"), nor "
        "two capitalized words they never write together where they write the first only "
        "before another name and the second after another (\"Magnus Anderson\" for "
        "\"Magnus Tulloch\" and \"Bruce Anderson\"; a middle name between is the same "
        "person's: \"Margaret Anne Thibodeau\"; ordinary words too before an age: \"Graham "
        "Cooper, 58,\"), nor an institution's name whose middle "
        "words they lack where they write its first and last words around others "
        "(\"Dunmore Heritage Trust\" for \"Dunmore Family Trust\"); in a lower-cased claim, "
        "a first name they write only before another surname, then a word they lack that "
        "is no ordinary word or stands before an age (\"patricia holden , 76 ,\" for "
        "\"Patricia Hulme\"). A part of a place (\"eastern Uganda\", "
        "\"North Holland\", lexicon compass_words) is flagged where the sources name only "
        "other parts of it."
    ),
    rationale="A swapped or invented name changes who said or did what.",
    tags=("citation", "source"),
    examples={
        "flag": [{"text": "Janet Yellen spoke about rare earths [1].", "sources": {"1": SOURCE}},
                 {"text": "The dam in northern Zambia is 60% built [1].",
                  "sources": {"1": "The dam in western Zambia is 60% built, officials said."}},
                 {"text": "Harbour pilots in Leith backed the levy, Mayor Ines Duarte said [1].",
                  "sources": {"1": "Harbour pilots backed the levy, Mayor Ines Duarte said."}},
                 {"text": "the levy was backed by pilots in leith , mayor ines duarte said [1].",
                  "sources": {"1": "Harbour pilots backed the levy, Mayor Ines Duarte said."}},
                 {"text": "日本表示愿意就稀土问题谈判【1】。",
                  "sources": {"1": "欧盟周二表示，愿意就稀土问题谈判。"}},
                 {"text": "美国财长 Janet Yellen 谈到了稀土问题【1】。",
                  "sources": {"1": "U.S. Treasury Secretary Scott Bessent spoke about rare earths."}},
                 {"text": "Her partner, Nadia Owusu, is still deciding [1].",
                  "sources": {"1": "Her partner, Nadia Osei, will decide by the summer."}},
                 {"text": "Her partner, Leila Osei, is still deciding [1].",
                  "sources": {"1": "Her partner, Nadia Osei, will decide by the summer."}},
                 {"text": "The Georgia Historical Society paid for it [1].",
                  "sources": {"1": "The state of Georgia paid for the restoration."}},
                 {"text": "curator tomas brennan , 44 , found the bowl [1] .",
                  "sources": {"1": "Curator Tomas Okafor found the bowl. The dig was led by "
                                   "Aoife Brennan, 44."}},
                 {"text": "The Harwick Rowing Association paid for the boathouse [1].",
                  "sources": {"1": "The Harwick Sailing Association paid for the boathouse."}},
                 {"text": "the trophy went to groundsman peter ashdown on friday [1] .",
                  "sources": {"1": "Groundsman Peter Lusk, 58, received the trophy on Friday."}},
                 {"text": "the trophy went to groundsman peter fielding , 58 , on friday [1] .",
                  "sources": {"1": "Groundsman Peter Lusk, 58, received the trophy on Friday."}}],
        "pass": [{"text": "Bessent spoke about rare earths [1].", "sources": {"1": SOURCE}},
                 {"text": "The Harwick Rowing Association paid for the boathouse [1].",
                  "sources": {"1": "The Harwick Amateur Rowing Association paid for it."}},
                 {"text": "groundsman peter collected the trophy on friday [1] .",
                  "sources": {"1": "Groundsman Peter Lusk, 58, received the trophy on Friday."}},
                 {"text": "Tomas Brennan found the bowl [1].",
                  "sources": {"1": "Tomas Okafor Brennan found the bowl, said Aoife Brennan."}},
                 {"text": "Aoife Brennan found the bowl [1].",
                  "sources": {"1": "Tomas Brennan and his wife Aoife found the bowl."}},
                 {"text": "The dam in northern Zambia is 60% built [1].",
                  "sources": {"1": "The dam in Zambia, in the country's north, is 60% built."}},
                 {"text": "The Georgia Historical Society paid for it [1].",
                  "sources": {"1": "The GHS paid for the restoration in Savannah."}},
                 {"text": "the chipmaker will build a plant in oakhaven [1].",
                  "sources": {"1": "Veltrana Semiconductor will build a chip plant in Oakhaven."}},
                 {"text": "Mozambican clinics took part in the trial [1].",
                  "sources": {"1": "Clinics in Tanzania and Mozambique took part in the trial."}},
                 {"text": "British pilots backed it, Duarte said [1].",
                  "sources": {"1": "Pilots in the UK backed the levy, Mayor Ines Duarte said."}},
                 {"text": "The mosque was endowed by Sulayman [1].",
                  "sources": {"1": "Sultan Suleiman endowed the mosque in 1557."}},
                 {"text": "the nhs trust denied it [1].",
                  "sources": {"1": "The National Health Service trust denied the claim."}},
                 {"text": "欧盟表示愿意就稀土问题谈判【1】。",
                  "sources": {"1": "欧盟周二表示，愿意就稀土问题谈判。"}},
                 {"text": "美国财长 Bessent 谈到了稀土问题【1】。",
                  "sources": {"1": "U.S. Treasury Secretary Scott Bessent spoke about rare earths."}}],
    },
)
def entity_not_in_source(doc: RuleContext) -> Iterator[Flag]:
    lex = doc.lexicon.lookup()
    lists = lex.derived(NameLists)
    notation = grammar(lex)
    lines: LineIndex | None = None  # (built once, for the first part of a place flagged)
    for claim in doc.claims:
        sources = doc.cited_readings(claim)
        if not sources:
            continue
        indexes = [s.names for s in sources]
        known = _KnownActors(sources, doc.lexicon)
        cited = ", ".join(f"[{s.id}]" for s in sources)
        # names inside a longer name whose acronym a source uses count as named
        abbreviated = list(abbreviated_runs(claim, indexes))
        flagged: set[tuple[int, int]] = set(abbreviated)
        for actor in claim.actors:
            if refers_back(actor):
                continue  # "the firm": its name was checked where the text gave it
            # (its other names, the lexicon's aliases and demonyms, are looked for too: the
            # actors a source's reading resolves add nothing here, measured on the dev data)
            named = without_heads(actor.name, lex)
            person = actor.kind is ActorKind.PERSON
            if not named or any(start <= actor.span.start and actor.span.end <= end
                                for start, end in abbreviated) or (any(
                    name_in_source(named, index, lists, person) for index in indexes)
                    and not (person and another_first_name(named, sources, indexes, lex))):
                continue
            flagged.add((actor.span.start, actor.span.end))
            passage = aligned_passage(claim, sources, lex)
            yield Flag(claims=(claim.id,), span=actor.span,
                       message=f"{actor.name} is not mentioned in the cited source {cited}"
                       + _says(passage),
                       evidence={"actor": actor.id, "sources": [s.id for s in sources],
                                 "source_passage": passage})
        for name in claim.names:
            if any(start < name.span.end and name.span.start < end for start, end in flagged):
                continue
            if a_unit(name, claim, notation):
                continue  # "1.3 GW"
            text = settled(name)
            bare = without_heads(text, lex) if text else None
            # a title after a name says it is a person's: "Jorge Pinto MEP"
            titled = text is not None and lex.is_title(text.rpartition(" ")[2])
            if bare and any(name_in_source(bare, index, lists, person=titled)
                            for index in indexes):
                owned = owned_person(bare, lists)
                if owned is not None:
                    # "HomeTrack NZ's Caroline Tapsell": the company is named, the person must
                    # be too
                    if any(name_in_source(owned, index, lists, person=True)
                           for index in indexes):
                        continue
                    text = bare = owned
                elif not (any(another_surname(whose, sources, indexes, lists)
                              or another_first_name(whose, sources, indexes, lex)
                              for whose in _with_where_from(bare))
                          or (text is not None
                              and another_middle_word(text, sources, indexes, lists))):
                    continue
            if not bare or bare.lower() in lex.place_heads:
                continue  # "the 2028 Games", "the Cup": an event named by its head word alone
            if any(actor.id in known for actor in claim.actors
                   if actor.span.start <= name.span.start < actor.span.end):
                continue
            flagged.add((name.span.start, name.span.end))
            passage = aligned_passage(claim, sources, lex)
            yield Flag(claims=(claim.id,), span=name.span,
                       message=f"{text} is not mentioned in the cited source {cited}"
                       + _says(passage),
                       evidence={"name": text, "sources": [s.id for s in sources],
                                 "source_passage": passage})
        for mixed in [*mixed_names(claim, sources, indexes, lex),
                      *unknown_surnames(claim, sources, indexes, lex)]:
            start, end = claim.span.start + mixed.start, claim.span.start + mixed.end
            if any(start < other_end and other_start < end
                   for other_start, other_end in flagged):
                continue
            flagged.add((start, end))
            lines = lines or LineIndex(doc.document.text)
            written = claim.text[mixed.start:mixed.end]
            theirs = [name for name in (mixed.first_of, mixed.last_of) if name]
            yield Flag(claims=(claim.id,), span=lines.span(start, end),
                       message=f"{written} is not mentioned in the cited source {cited}; it "
                       f"names {' and '.join(theirs)}",
                       evidence={"name": written, "sources": [s.id for s in sources],
                                 "source_names": theirs})
        for part in other_parts(claim, sources, lists):
            lines = lines or LineIndex(doc.document.text)
            written = claim.text[part.start:part.end]
            yield Flag(claims=(claim.id,), span=lines.span(claim.span.start + part.start,
                                                           claim.span.start + part.end),
                       message=f"{written} is not mentioned in the cited source {cited}; it "
                       f"names {part.theirs}",
                       evidence={"name": written, "sources": [s.id for s in sources],
                                 "source_names": part.theirs})
