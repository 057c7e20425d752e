"""Source support on the forms real summaries take: each false alarm met on real text, and each
kind of error the checks must still catch, as an article and its source written for the test."""

from __future__ import annotations

import pytest

from factcheck.dsl.ruleset import load_ruleset
from factcheck.dsl.schema import Example
from factcheck.extract import default_lexicon
from factcheck.models import Finding, Reference
from factcheck.pipeline import Checker
from factcheck.ruletest import example_document

SOURCE_RULES = ("citation.number-not-in-source", "citation.entity-not-in-source",
                "citation.quote-not-in-source", "citation.direction-not-in-source",
                "citation.quote-misattributed", "citation.role-misattributed",
                "citation.outcome-not-in-source", "citation.balance-not-in-source",
                "citation.statement-misattributed", "citation.figure-of-another-name",
                "citation.count-of-another-thing", "citation.place-misattributed",
                "citation.subject-misattributed", "citation.change-reversed")


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(load_ruleset(), default_lexicon())


def source_findings(checker: Checker, article: str, source: str) -> list[Finding]:
    document = example_document(Example(text=article, sources={"1": source}))
    assert any(isinstance(ref, Reference) for ref in document.references)
    return [f for f in checker.check_document(document).findings if f.rule_id in SOURCE_RULES]


SUPPORTED = {
    # a figure its writer says was worked out from two (or three) of one source sentence's
    "a margin worked out": ("The incumbent held the ward by about 2,300 votes [1].",
                            "The incumbent received 14,820 votes and her challenger 12,540."),
    "a fall worked out": ("The clinic saw 350 fewer patients in May [1].",
                          "The clinic saw 1,210 patients in May, down from 1,560 in April."),
    "a sum worked out": ("The Islay and Arran ferries together carried 5,400 passengers [1].",
                         "The Islay ferry carried 3,150 passengers and the Arran ferry 2,250."),
    "a sum of three": ("Hackney, Newham and Lambeth accounted for 640 closures between them [1].",
                       "Hackney recorded 250 closures, Newham 210 and Lambeth 180 last year."),
    "all but": ("The keeper saved all but two of the nine penalties [1].",
                "The keeper saved seven of the nine penalties she faced this season."),
    "a change and the level it came to": (
        "The levy would raise the average water bill by £18.20 to about £231 [1].",
        "The levy would add about £18.20 to the average annual water bill of £212.80."),
    "a total with what it adds": (
        "The museum paid £4.1m, with fees that could take the total to £4.6m [1].",
        "The museum paid £4.1m for the painting. Fees of up to £0.5m may follow."),
    "a sum of glued measurements": (
        "The two probes, with a combined mass of 31kg, reached orbit [1].",
        "The rocket carried a 22kg imaging probe and a 9kg radio test craft to orbit."),
    "a share of two amounts it states": (
        "Crews have fitted 2,900 of the 9,000 meters, fewer than a third [1].",
        "Crews have fitted 2,900 smart meters so far. The utility plans to fit 9,000 by June."),
    "a vote tally": ("The board voted 6-1 to close the bus depot [1].",
                     "The board voted 6-1 on Thursday to close the bus depot."),
    "a difference of measurements written two ways": (
        "The lake covered 42,000 sq km in May, 3,500 sq km below its area a year before [1].",
        "The lake covered 42,000 square kilometres in May. A year earlier it covered 45,500 "
        "square kilometres."),
    "one end of a range": ("The council expects a deficit of $4.2m this year [1].",
                           "The council expects a deficit of $3.9m to $4.2m this year."),
    "a split of shares with one sign": (
        "The Greens took the seat 52.4 to 47.6 per cent [1].",
        "The Greens won the seat by 52.4 per cent to 47.6 per cent after preferences."),
    "a share rounded to its last digit": ("Unemployment was 5.2% in May [1].",
                                          "Unemployment stood at 5.24 per cent in May."),
    # tokenized text, as summarization models write it
    "currency sign apart": ("the county was fined £ 250,000 for the spill [1].",
                            "The county council was fined £250,000 after the chemical spill."),
    "dollar sign apart": ("tickets now cost $ 35 each [1].",
                          "Tickets for the festival will cost $35 each this year."),
    "comma apart in a date": ("the ferry sank on June 4 , 2019 [1].",
                              "The ferry sank on June 4, 2019, off the northern cape."),
    "glued scale word": ("the clinic's new wing cost $ 12million [1].",
                         "The new wing of the clinic cost $12 million to build."),
    "scale word abbreviated": ("The stadium deal is worth 1.2 billion pounds [1].",
                               "The stadium deal is worth £1.2bn, the club said."),
    "number in words": ("Three thousand nurses joined the strike [1].",
                        "Some 3,000 nurses walked out on Tuesday."),
    "age in two forms": ("The 36-year-old goalkeeper signed on Friday [1].",
                         "The goalkeeper, aged 36, signed a one-year deal on Friday."),
    "day and month without a year": ("The council voted on 12 July [1].",
                                     "Vote held: 12 July 2021. The council approved the plan."),
    "date written with dots": ("She was appointed on 11 June 2003 [1].",
                               "Appointed bishop (2003.06.11 – 2018.04.19)."),
    "per cent after a growth verb": ("Fares are 12 per cent higher than last year [1].",
                                     "Fares rose 12 per cent compared with last year."),
    "amount used as a modifier": ("The 3 billion dollar bridge opened [1].",
                                  "The $3 billion bridge opened to traffic on Monday."),
    "year before a proper name": ("A 1998 Honda Civic was recovered [1].",
                                  "Officers recovered the stolen 1998 Honda Civic on Elm Road."),
    "count derived by the writer": ("Two judges applied; the other two withdrew [1].",
                                    "Four judges applied. Two of them later withdrew."),
    "lower-cased summary": ("the mayor of leith , ines duarte , backed the levy [1].",
                            "Ines Duarte, the Mayor of Leith, backed the harbour levy."),
    "initials run together": ("Director S.R. Kulkarni said frequency rose [1].",
                              "Managing director S. R. Kulkarni said frequency had risen."),
    "initials set apart": ("Scientist R. K. Sharma said so [1].",
                           "Senior scientist R.K. Sharma said the figure hid wide variation."),
    "lower-cased source": ("Ines Duarte backed the levy [1].",
                           "ines duarte, mayor of leith, backed the harbour levy."),
    "surname for the full name": ("Duarte backed the harbour levy [1].",
                                  "Mayor Ines Duarte backed the harbour levy."),
    "demonym for the country": ("Dutch growers warned of shortages [1].",
                                "Growers in the Netherlands warned of tulip shortages."),
    "alias of the country": ("British regulators fined the bank [1].",
                             "UK regulators fined the bank on Thursday."),
    "acronym for the expansion": ("The NHS trust apologised [1].",
                                  "The National Health Service trust apologised to families."),
    "a plural acronym": ("Several MPs objected to the plan [1].",
                         "Several Members of Parliament objected to the plan."),
    "possessive and apostrophe in a name": ("O'Neill's side won the cup [1].",
                                            "Martin O'Neill saw his side win the cup."),
    "capitalized word quoted in the source": ("The email's subject line read 'Great news' [1].",
                                              "The subject line: 'Great news about the merger.'"),
    "a reference back to a name": ("The team won 12 gold medals at the Games [1].",
                                   "At the Olympics the team won 12 gold medals."),
    "quotation with an ellipsis": (
        'The review called the play "bold, funny and [...] deeply moving" [1].',
        "The critic called the play bold, funny and, in its last act, deeply moving."),
    "words between two quotations": (
        'The sign shows a "bell" and the tower a "crown", after the town\'s name [1].',
        "The town sign shows a bell; the tower carries a crown."),
    "month apart from the year": ("The levy came into force in March 2021 [1].",
                                  "In 2021 the council passed the levy; it came into force in "
                                  "March."),
    "month of an ISO date": ("The survey was published in May 2018 [1].",
                             "Published: 2018-05-14. The survey of 2,000 tenants found…"),
    "a role the source gives the person, with another's named too": (
        "Captain Ifeoma Adeyemi led the rescue [1].",
        "Captain Ifeoma Adeyemi led the rescue while first officer Joel Brandt kept the "
        "aircraft steady."),
    "a role of the same head word": (
        "Coach Sanna Virtanen blamed the referee [1].",
        "Head coach Sanna Virtanen blamed the referee. Team manager Oskar Berg agreed."),
    "a role in two organizations": (
        "Rovers manager Ian Platt hailed the point [1].",
        "Rovers manager Ian Platt hailed the point; City manager Dev Rana said his side had "
        "been unlucky."),
    "a role the person took over": (
        "Chief executive Nadia Sood announced the closures [1].",
        "Nadia Sood, the bank's new chief executive, announced the closures. Former chief "
        "executive Ralph Heller left in June."),
    "a lower-cased role the source gives the person": (
        "chief executive nadia sood announced the closures [1] .",
        "Chief executive Nadia Sood announced the closures; the bank's chair, Ralph Heller, "
        "backed her."),
    "a share of a stated whole, its part elsewhere in the whole's unit": (
        "The depot can refit about one in eight of the 4,000 buses in service [1].",
        "The new depot can refit around 500 buses a year. It will open in May. There are "
        "4,000 buses in service across the region."),
    "a change restated in per cent": (
        "Ticket sales rose by £12m, or about 15%, to £92m [1].",
        "Ticket sales reached £92m in the year, up from £80m."),
    "a deficit worked out from two sentences in a row": (
        "Okafor overturned a 1.35-second deficit to win the final [1].",
        "Okafor trailed after the first run with 48.20 seconds. Brandt led with 46.85 "
        "seconds, but Okafor won the final."),
    "litres for US gallons": ("The leak lost roughly 380 litres an hour [1].",
                              "Crews said the pipe was leaking 100 gallons an hour."),
    "a sentence opened by Here's": ("Here's the news: the pier reopened after 18 months [1].",
                                    "The pier reopened after 18 months of repairs."),
    "days from a source's day to its dateline": (
        "The bridge has been shut for nearly two weeks [1].",
        "YORK, 14 March 2025 - The bridge, shut since 1 March after a barge struck it, will "
        "stay closed."),
    "days between two days of one sentence": (
        "The festival ran for ten days [1].",
        "The festival ran from 2 August to 11 August and drew 40,000 people."),
    "a change in points from a source's 'to … from'": (
        "Coral cover rose by nine percentage points [1].",
        "Coral cover had risen to 31% from 22% when the sites were last surveyed."),
    "a winner the source names in the passive": (
        "Ana Ruiz beat Mei Tanaka in the final [1].",
        "Mei Tanaka was beaten 6-4, 6-2 by Ana Ruiz in the final on Sunday."),
    "a lower-cased quotation given to its speaker": (
        'pilot tomas riera said the crews " earned every penny of it " [1] .',
        'Pilot Tomas Riera said: "We earned every penny of it." Harbour master Ines Duarte '
        'thanked the crews.'),
    "a loss the source calls a loss": (
        "The ski lift company reported a €2.3m pre-tax loss [1].",
        "The ski lift company's pre-tax loss was €2.3m, against a profit of €0.4m a year "
        "earlier."),
    "a profit stated once without the word": (
        "The co-operative made a profit of £86,000 [1].",
        "Income exceeded costs by £86,000, reversing a loss of £86,000 the year before."),
    "an outcome the source states both ways": (
        "The committee rejected the scheme [1].",
        "A first committee approved the scheme in March; the planning committee rejected the "
        "scheme in June."),
    "an outcome of another thing": (
        "Residents rejected the parking plan [1].",
        "Residents rejected the parking plan, although the council had approved the budget."),
    "an outcome said in other words": (
        "The tribunal upheld her appeal [1].",
        "Her appeal succeeded: the tribunal allowed it on every ground."),
    "a long acronym that keeps an older name's letters": (
        "The trial is funded by the NIHR [1].",
        "The trial is funded by the National Institute for Health and Care Research."),
    "a first name the source spells out": (
        "Alex Morton chaired the inquiry [1].",
        "The inquiry was chaired by Alexander Morton, a retired judge."),
    "a demonym before a name": ("Finn Aino Kallio will conduct the opening concert [1].",
                                "The Finnish conductor Aino Kallio will lead the opening concert."),
    "a middle name the source leaves out": (
        "Mary Ellen Porter founded the charity [1].",
        "Mary Porter founded the charity in 1998."),
    "a total of as many figures as the claim counts parts": (
        "The fair drew 27,500 visitors over its three days [1].",
        "The fair ran for three days. Attendance was 8,200 visitors on Friday, 9,900 on "
        "Saturday and 9,400 on Sunday."),
    "a whole from a part and its share": (
        "The orchard sells about 42,000 boxes at the gate, roughly 60% of its crop, so some "
        "70,000 boxes in all [1].",
        "The orchard sells around 42,000 boxes at its farm gate, about 60 per cent of its crop."),
    "a fraction of a figure the claim states": (
        "The 4.8 million euro roof was shared by the two towns, each paying 2.4 million [1].",
        "The two towns each paid half of the 4.8 million euro cost of the new roof."),
    "a figure shared out in equal parts": (
        "Each of the four clubs receives 450 tickets [1].",
        "The 1,800 tickets will be divided equally among the four clubs in the league."),
    "a sum the claim names, of figures of two sentences in a row": (
        "The Islay and Arran ferries together carried 5,400 passengers [1].",
        "The Islay ferry carried 3,150 passengers. The Arran ferry, running late all summer, "
        "carried 2,250."),
    "a sum the claim names, of two sentences in a row": (
        "The two reservoirs hold a combined 9.5 billion litres [1].",
        "The upper reservoir holds 6.2 billion litres. The lower one, built in 1961, holds "
        "3.3 billion litres."),
    "a length of two units with the first's hedge": (
        "The debate ran for just over two hours and ten minutes [1].",
        "The debate lasted two hours and 14 minutes before the vote was called."),
    "years from a year of the claim to one of the source": (
        "The club admitted women in 1968, eleven years before its first female captain [1].",
        "Women were admitted as members in 1968. Joan Pryce became the first female captain "
        "in 1979."),
    "years between two early years of one sentence": (
        "The abbey's scriptorium worked for 134 years [1].",
        "Monks copied manuscripts in the scriptorium from 1402 until 1536."),
    "an area from its two sides": ("The new skate park covers about 1,500 square metres [1].",
                                   "The skate park, 50 metres by 30 metres, opens in June."),
    "an area in square feet from sides in feet": (
        "Each studio offers roughly 300 sq ft of space [1].",
        "Each studio is 15ft x 20ft, with a shared kitchen on the ground floor."),
    "an area written with a unit symbol": ("The mural covers 24 m² of the wall [1].",
                                           "The mural, 6 by 4 metres, took nine days to paint."),
    "years since a year, to the source's dateline": (
        "The toll has been frozen for some six years [1].",
        "DUNDEE, 11 November 2024 - The bridge toll, unchanged since 2018, will rise in May."),
    "years between two years of one sentence": (
        "The lighthouse keeper served for 12 years [1].",
        "She kept the light from 1961 until it was automated in 1973."),
    "a day the source dates by a weekday": (
        "The ferry ran aground on 3 March 2024 [1].",
        "ORKNEY, March 5, 2024 - The ferry ran aground on Sunday evening; no one was hurt."),
    "a day inside the source's range of days": (
        "The festival drew 12,000 visitors on August 9 [1].",
        "The festival, held August 8-10, drew 12,000 visitors on its second day."),
    "a day the source writes as an ordinal": (
        "The strike began on 14 November 2022 [1].",
        "Lecturers walked out on the 14th of November 2022 over pay."),
    "a day where the source gives only the month": (
        "The bridge reopened on 22 April 2019 [1].",
        "The bridge reopened in April 2019 after a year of repairs."),
    "another transliteration of a name": ("The mosque was endowed by Suleyman the Lawgiver [1].",
                                          "Sultan Sulaiman the Lawgiver endowed the mosque."),
    "a name without its accents": ("The forward Ibanez scored twice [1].",
                                   "Nicolás Ibáñez scored twice in the second half."),
    "one letter of a name doubled": ("Colonel Gadafi addressed the summit [1].",
                                     "Colonel Gaddafi addressed the African Union summit."),
    "a share written as one in N": ("One in five children in the county is obese [1].",
                                    "20 per cent of the county's children are obese."),
    "a share written as N out of M": ("Three out of 10 drivers failed the test [1].",
                                      "30% of drivers failed the eyesight test."),
    "metres written as m": ("The new pier is 300 metres long [1].",
                            "The pier, 300m long, opened in May."),
    "a season in two notations": ("The 2020/21 season was cut short [1].",
                                  "The 2020-21 season was cut short by the pandemic."),
    "an ordinal in words": ("The chapel dates from the 19th century [1].",
                            "The chapel dates from the nineteenth century."),
    "a compound ordinal in words": ("She finished 21st of 40 runners [1].",
                                    "She finished twenty-first of the 40 runners."),
    "a currency's code before the amount": ("The fund raised US$5 billion [1].",
                                            "The fund raised $5bn from investors."),
    "a decade for a year of it": ("The firm was founded in the 1990s [1].",
                                  "The firm was founded in 1991 in Leeds."),
    "a dotted acronym": ("The U.S. economy grew [1].", "The US economy grew by 2%."),
    "a dotted acronym for its expansion": ("The E.U. fined the bank [1].",
                                           "The European Union fined the bank."),
    "a range after between": ("Between 20 and 30 people were hurt [1].",
                              "Twenty-five people were hurt in the crash."),
    "a quarter's notation": ("In Q3 revenue rose at Acme [1].",
                             "In the third quarter revenue rose at Acme."),
    "a temperature glued to its unit": ("Temperatures hit 35 °C in Seville [1].",
                                        "Temperatures hit 35C in Seville on Monday."),
    "an abbreviated title before the name": ("Dr. Fauci testified on Tuesday [1].",
                                             "Anthony Fauci testified on Tuesday."),
    "an expansion for the source's acronym": ("The New York Times reported the leak [1].",
                                              "The NYT reported the leak on Monday."),
    "a figure in the source's lead, read as its headline": (
        "The ferry carried 214 passengers when it ran aground [1].",
        "A ferry with 214 passengers on board ran aground off Skye on Tuesday.\n\n"
        "The coastguard said nobody was hurt and the vessel was towed to port."),
    "millions written as a glued m": ("Waiting lists rose to a record 7.6 million [1].",
                                      "The waiting list hit a new record high of 7.61m."),
    "per cent written as pc": ("Inflation fell to 3.4% in February [1].",
                               "Inflation fell to 3.4pc in the 12 months to February."),
    "a time of day in two notations": ("The reading came at 3.12pm [1].",
                                       "The reading was taken at 15:12 on Tuesday."),
    "an editor's words inside a quotation": (
        'He said the board had "left [the harbour] in a worse state than ever" [1].',
        'The harbour was "left in a worse state than ever" by the board, he said.'),
    "an acronym for a lower-case expansion": ("GDP grew by 2% last year [1].",
                                              "Gross domestic product grew by 2% last year."),
    "an acronym with an ampersand": ("A&E waits rose in March [1].",
                                     "Waits in accident and emergency departments rose in "
                                     "March."),
    "an acronym over a connector and an initial": ("JFK was shot in 1963 [1].",
                                                   "John F. Kennedy was shot in 1963."),
    "a company's head word left out": ("Acme Inc. was sold on Monday [1].",
                                       "Acme was sold on Monday."),
    "a letter without an accent to take off": ("Maria Sklodowska won the prize [1].",
                                               "Maria Skłodowska won the prize in 1911."),
    "a short name without its accents": ("Lopez won the rally [1].",
                                         "José María López won the rally."),
    "a short name with accents the source leaves off": ("López won the rally [1].",
                                                         "Jose Maria Lopez won the rally."),
    "an acronym over short function words": ("The ONS said prices rose [1].",
                                             "The Office for National Statistics said prices "
                                             "rose."),
    "a lower bound as a verb": ("Turnout exceeded 60% [1].", "Turnout was 60.9 percent."),
    "a decimal comma": ("The VAT rate rises to 15.5% [1].",
                        "VAT rises by 0,5 percentage points to 15,5% from 1 May."),
    "basis points for percentage points": ("The bank cut rates by 25 basis points [1].",
                                           "The bank cut rates by 0.25 percentage points."),
    "digits grouped with thin spaces": ("The town has 1.2 million residents [1].",
                                        "The town has 1\u2009200\u2009000 residents."),
    "a quotation writing per cent for %": (
        'The union warned of "a 20 per cent shortfall in teachers" [1].',
        'The union warned of "a 20% shortfall in teachers" this year.'),
    "a quoted word broken across the source's lines": (
        'She said he "played with real courage throughout" [1].',
        'The coach said he "played with real cou-\nrage throughout" the match.'),
    "a quoted number in words, the source's in digits": (
        'The chief nurse said "we need five thousand more nurses by spring" [1].',
        '"We need 5,000 more nurses by spring," the chief nurse said.'),
    "points counted, the source's without their unit": (
        "Verstappen leads with 508 points, 10 points ahead of Norris [1].",
        "Verstappen has 508 points, 10 ahead of Norris."),
    "a month the source writes in digits": (
        "In August 2023, Marseille signed Vitor Almeida [1].",
        "PUBLISHED: 31/08/2023 - 18:45\nMarseille have signed Vitor Almeida."),
    "a month the source abbreviates": (
        "In October 2022, the Blazers signed guard Marcus Delaney [1].",
        "PUBLISHED: Oct 17, 2022\nThe Blazers signed guard Marcus Delaney on Monday."),
    "a share under a table's % heading": (
        "Jones won with 18,204 votes (41.2%) [1].",
        "Candidate | Party | Votes | %\nRhys Jones | Labour | 18,204 | 41.2\n"
        "Ann Lee | Green | 9,100 | 20.6"),
    "a Roman numeral for digits": ("The phase 3 trial enrolled 30,000 volunteers [1].",
                                   "The Phase III study enrolled about 30,000 volunteers."),
    "digits for a Roman numeral": ("The Phase III trial enrolled 30,000 volunteers [1].",
                                   "The phase 3 study enrolled about 30,000 volunteers."),
    "a currency code for the currency's name": ("The prize is worth SEK 11 million [1].",
                                                "Prize amount: 11 million Swedish kronor."),
    "a currency's name for its code": ("The prize is worth 11 million Swedish kronor [1].",
                                       "Prize amount: SEK 11 million."),
    "a vote's split with one % sign": ("The motion passed by 52% to 48% [1].",
                                        "The motion passed 52-48% after a long debate."),
    "a split with the unit written once": (
        "Voters approved the merger by 52% to 48% [1].",
        "Voters have narrowly backed the merger, by 52 to 48 per cent."),
    "a tokenized quotation and its marker": (
        "he said : ` it was the best day of my life . ' [1]",
        '"It was the best day of my life," he said after the final.'),
    "one of a name in lower case": (
        "the former one direction star bought a farmhouse [1] .",
        "The former One Direction star has bought a farmhouse in the Cotswolds."),
    "a score's zero": ("united came from 2-0 down to win 3-2 [1] .",
                       "United came from two goals down to snatch a 3-2 win."),
    "a share as one in every N": ("only about one in 100,000 kangaroos is born white [1] .",
                                  "About one in every 100,000 kangaroos is born white."),
    "points for a count": ("everton 's 10-point deduction was cut to six [1] .",
                           "Everton had 10 points deducted, reduced to six on appeal."),
    "a lower-case title": ("mrs pickering said he was kind [1] .",
                           "His wife, Susan, said Andrew Pickering was kind."),
    "a disease's name with digits": ("they took the drug after a positive covid-19 test [1] .",
                                     "They took the drug within three days of a positive Covid test."),
    "a lower-case acronym spelled out": ("police referred itself to the iopc [1] .",
                                         "The force referred itself to the Independent "
                                         "Office for Police Conduct."),
    "an acronym holding a capitals word": ("the ukhsa issued an alert [1] .",
                                           "The UK Health Security Agency issued an alert."),
    "a person named by nation": ("the welshman won the top prize [1] .",
                                 "He is the first person from Wales to win the top prize."),
    "lower-case month abbreviations and titles": (
        "cllr harrison said the decision in feb 2020 was lawful [1] .",
        "Councillor Harrison said the February 2020 decision was lawful."),
    "a scale joined by a hyphen": ("the $ 10-billion telescope launched on monday [1] .",
                                   "The $10 billion telescope launched on Monday."),
    "a mixed-case acronym": ("The BoE held rates at 5% [1].",
                             "The Bank of England held interest rates at 5% on Thursday."),
    "a length of time in other units": ("the 48-hour stoppage begins at noon [1] .",
                                        "The two-day stoppage begins at noon on Friday."),
    "twelve months for the year": ("Card spending fell 4% in the 12 months to June [1].",
                                   "In the year to June, card spending fell 4 per cent."),
    "a century for a year": ("The chapel was built in the 14th century [1].",
                             "The chapel, consecrated in 1372, is the oldest in the county."),
    "a decade for a year": ("The paper mill closed in the 1970s [1].",
                            "The paper mill closed in 1974 after a fire."),
    "a region by its people's adjective": ("the brewery in bavaria cut 40 jobs [1] .",
                                           "The Bavarian brewery has cut 40 jobs."),
    "a vote written as a score": ("The motion passed by 312 votes to 127 [1].",
                                 "MPs passed the motion 312-127 late on Tuesday."),
    "a length of time in two units": ("The crossing took almost four hours [1].",
                                      "The crossing took three hours and 52 minutes."),
    "a fraction opening a sentence": ("Two-fifths of the flats will be affordable [1].",
                                      "Some 40% of the 900 flats will be affordable."),
    "a long name by its acronym": ("The Royal Society for the Protection of Birds welcomed the "
                                   "ruling [1].", "The RSPB welcomed the ruling on Tuesday."),
    "a city by its people's name": ("a glaswegian won the £ 1m jackpot [1] .",
                                    "A man from Glasgow won the £1m jackpot."),
    "an amount by its number of digits": ("He was paid a six-figure sum [1].",
                                          "The club paid him £250,000 in compensation."),
    "an open hedge near its figure": ("More than 600 investors lost money [1].",
                                      "In all, 612 investors lost money."),
    "a round figure for a precise one": ("The crowd was about 15,000 [1].",
                                         "The crowd was 14,696."),
    "a figure that ends a bracketed note": ("Voters had to be at least 25 [1].",
                                            "Voters had to be adults [the age was set at 25]."),
    "a dollar sign with its country after it": ("The miner lost $3.3bn [1].",
                                                "The miner lost $US3.3 billion last year."),
    "a person by surname": ("Mr Whitlock said the school would reopen [1].",
                            "Headteacher Karen Whitlock said the school would reopen."),
    "a company by its first word": ("Goldman Sachs raised its forecast [1].",
                                    "Goldman raised its forecast on Monday."),
    "an event named otherwise": ("The ship served in the Second World War [1].",
                                 "The ship received four battle stars for World War II service."),
    "a bold label of a list item": ("- **Change:** the cap rises 6.4% from 1 October [1].",
                                    "The cap will rise by 6.4% from 1 October, Ofgem said."),
    "a change worked out from two endpoints the source gives": (
        "Net income rose 30% from $701m to $912m [1].",
        "Net income was $912 million, against $701 million a year earlier."),
    "a fraction in words for a share": ("Two-thirds voted in favour [1].",
                                        "Some 67% of members voted in favour."),
    "the last year of a span written short": ("He was the town's MP from 1969 to 1978 [1].",
                                              "Smith was the MP for Ashby (1969–78)."),
    "a season's second year": ("The club won the cup in 1894 [1].",
                               "The club won the cup in the 1893–94 season."),
    "a chart position in words": ("The single peaked at number three in the UK [1].",
                                  "The single peaked at No. 3 in the UK."),
    "a chart position after No.": ("The single reached No. 6 in the US [1].",
                                   "The single reached number 6 in the US."),
    "a number in words inside a name": ("He served in World War Two [1].",
                                        "He served in the Second World War."),
    "a name's number in words": ("The show moved to Channel Four in 2010 [1].",
                                 "The show moved to Channel 4 in 2010."),
    "lakh and crore": ("The scheme reached 150,000 farmers at a cost of 2 billion rupees [1].",
                       "The scheme has reached 1.5 lakh farmers so far and cost ₹200 crore."),
    "digits grouped the Indian way": ("About 250,000 pilgrims attended [1].",
                                      "Police put the crowd at 2,50,000 pilgrims."),
    "rupees as Rs.": ("Fares rise to ₹45 [1].", "Fares will rise to Rs. 45 from Monday."),
    "short quoted term": ('The fern was once listed as "Polystichum minor form" [1].',
                          "The fern was formerly classified as a variety of Polystichum."),
    "a name's abbreviation": ("The chapel of St. Brigid was restored in 1904 [1].",
                              "Saint Brigid's Chapel was restored in 1904."),
    "a mountain's abbreviation": ("Climbers reached the top of Mt. Elgon in 1911 [1].",
                                  "The first recorded ascent of Mount Elgon was in 1911."),
    "a regnal number as an ordinal": ("King Charles II granted the charter in 1662 [1].",
                                      "The charter was granted by Charles the Second in 1662."),
    "miles as kilometres": ("The 1.5-mile path opened last week [1].",
                            "The 2.4km footpath opened to walkers last Tuesday."),
    "feet as metres": ("The mast is 1,000 feet tall [1].", "The mast stands 305 metres tall."),
    "mph as km/h": ("Gusts reached 90 mph [1].", "Gusts of 145 km/h were recorded."),
    "acres as hectares": ("The estate covers 500 acres [1].",
                          "The estate covers about 200 hectares."),
    "a change as a fraction": ("Shares in the carmaker fell by a fifth on Tuesday [1].",
                               "Shares in Halden Motors plunged 19.4% on Tuesday."),
    "a change by half as halved": ("The council cut the grant by half [1].",
                                   "The council halved its grant to the theatre."),
    "miles per hour written out": ("Trains will reach about 160 km/h [1].",
                                   "Top speed will rise to 100 miles per hour."),
    "gigawatts as GW": ("The plant's capacity is 2.4 GW [1].",
                        "The plant will have a capacity of 2.4 gigawatts."),
    "the firm for the company named before": (
        "Kestrel Mills Ltd said the firm had shipped 2,000 loads [1].",
        "Kestrel Mills shipped 2,000 loads of flour last year, its chief executive said."),
    "points ahead in words": ("The club finished eight points ahead of Dunmore [1].",
                              "The club ended on 71 points, eight clear of Dunmore."),
    "a race time with colons": ("She won in 2 hours 24 minutes 9 seconds [1].",
                                "She crossed the line in 2:24:09, a course record."),
    "fahrenheit as celsius": ("The pool is heated to 84°F [1].",
                              "The pool is heated to 29 degrees Celsius."),
    "a plural acronym spelled out": ("The plant will build EVs [1].",
                                     "The plant will build electric vehicles from 2027."),
    "megabits per second as Mbps": ("About 95,000 homes cannot get 10 Mbps [1].",
                                    "Some 95,000 homes cannot get 10 megabits per second."),
    "a possessive opening a sentence": ("She was fined. Her lawyer, Ana Ruiz, will appeal [1].",
                                        "Ana Ruiz, the lawyer for the defendant, will appeal."),
    # a change and its direction, written otherwise
    "a fall as a noun": ("Burglaries fell by 9% in the year to March [1].",
                         "Police recorded a 9% drop in burglaries in the year to March."),
    "a cut in the passive": ("Bus subsidies were cut by 15 per cent [1].",
                             "The county reduced its bus subsidy by 15%."),
    "a comparison turned round": ("Rents in Dunmore are 8% lower than in Ashby [1].",
                                  "Rents in Ashby are 8% higher than in Dunmore."),
    "a change without a direction in the source": (
        "Membership grew by 40% [1].", "Membership is now 40% above its 2019 level."),
    "one figure stated both ways": ("Exports fell 3% in May [1].",
                                    "Exports rose 3% in April and fell 3% in May."),
    # a figure the claim works out from two the source gives
    "a difference in points": ("The pass rate rose 3.7 percentage points to 82.4% [1].",
                               "The pass rate rose to 82.4% this year from 78.7% last year."),
    "what is left of a total the claim states": (
        "The scheme was 46 masts short, with 214 of 260 masts built [1].",
        "By June the scheme had built 214 of the 260 masts it planned."),
    "a difference of two prices": (
        "Private flats sell for about 1.8 million shillings more than the 1.4 million-shilling "
        "units [1].", "The units cost 1.4 million shillings. Private flats sell for about 3.2 "
        "million shillings."),
    "a small difference with decimals": (
        "Heathrow hit 34.1C, 1.7C higher than the year's previous peak [1].",
        "Temperatures reached 34.1C at Heathrow. The previous high this year was 32.4C."),
    "a shortfall against a target the claim states": (
        "Ireland completed 30,330 homes, 3,120 short of the government's 33,450 target [1].",
        "Ireland completed 30,330 new homes, well short of its target of 33,450."),
    "a small measurement as a difference, its unit written otherwise": (
        "The storm dumped 34cm of snow on Brandon, 6cm more than Winnipeg received [1].",
        "Winnipeg received 28 centimetres of snow, while Brandon recorded 34 cm."),
    "fewer than the year before": (
        "Workers took 19.4 sick days on average, 0.6 fewer than the year before [1].",
        "Employees took an average of 19.4 sick days, down from a record 20.0 days."),
    # a change and its direction, written otherwise, or in a range
    "a rise as a comparison with a year before": (
        "Tax receipts rose 17% to 1,860 crore rupees [1].",
        "The city collected 1,860 crore rupees in tax, 17% more than the year before."),
    "a figure inside a range and stated once": (
        "Rents rose 3.4% in the quarter [1].",
        "Rents rose 3.4% in the quarter. A balanced market has vacancies of 2.5% to 3.5%."),
    # a quotation and who spoke it, written otherwise
    "a speaker by surname in the source": (
        'Mayor Joan Pryce said: "The bridge will reopen in spring." [1]',
        '"The bridge will reopen in spring," Pryce told the council.'),
    "a speaker named the sentence before": (
        'Joan Pryce said the bridge "will reopen in spring" [1].',
        "Joan Pryce, the mayor, visited the site on Monday. \"It will reopen in spring,\" she "
        "said."),
    "a pronoun after a sentence that names no speaker": (
        'Joan Pryce said the bridge "will reopen in spring" [1].',
        "Joan Pryce visited the site. Engineers have finished the deck. \"It will reopen in "
        "spring,\" she said."),
    "a speaker with a title as the common word": (
        'Joan Pryce said the bridge "will reopen in spring" [1].',
        'Joan Pryce is the Mayor. "It will reopen in spring," said the Mayor.'),
    "a quotation of two sentences, its speaker named where it opens": (
        'Grace Achieng said: "Patience does not pay rent." [1]',
        'Grace Achieng, the union\'s leader, said: "We have been patient for three years. '
        'Patience does not pay rent."'),
    "two speakers in one sentence, each with their own quotation": (
        'Clara Schmitt said output was "still looking for a bottom", while Thomas Weiss said '
        'the bank "will have to cut faster" [1].',
        '"This is a sector still looking for a bottom," said Clara Schmitt. Thomas Weiss said '
        'investors were watching. "The bank will have to cut faster," he said.'),
    "a lower-cased summary": (
        'the mayor , joan pryce , said : `` the bridge will reopen in spring . \'\' [1]',
        'Mayor Joan Pryce visited. "The bridge will reopen in spring," said engineer Tom Hale.'),
    # figures worked out from the source's, as careful summaries do
    "a change's size from its two levels": (
        "The glacier's front shrank 86 metres last summer [1].",
        "Surveyors put the front at 1,412 metres from the hut in June, against 1,326 metres "
        "a year earlier."),
    "the second object of a change verb": (
        "The port will add 4 cranes and 260 berths for yachts [1].",
        "The port will add four cranes and expand the marina from 540 to 800 berths."),
    "a share of a whole the claim states": (
        "Almost 52% of the 2,400 applicants were accepted [1].",
        "Of the 2,400 people who applied to the scheme, 1,236 were accepted."),
    "a relative change from two levels, one stated": (
        "Membership of the rowing club has grown by about 70% to 255 [1].",
        "The rowing club now has 255 members, up from 150 three years ago."),
    "a relative change from two levels and their difference": (
        "The mill made 4,000 tonnes more, a 25% increase [1].",
        "The mill produced 20,000 tonnes this year against 16,000 tonnes last year."),
    "a total of two figures the claim states": (
        "With £3.2m from the lottery and £0.8m from the county, the pool has £4m [1].",
        "The lottery gave the pool £3.2m; the county added £0.8m."),
    "one end of a change from the other and its size": (
        "Fees fell to $565 from $612 [1].", "Fees will be $565, a cut of $47."),
    "a count of two kinds together": (
        "Rescuers reached 57 climbers and guides [1].",
        "Rescuers reached 41 climbers and 16 guides on the ridge."),
    "a margin in points from two shares": (
        "The mayor won by a 14-point margin [1].",
        "The mayor took 57% of the vote to her rival's 43%."),
    "a person after a company's possessive": (
        "Kestrel Energy's Hannah Quayle said prices would rise [1].",
        "Kestrel Energy spokeswoman Hannah Quayle said prices would rise in the spring."),
    "a place with a possessive inside": ("St John's Wood residents objected [1].",
                                         "Residents of St John's Wood objected to the plan."),
    "a year the source's dateline dates": (
        "The ferry carried 1.2 million passengers in 2024 [1].",
        "OBAN, 14 February 2025 — The ferry carried 1.2 million passengers last year."),
    "a move in a ranking from two ordinals": (
        "The port climbed six places to 14th in the league table [1].",
        "The port rose from 20th to 14th in the annual league table."),
    "a speaker after a role with a possessive and a comma": (
        '"We will not close a single branch," said Ruth Okafor [1].',
        '"We will not close a single branch," said the bank\'s chief executive, Ruth Okafor.'),
    "an event named by its head word alone": (
        "Osei may race on to the 2028 Games in Los Angeles [1].",
        "Osei will decide by summer whether to aim for the Los Angeles 2028 Olympics."),
    "a span of months": ("Arrests rose in January-June [1].",
                         "Arrests rose in the first half of the year."),
    "a longer name of a place the source names": (
        "She played three New York City dates [1].",
        "She will play three dates in New York in September."),
    "a change's size after a verb of change with no direction word": (
        "The redesign cuts 45 homes from the scheme [1].",
        "The developer's redesign cuts the scheme from 340 to 295 homes."),
    "a change's size before a clause of its own": (
        "Output fell by 18,000 tonnes, and Dr Ailsa Gunn said the sector was struggling [1].",
        "Mills produced 151,000 tonnes in 2024, down from 169,000 tonnes the year before. "
        "Dr Ailsa Gunn said the sector was struggling."),
    "a relative change from a source's two ends": (
        "Home visits grew by almost 30% between 2022 and 2024 [1].",
        "NORWICH, 21 January 2025 — Home visits rose from 9,400 in 2022 to 12,150 last year."),
    "a part of a whole the claim states from the source's share": (
        "The trust will build 6,400 homes, around 4,500 of them for social rent [1].",
        "The trust plans to build 6,400 new homes, 70% of them for social rent."),
    "a change in cents of an amount in dollars": (
        "The auction price rose by 25 US cents a kilo [1].",
        "The average auction price rose to US$2.78 a kilogram from US$2.53."),
    "a price in pence": ("A stamp now costs 85p [1].", "A first-class stamp now costs £0.85."),
    "an institution by its acronym": ("The Georgia Historical Society paid for it [1].",
                                      "The GHS paid for the restoration in Savannah."),
    "an institution with its kind in other words": (
        "Leeds City Council approved the plan [1].", "The council in Leeds approved the plan."),
    "a change of half a million in dollars": (
        "Member giving rose by half a million dollars last year [1].",
        "Member contributions rose from $2.1 million in 2023 to $2.6 million last year."),
    "an academic degree": ("The grant pays for 12 PhD students [1].",
                           "The grant pays for 12 doctoral students."),
    "a weight in pounds on both sides": (
        "The Kessock trawler landed 3,200 pounds of cod on Friday [1].",
        "On Friday the Kessock trawler landed 3,200 pounds of cod, its best catch of the year."),
    "a yearly payment over a number of years": (
        "The quarry's community fund will pay out £2.1m over the permit's life [1].",
        "Its operator will pay £140,000 a year into a community fund over the 15-year permit."),
    "what each of a number paid, in all": (
        "The six member councils put €1.8m into the scheme between them [1].",
        "Each of the six member councils put €300,000 into the flood scheme."),
    "a total shared by a count": (
        "The yard will be paid about $61m a tug [1].",
        "The yard won a $245 million order to build four harbour tugs."),
    "a change after a transitive verb and its object": (
        "The rowing club grew its membership by about 25% to 1,500 [1].",
        "The rowing club's membership reached 1,500 this spring, up from 1,200 a year earlier."),
    "a statement its speaker made, named by a pronoun after it": (
        "Curator Ana Petrova said the exhibition had drawn record crowds [1].",
        "Curator Ana Petrova spoke at the close of the show. \"The exhibition drew record "
        "crowds every weekend,\" she said. Director Leon Hart praised the volunteers."),
    "a statement an organization made": (
        "The RMT warned that the new timetable would cut weekend services [1].",
        "The RMT union said it would ballot members. Operations director Kay Moss said the "
        "new timetable would cut weekend services on two lines."),
    "a statement two people made": (
        "Councillor Rita Obi said the bridge repairs would take a year [1].",
        "Engineer Sam Okafor said the bridge repairs would take a year. Councillor Rita Obi "
        "agreed that the bridge repairs would take a year at least."),
    "an acronym's possessive, spelled out by the source": (
        "The BHPA's safety officer said gusts had reached 18mph [1].",
        "The British Hang Gliding and Paragliding Association's safety officer said gusts "
        "had reached 18mph."),
    "a title abbreviated": ("Harbour master Capt Fordyce welcomed the deal [1].",
                            "The harbour master, Captain Ian Fordyce, welcomed the deal."),
    "the rest of a whole": (
        "About €90,000 of the organ's restoration came from parishioners [1].",
        "The organ's restoration cost €640,000. A heritage grant paid €400,000, the diocese "
        "€150,000 and parishioners gave the rest."),
    "a count of the names a source lists": (
        "The trial enrolled 2,400 patients at hospitals in three countries [1].",
        "The trial enrolled 2,400 patients at hospitals in Estonia, Latvia and Lithuania."),
    "a count of two names with what they are": (
        "Parking at the trust's two hospitals will cost more from April [1].",
        "Parking at Kingsmead and Ashby hospitals will cost up to 40 per cent more from "
        "April."),
    "a share of a possessed whole": (
        "about 35 per cent of the county 's estimated 34,000 dogs were licensed [1].",
        "The county council issued 11,842 dog licences last year, out of an estimated "
        "34,000 dogs."),
    "an average per trip after its unit": (
        "The drones have flown 412 times, averaging roughly 16km a flight [1].",
        "The trial has completed 412 flights since March, covering a total of about 6,500 "
        "kilometres."),
    "a difference named after a total": (
        "The reservoir's season total is now 4.2 metres above its usual level [1].",
        "The reservoir's level stands at 31.6 metres, compared with a usual 27.4 metres at "
        "this time of year."),
    "a fraction of a whole the source states in another sentence": (
        "Of the £420,000 restoration, roughly £140,000 came from one bequest [1].",
        "The tramcar's restoration cost £420,000. Around a third of the cost came from a "
        "single bequest."),
    "a weekday the source names": (
        "The lifeboat was launched on Thursday night [1].",
        "The Leverburgh lifeboat was launched on Thursday night after the creeler ran aground."),
    "a weekday a source dated by its own date may mean": (
        "The lifeboat was launched on Thursday night [1].",
        "The Leverburgh lifeboat was launched last night after the creeler ran aground."),
    "a name owned by a place the source names apart": (
        "Ontario's Sudbury Wolves will move to a new arena in 2028 [1].",
        "The Sudbury Wolves, who play in Ontario's junior league, will move to a new arena in "
        "2028."),
    "a state the dateline abbreviates": (
        "California's Department of Water Resources will pay a third of the cost [1].",
        "SACRAMENTO, Calif. - The state Department of Water Resources will pay a third of the "
        "cost."),
    "a rate per another period": (
        "A care home place now costs roughly £73,000 a year [1].",
        "The average cost of a care home place has risen to £1,400 a week."),
    "weeks from a day to a dateline without a year": (
        "a delhi court granted bail to the student nearly four weeks after his arrest [1].",
        "New Delhi, Feb 6: A Delhi court on Tuesday granted bail to a student. He was "
        "arrested on January 11 after a scuffle."),
    "a share of a whole the claim states before it": (
        "The state will hire 5,500 constables, with 30 per cent of the posts kept for women [1].",
        "The state approved the hiring of 5,500 constables, including 1,650 posts reserved for "
        "women."),
    "a day a marker parted from its month": (
        "The museum will show 30 of the letters from Feb. [1] 8 in its main hall [1].",
        "The museum will put 30 letters on show in an exhibition opening Feb. 8."),
    "a change by a fraction of a score": (
        "The club's score rose by half on the previous year, to 3.9 million points [1].",
        "The club's score was 3.9 million points, up from 2.6 million a year earlier."),
    "a difference named by a comparative": (
        "The ski centre stayed open 41 days longer than last season [1].",
        "The centre was open for 112 days, compared with 71 the previous season."),
    "a rate per the same period, written otherwise": (
        "The biotech expects to spend about £60m a year on trials [1].",
        "The company expects to spend about £60m per year on trials until 2028."),
    "an age the source gives the person, and another to someone else": (
        "Danielle Sykes, 32, was arrested at the same address [1].",
        "Fairbrother, 39, was caught in Margate. His partner, Danielle Sykes, 32, was arrested "
        "at the same address."),
    "a generic role beside the source's specific one": (
        "Museum director Ana Ruiz said the collection would travel to Lyon [1].",
        "The museum's chief executive, Ana Ruiz, said the collection would travel to Lyon."),
    "a precise figure hedged, near the source's": (
        "The council issued about 398,000 parking notices [1].",
        "The council issued 397,412 infringement notices in 2023-24."),
    "a change worked out from two dated figures": (
        "The paper's circulation rose by 2,400 copies between 1995 and 2001 [1].",
        "The paper's circulation was 18,900 in 1995 and peaked at 21,300 in 2001, before "
        "falling to 6,150 in 2019."),
    "an age the source gives the person, written before the names": (
        "The cub was born to nine-year-old first-time mother Kirana [1].",
        "The cub was born to nine-year-old mother Kirana and seven-year-old father Bayu."),
    "a year a stated length of years on": (
        "The rider's four-year ban runs from April 2023 to April 2027 [1].",
        "The four-year ban on the rider runs from 14 April 2023, the date of his suspension."),
    "a change against last season the same way": (
        "The opening milk price is 25 cents higher than last season's final price [1].",
        "The co-operative has lifted its opening milk price to $8.90 a kilogram, up 25 cents "
        "on its final price last year."),
    "a month a source dated by its own date may mean": (
        "Home prices fell 3.1 per cent in September [1].",
        "Home prices fell 3.1 per cent last month, after rising in July."),
    "the modal may, no month": (
        "The frost may have cost the vineyard 70 per cent of its grapes [1].",
        "The frost in April destroyed 70 per cent of the vineyard's grapes."),
    "a span of years written short, the source's written out": (
        "The maker is recalling 412,000 pickups from the 2021-23 model years [1].",
        "The maker is recalling 412,000 pickups. The recall covers 2021 to 2023 Ranger models."),
    "the year before a year the source names": (
        "The charity placed 212 children in 2023, 48 more than in 2022 [1].",
        "The charity placed 212 children in 2023, up from 164 the year before."),
    "a rank after No. the source gives in words": (
        "Chicago made defenseman Owen Lachance the No. 1 pick in the draft [1].",
        "The Chicago Blackhawks took defenseman Owen Lachance with the first pick in the "
        "draft."),
    "a rank a marker parted from its No.": (
        "Chicago made defenseman Owen Lachance the No. [1] 1 pick in the draft [1].",
        "The Chicago Blackhawks took defenseman Owen Lachance with the first pick in the "
        "draft."),
    "a work its composer owns, described in common words": (
        "Voskuijlen's Third Symphony drew a standing ovation at its premiere [1].",
        "The orchestra gave the premiere of Clara Voskuijlen's Symphony No. 3 on Saturday, and "
        "the work drew a standing ovation."),
    "a demonym before a name, the source naming the country": (
        "A Dutch Lakeland terrier was named reserve best in show [1].",
        "Reserve best in show went to a Lakeland terrier from the Netherlands."),
    "a total the claim makes of two it states": (
        "The cathedral will take eight girls beside its 18 boys, to make a choir of 26 [1].",
        "The cathedral will admit eight girl choristers in September. They will sing alongside "
        "the 18 boys already in the choir."),
    "grams as ounces": ("The winning truffle weighed about 11 ounces [1].",
                        "The winning truffle weighed 312 grams and sold for €4,100."),
    "a title alone names nobody": (
        "The bakery chain will open 40 shops, its CEO told staff [1].",
        "Chief executive Priya Olsen told staff the bakery chain would open 40 shops."),
    "a sum of what two named givers gave": (
        "The lifeboat station got $640,000 from the state and a local trust [1].",
        "The lifeboat station received $400,000 from the state lottery fund and $240,000 from "
        "the Harbour Trust."),
    "a level and an overrun the source states": (
        "The bridge repair cost €4.1m against a budget of €3.2m [1].",
        "The repair of the Quay Street bridge was budgeted at €3.2 million. It finished "
        "€900,000 over budget in March."),
    "an age range before a count, not a share": (
        "The swimming lessons are for children aged five to 11 in 14 village schools [1].",
        "The county offers free swimming lessons to pupils aged 5 to 11 at its 14 village "
        "schools."),
    "a name with a title after it": (
        "Fishing quotas must rise, Jorge Pinto MEP told the committee [1].",
        "\"Quotas must rise,\" Mr Pinto told the fisheries committee on Monday."),
    "a total of parts that count one thing, not of different things": (
        "Three volunteers planted 450 trees over the weekend [1].",
        "Three volunteers planted 200 trees on Saturday, 150 on Sunday and 100 on Monday "
        "morning."),
    "the rest of all, in per cent": (
        "Roughly 40% of the mill's paper goes abroad [1].",
        "About 60% of the mill's paper is sold in Finland, with the remainder exported."),
    "an ordinal day of a month the claim names": (
        "The ferry ran aground in March 2019, off Skye on the 9th [1].",
        "The ferry ran aground off Skye on 9 March 2019. Nobody was hurt."),
    "rand with their scale": (
        "The clinic opened in 2011 with R14m from the province [1].",
        "The clinic was opened in 2011 with a grant of R14 million from the provincial "
        "health department."),
    "a temperature's unit is no name": (
        "The vaccine is kept at minus 70 degrees Celsius [1].",
        "The vaccine must be stored at -70 °C until use."),
    "a long time worked out of two lengths in different sentences": (
        "The new cave art is some 9,000 years older than the oldest known [1].",
        "The paintings are about 45,000 years old, tests show. The team used uranium dating. "
        "Until now the oldest known cave art was about 36,000 years old."),
    "a place, and a line that starts with a capital after it": (
        "The gallery will show the prints in New York City in May [1].",
        "The prints will travel to New York\nThis exhibition closes in London in April and "
        "opens in New York City in May."),
    "a compass word joined to the name in the source": (
        "Floods closed roads across South West England [1].",
        "Floods closed dozens of roads across south-west England on Tuesday."),
    "a demonym of a place with a compass word": (
        "A South African team won the regatta [1].",
        "The regatta was won by a crew from South Africa."),
    "two change sizes of a source's two from-to changes": (
        "The plan lifts the pension age by two years for miners and one for nurses [1].",
        "The plan would lift the pension age from 60 to 62 for miners and from 62 to 63 for "
        "nurses."),
    "a count of two kinds in two sentences": (
        "The landslide left 41 people dead or missing [1].",
        "At least 29 people died in the landslide on Monday. Another 12 people were still "
        "missing on Tuesday."),
    "a part the claim works out of a share and a whole it states": (
        "The lottery raised £8.2m, with 40% — about £3.3m — going to sport [1].",
        "The lottery raised £8.2 million last year. Under its rules 40% of the money goes to "
        "sport and the rest to the arts."),
    "a relative change of two ends the claim states": (
        "Pupil numbers fell from about 2,400 in 1990 to 900 by 2020, a drop of roughly 62% [1].",
        "The school had about 2,400 pupils in 1990. By 2020 the roll had fallen to 900."),
    "a side of a share the source writes as N out of M": (
        "The quiz team scored 38 points out of 40 in the final [1].",
        "The quiz team scored 38 out of 40 points in the final on Sunday."),
    "a start the claim works out of an end and a change in per cent": (
        "The deal lifts the hourly rate from £12.50 to £14 [1].",
        "The deal raises the hourly rate by 12%, to £14, from April."),
    "the other side's share": (
        "Members of the Ironworkers' Guild will hold 45% of the merged union [1].",
        "The Ironworkers' Guild and the Foundry Union will merge. Foundry Union members will "
        "hold 55% of the merged union's seats."),
    "a hedged change backed by a range of changes": (
        "The council hopes for up to 8% more visitors next year [1].",
        "The council expects visitor numbers to rise by between 5 and 8 per cent next year."),
    "a total of each times a count, of a small measurement": (
        "The four pumps give a combined capacity of 6 megawatts [1].",
        "The station has four pumps, each rated at 1.5 megawatts."),
    "a fraction with no of before its verb": (
        "Around 25% of the catch is exported [1].",
        "Most of the catch is sold locally; about a quarter is exported to Spain."),
    "counts by nouns of numbers": (
        "Two adults and 12 chicks were ringed at the lake [1].",
        "Wardens ringed an adult pair and a dozen chicks at the lake this week."),
    "one for every N worked out of two counts": (
        "The hospital has about one nurse for every four patients [1].",
        "The hospital employs 310 nurses for its 1,250 patients."),
    "a multiple the source's ends bear out": (
        "Night-bus journeys more than doubled to 96,000 last year [1].",
        "Night-bus journeys rose last year from 43,000 to 96,000, the operator said."),
    "a multiple said of another thing than the source's": (
        "The council doubled the watering budget [1].",
        "The scheme has tripled the yearly number of trees planted. It also plans doubling "
        "the watering budget."),
    "a rate per head per the same period": (
        "The city will charge visitors ¥2,000 per person a night [1].",
        "From April the city will charge ¥2,000 per person per night, up from ¥500."),
    "a part of a place the source names bare or the same": (
        "Floods hit eastern Zambia and northern Malawi [1].",
        "Floods hit Zambia, mostly its east, and northern Malawi."),
    "a relative change of a level and the one it came down from": (
        "The mill has cut its workforce by nearly 70% since 2008 [1].",
        "The mill employs 640 people, down from about 2,100 in 2008."),
    "a share in words before the thing counted": (
        "More than four in five consultation responses opposed the plan [1].",
        "The consultation drew 212 responses, of which 181 opposed the plan."),
    "a share of a part and its whole as the source writes them": (
        "About four in five drivers joined the strike [1].",
        "The union said 212 of the network's 260 drivers had joined the walkout."),
    "a vote's share of its two sides": (
        "Staff voted about 77% in favour of the deal [1].",
        "Members voted by 2,148 to 642 to accept the deal."),
    "a part of a whole and the share of what it counts in another sentence": (
        "The scheme has 340 homes, 119 of them affordable [1].",
        "Plans to build 340 homes were approved. Under the agreement, 35% of the homes will be "
        "affordable."),
    "a count of the claim's own list": (
        "The trust bought the reserve in two stages, 160 hectares in 1982 and the remaining "
        "260 in 1999 [1].",
        "The trust bought the first 160 hectares in 1982 and the remaining 260 hectares in "
        "1999."),
    "a rate of a year's total": (
        "The crews flew 1,284 missions last year, about 3.5 a day [1].",
        "The crews flew 1,284 missions last year, an average of three and a half a day."),
    "an age at death from two dates": (
        "The bowler died aged 77 [1].",
        "Arthur Pickering (14 May 1921 – 2 November 1998) was an English cricketer."),
    "a length of years from two sentences about the claim's subject": (
        "Okafor spent 16 years as a professional snooker player [1].",
        "Okafor turned professional in 2006 and won a title in 2014. He retired from the "
        "professional snooker tour in 2022."),
    "a journey time from two times of day": (
        "The night train takes 13 hours and 35 minutes [1].",
        "The train will leave at 21:40 and arrive at 11:15 the following morning."),
    "a share a comparative makes a change": (
        "Growers expect a 20% smaller harvest, at 3.6 million tonnes [1].",
        "The harvest is expected to reach 3.6 million tonnes, down from 4.5 million tonnes."),
    "a rate per the thing after its measurement": (
        "The new price works out at 3,000 cedis for each 62.5-kilogram bag [1].",
        "The price rises to 48,000 cedis per tonne. A tonne is made up of 16 bags of 62.5 "
        "kilograms each."),
    "a total of the parts the claim lists": (
        "The museum returned 31 objects — 27 bronze figures and four masks [1].",
        "The museum handed over 27 bronze figures and four wooden masks to Benin."),
    "a part of a whole by the share a source gives the rest": (
        "The club will pay 30% of the €5.2m cost, about €1.56m [1].",
        "The €5.2 million stand is approved. The council will pay 70% of the cost and the club "
        "the rest."),
    "a difference of counts of things named otherwise": (
        "Last year's count fell 440 fish short of the limit [1].",
        "The counter recorded 1,560 salmon, against a conservation limit of 2,000."),
    "a total brought to by an addition": (
        "The expansion will bring its workforce to 95 [1].",
        "The expansion is expected to add 30 full-time jobs to the current staff of 65."),
    "the rest of a whole that stands among the parts": (
        "Of the 180 aboard, 52 were never found [1].",
        "Of the estimated 180 people on board, 80 were rescued and 48 bodies were recovered; "
        "the remainder were never found."),
    "a change of a hedged level across two sentences": (
        "The show drew more than 1.2 million visitors, a rise of nearly 9% [1].",
        "The show drew 1,208,400 visitors. That was up from 1,110,000 last year."),
    "months between two dates of one sentence": (
        "The pass will shut for six months [1].",
        "The pass will close from May 1 through October 31."),
    "amounts of dong": (
        "The stadium will cost 4.2 trillion dong [1].",
        "The city approved a 4.2 trillion dong stadium."),
    "a margin of a score's points": (
        "Kralj won with 268.7 points, 7.4 ahead of Aasen [1].",
        "Kralj jumped 134.5 metres for 268.7 points. Aasen finished second with 261.3 points."),
    "a difference named past the rate it is of": (
        "Prices averaged 3.70 soles per kilo more than a year earlier [1].",
        "Prices averaged 13.50 soles per kilogram, up from 9.80 soles a year earlier."),
    "a month's abbreviation is no name": (
        "The branch was robbed on the morning of Feb. 7 [1].",
        "Police said the branch was robbed on Tuesday, February 7, shortly after 10 a.m."),
    "a count of kinds after a verb of being": (
        "Of the 950 call-outs, 410 were fires, floods or other rescues [1].",
        "The brigade attended 950 call-outs. Of these, 160 were fires, 250 were floods and "
        "other rescues, and the rest were false alarms."),
    "an end of a range written with per cent twice": (
        "Duties will be up to 27.8% [1].",
        "Duties of between 19.4 percent and 27.8 percent will apply from September."),
    "months a source counts from the start of its year": (
        "Exports fell in January–April [1].",
        "MANILA, 22 May — Exports fell in the first four months of the year, the agency said."),
    "ages of a group the source gives after aged": (
        "Uptake edged up among two- and three-year-olds [1].",
        "For children aged two and three, uptake rose slightly to 44.6 per cent."),
    "a count that is two counts the source joins": (
        "All 89 people aboard were saved [1].",
        "All 58 passengers and 31 crew were rescued by the lifeboat."),
    "a loss worked out of two levels in different sentences": (
        "The orchard lost 350 trees when the river flooded [1].",
        "The orchard was planted in 1990 with 1,200 trees. Floods hit the valley in the spring. "
        "After the river burst its banks, 850 trees were left standing."),
    "a margin worked out of a score": (
        "Leinster beat Munster by 13 points in the derby [1].",
        "Leinster's 33-20 win over Munster at the RDS lifted them to second."),
    "a journey shortened by the difference of two lengths written in parts": (
        "The new ferries have cut the crossing by 25 minutes [1].",
        "The old ferries took 2 hours 10 minutes to cross, and the new catamarans take "
        "1 hour 45 minutes."),
    "a time faster by the difference of two times on a clock": (
        "Her 4:31.2 is slow, but her 2:08:47 in Rotterdam was 73 seconds quicker than her "
        "debut [1].",
        "She made her debut in Seoul in 2:10:00. In 2025 she ran 2:08:47 in Rotterdam."),
    "a difference in a currency's hundredths": (
        "A loaf now costs 40 centimes more than in spring [1].",
        "A standard loaf costs 3.20 francs, up from 2.80 francs in spring."),
    "minutes shaved off": (
        "The bypass will shave 12 minutes off the commute [1].",
        "The bypass is expected to cut the commute from 47 minutes to 35 minutes."),
    "a change whose two sides the claim names as the source does": (
        "The stadium's final cost was about 30% above the original budget [1].",
        "The council approved an original budget of £80 million for the stadium in 2019. The "
        "final cost of the stadium came to £104 million."),
    "a share of a whole the claim states, the part in the source's next sentence": (
        "The airline employs 600 pilots, one in 25 of whom is a woman [1].",
        "The regional airline now employs 600 pilots. It counts 24 female pilots, up from 9 in "
        "2015."),
    "a sum brought to a level after what it brings up": (
        "The storm damaged 140 homes on Tuesday, bringing the number damaged since the weekend "
        "to about 400 [1].",
        "Tuesday's storm damaged 140 homes. Officials said 260 had been damaged in the weekend's "
        "storms."),
    "a difference of two ages": (
        "The bride is four years older than the groom [1].",
        "The 34-year-old bride, Ana Ruiz, married 30-year-old Tomas Vidal in Seville."),
    "seats lost and a majority": (
        "The Farmers' Union lost four seats and its majority [1].",
        "The Farmers' Union won 21 of the 45 seats, down from 25, and lost its majority."),
    "more years between two years": (
        "Small firms get three more years than large firms to comply with the rules [1].",
        "Large firms must comply with the new rules by 2027. Small firms will have until 2030 to "
        "comply with the rules."),
    "a yearly payment over a life, into a fund": (
        "The operator pledged £2.4m to a heritage fund over the dam's 30-year life [1].",
        "The operator will pay £80,000 a year into a heritage fund for the 30-year life of the "
        "dam."),
    "a difference of two rates in a unit of measurement": (
        "The new pumps must move 1,200 litres per second more than the old ones [1].",
        "The new pumps will move 3,400 litres per second, compared with 2,200 for the old ones."),
    "a sentence shorter than sought, in months, sentences apart": (
        "She was jailed for four years and three months, 21 months less than prosecutors "
        "had sought [1].",
        "A judge sentenced the former treasurer to four years and three months in prison on "
        "Friday. The court heard she had taken the money from a children's charity. "
        "Prosecutors had asked for six years."),
    "a winner named in full where the source names its village": (
        "Brennock Brass Band won the Harcourt Shield for the first time [1].",
        "A brass band from the village of Brennock has won the Harcourt Shield for the first "
        "time in 37 years."),
    "a side that beat another to win": (
        "Team Korvan beat Helix Five 3-2 to win the Baltic Masters final [1].",
        "Team Korvan won the Baltic Masters final on Sunday, beating Helix Five 3-2."),
    "a difference of two figures sentences apart that the claim names each": (
        "The new stadium's capacity exceeds the old ground's by 12,500 seats [1].",
        "The new stadium will hold 41,000 spectators when it opens in August. Building work "
        "began in 2021 and cost 310 million euros. The old ground, demolished in 2019, held "
        "28,500."),
    "a change of what the source measures beside both its sides": (
        "The reservoir's surface area has shrunk by more than a third [1].",
        "In 1995 the reservoir covered a surface area of 42 square kilometres. Satellite "
        "images taken this spring show its surface area is now 26 square kilometres."),
    "each of a count stated a sentence or two before": (
        "The board handed out 540 defibrillators to its new pharmacies [1].",
        "The health board has opened 36 new community pharmacies this year. Most are in rural "
        "districts. Each was given 15 defibrillators by the board."),
    "a fraction of a whole, as the share it states": (
        "A charity grant covered about a third of the roof repair [1].",
        "The roof repair cost £1.5 million, of which a charity grant paid £480,000."),
    "a fraction said nearly, for a share just under it": (
        "Buses make up nearly a third of the traffic on the road [1].",
        "About 2,400 vehicles use the road daily, of which 31 per cent are buses."),
    "a fraction the source gives as one": (
        "Farmers now export about half of the harvest [1].",
        "Farmers in the valley export about half of the harvest, the cooperative said."),
    "a fraction of two figures the claim names apart": (
        "Last year's catch was less than a quarter of the 1990 peak [1].",
        "At its peak in 1990 the fleet landed 48,000 tonnes of cod. The fleet shrank after "
        "quotas were cut. Last year it landed 10,500 tonnes of catch."),
    "a fraction of a whole whose sentence gives the part": (
        "About three-quarters of the surveyed farms had lost hedgerows [1].",
        "A survey of 240 farms found that 178 had lost hedgerows since 2000."),
    "a count of terms after their length": (
        "The two-term governor lost the runoff [1].",
        "Governor Ilse Brandt, who had served two four-year terms, lost the runoff."),
    "a pair counted by the noun before it": (
        "Two university councils voted to merge [1].",
        "The councils of Harrowby University and Wexcombe College voted to merge on Monday."),
    "a winner from a place": (
        "Mia Ferreira won the Coastal Open on Sunday [1].",
        "Mia Ferreira of Porto Alvo won the Coastal Open on Sunday after a playoff."),
    "a share in fives, roughly": (
        "Two in five of the new jobs were temporary [1].",
        "Of the new jobs, 41% were temporary contracts, the institute said."),
    "a year a source's length of years on": (
        "She led the choir until 2011 [1].",
        "After founding the choir in 1987, she led it for 24 years."),
    "a mean of a total and a count": (
        "Crews spent an average of about 45 hours on each incident [1].",
        "The crews were called out 160 times last year and spent a combined 7,200 hours on "
        "incidents."),
    "a lead in points, clear of the next": (
        "Vega won the dressage with 78.9 points, 2.4 clear of Lund [1].",
        "Vega scored 78.9 points to win the dressage. Lund was second on 76.5."),
    "a majority of votes": (
        "The bill passed by a majority of 58 votes [1].",
        "MPs passed the bill by 301 votes to 243 on Tuesday."),
    "over a budget named with words inside": (
        "The bridge opened £14m over its original budget [1].",
        "The bridge cost £62 million, against an original budget of £48 million."),
    "a fraction of it, the part named after the pronoun": (
        "The £900,000 refit, about a third of it paid by a lottery grant, is finished [1].",
        "The refit of the lido cost £900,000. Volunteers raised £120,000 at summer events. A "
        "lottery grant paid £310,000."),
    "a part of a point is no share": (
        "Mortgage rates are now three-quarters of a point below a year ago [1].",
        "The average mortgage rate fell to 6.1% this week, from 6.85% a year ago."),
    "a mean per game after averaged": (
        "Tomlin averaged about 2.4 tries a game over his career [1].",
        "Tomlin scored 361 tries in 150 games for the club between 1971 and 1984."),
    "a level a change of the claim's other figure reaches": (
        "The reserve would grow to about 3,150 hectares once a 600-hectare farm is added [1].",
        "The reserve covers 2,550 hectares of fen. Last year the trust bought a neighbouring "
        "600-hectare farm, which will be added to the reserve."),
    "a winning margin from times on a clock in tenths": (
        "Pardo won the 10km by 3.4 seconds from Rowe [1].",
        "Results, women's 10km: 1. Ines Pardo 31:12.6; 2. Lea Rowe 31:16.0; 3. Mia Soto "
        "31:40.2."),
    "a rate for each times the claim's own count": (
        "Nine people died, and the board has promised Rs 1.35 crore to their families in "
        "all [1].",
        "Nine people died when the footbridge collapsed on Sunday. It had been inspected in "
        "March. Engineers blamed corroded cables. Divers searched the river overnight. The "
        "board announced payments of Rs 15 lakh for the family of each victim."),
    "a range of two figures the source gives apart": (
        "Owners will be paid between 100 and 200 rupees a bird [1].",
        "Farmers will be compensated at ₹200 for each bird older than two months and ₹100 for "
        "younger birds."),
    "a figure set beside its own name": (
        "Turnout was highest in the Ashby ward, at 71% [1].",
        "Turnout was highest in the Ashby ward, at 71%, while the Kelham ward recorded 48%."),
    "a measurement whose unit is hyphenated into a compound": (
        "The 1,550 sq km iceberg broke off in January [1].",
        "A 1,550-square-kilometre iceberg has broken away from the ice shelf."),
    "a part of a sum of money that is the rest after a share": (
        "The $4.2m dune project is done, with the county paying about $1.7m [1].",
        "A 4.2 million dollar project to rebuild the dunes was completed on Friday. About 60 "
        "per cent of the cost was paid by the state and the rest by the county."),
    "a sum of what two things gave, after 'in'": (
        "The plant is backed by €910m in public grants and loans [1].",
        "The regional government is contributing 310 million euros in grants, and a further "
        "600 million euros comes as a loan from the state development bank."),
    "a currency in a lower-cased summary is no name": (
        "the club 's new 2.1 million cedi stand opens in may [1] .",
        "The club's new stand, which cost 2.1 million cedis, opens in May."),
    "a measurement right before a share, of a whole of its kind": (
        "In 2023 algae covered 430 hectares, less than a tenth of the lake's area [1].",
        "The lake covers about 5,200 hectares. In 2023 a bloom of algae spread over 430 "
        "hectares of its northern bay."),
    "a yearly rate over the years its sentence spans": (
        "The dune retreated by roughly 36 metres between 1998 and 2022 [1].",
        "Surveys show the dune retreated by an average of 1.5 metres a year between 1998 and "
        "2022, mainly because of winter storms."),
    "a share of the claim's earlier whole, the part in its unit anywhere": (
        "Wool exports reached 18,400 tonnes, with China taking nearly a third of the volume [1].",
        "Wool exports reached 18,400 tonnes last year, up from 16,900 tonnes. China took 5,800 "
        "tonnes, while Italy bought 2,100 tonnes."),
    # counts of one thing in other words, or of a part, are no other thing
    "a count of people in other words": (
        "The vaccination drive reached 12,400 residents in its first week [1].",
        "In its first week the vaccination drive reached 12,400 people, among them 850 "
        "residents of care homes."),
    "a count whose other count in the source is of a part": (
        "The trust planted 340 trees along the canal [1].",
        "Volunteers from the trust put 340 saplings in the ground along the canal, and 25 "
        "fruit trees in the lock-keeper's garden."),
    "a count whose other count the article states too": (
        "The county recorded 910 road collisions last year [1]. Of them, 140 collisions "
        "involved cyclists [1].",
        "The county recorded 910 crashes on its roads last year; 140 collisions involved a "
        "cyclist."),
    # worked out from how a source tells a change, a list or a sum
    "a relative change from a change's size and where it ended": (
        "The ferry fare will rise by €3 to €18, an increase of 20% [1].",
        "The island ferry company will raise the adult fare by €3 from March, taking it to "
        "€18."),
    "a change's start from its size and where it ended, in a measure": (
        "The quay will be extended from 240 to 310 metres [1].",
        "The harbour board will lengthen the quay by 70 metres to 310 metres next year."),
    "what is left of a whole for a list's last part, named with no figure": (
        "The trust will cover about £3.2m of the museum's £12m roof [1].",
        "The £12m roof will be paid for by the lottery fund, which is giving £7.2m, the city "
        "council, with £1.6m, and the museum's own trust."),
    "a sum of two amounts a source adds with plus": (
        "The winning crew took home $45,000 [1].",
        "The winning crew received $40,000 in prize money plus a $5,000 bonus for the course "
        "record."),
    "a fraction of a figure before it in the source's sentence": (
        "About 600 of the festival's volunteers were students [1].",
        "The festival relied on some 1,200 volunteers, roughly half of them students from "
        "the city's two universities."),
    "a change by a fraction in words": (
        "The barley crop shrank by almost a quarter [1].",
        "The barley harvest came to 4.1 million tonnes, down 23 percent on last year."),
    "a share said alone of the amount before it, its part named in the source": (
        "Salmon exports reached 90,000 tonnes, with France buying almost two-fifths [1].",
        "Salmon exports hit 90,000 tonnes last year. France was again the biggest buyer, "
        "taking 35,100 tonnes."),
    "a pair of names after the noun the claim counts with words between": (
        "The prize was set up by two regional arts councils [1].",
        "The prize was founded by the arts councils of Carrow and Dunmere in 1987."),
    "an amount put another way, its currency said once": (
        "The city is paying 840 million rand, or about 21 million per bus, for 40 buses [1].",
        "The city has signed an 840 million rand contract for 40 electric buses."),
    "a measurement in a unit's singular": (
        "The observatory's 38-centimetre refractor dates from 1901 [1].",
        "Its 15-inch refractor was installed in 1901."),
    "a length of shelving in linear metres": (
        "The county archive holds some 6.5 kilometres of records [1].",
        "The record office holds about 6,500 linear metres of documents."),
    # one vote, one decision, whatever each side calls the thing decided
    "a vote's tally the source gives for the same way": (
        "The licensing panel voted 5-2 to grant the late-night licence [1].",
        "By five votes to two the panel voted 5-2 to approve the application, and by the "
        "same 5-2 margin it rejected a noise complaint."),
    # a place the source gives the thing in other words, or names beside it
    "a place the source names in the thing's sentence in other words": (
        "The hospice opened a day centre in Rushmere last spring [1].",
        "Last spring the hospice opened its Rushmere day centre, its second after the one "
        "in Kelby."),
    "a place given to a thing the source also places elsewhere": (
        "The airline keeps a maintenance base in Tarvik [1].",
        "The airline has a maintenance base in Tarvik and another maintenance base in "
        "Hollin."),
    # more a writer works out: a change said as "or N%", a length on a clock, the year after
    "a change in per cent after its size in a unit, with 'or'": (
        "The board will raise the herring quota by about 1,500 tonnes, or some 12%, to "
        "14,000 tonnes [1].",
        "The board will raise the herring quota to 14,000 tonnes from 12,500 tonnes."),
    "a length between two times of day written with am and pm": (
        "The blackout lasted about nine and a half hours [1].",
        "Power failed at 8:20 am and was restored across the district at 5:50 pm."),
    "a length in two parts that two race times make": (
        "Okafor cut the course record by 2 minutes 34 seconds [1].",
        "Okafor won in 2:08:40, beating the course record of 2:11:14 set in 2015."),
    "a year a source names as the one after another": (
        "The liner was broken up in 1959 [1].",
        "She made her last crossing in 1958 and was broken up the following year."),
    "a rest the claim works out of its own figures after 'leaving'": (
        "Crews have cleared 11 of the 17 flooded roads, leaving six [1].",
        "Crews have cleared 11 roads so far. In all, 17 roads were flooded."),
    "a difference said as over the limit": (
        "The driver was caught doing 41 mph over the limit [1].",
        "The driver was clocked at 71 mph in a 30 mph zone."),
    "a share lost of its own whole": (
        "The valley has lost about 60 per cent of its farms since 1980 [1].",
        "The valley had 820 farms in 1980; 330 remain today, down from 820."),
    "how often times a count of one source sentence": (
        "The airline will offer about 1,200 seats a week on the route [1].",
        "The route will run six times a week using 200-seat aircraft."),
    "an amount in crore written in billions": (
        "The city approved a 52.4 billion rupee budget [1].",
        "The city approved a budget of 5,240 crore rupees on Friday."),
    # an occupation beside an office, and the same office in other words
    "an office the source gives the person beside an occupation": (
        "The clinic was opened by health minister Ines Barros [1].",
        "Health minister Ines Barros, a paediatrician by training, opened the clinic."),
    "a person's relation to another, no role": (
        "Councillor Maud Keane laid the first stone [1].",
        "The first stone was laid by Councillor Maud Keane, whose husband, Tom Keane, "
        "founded the trust."),
    # the verb of a change with a long object before "by", not a name's word
    "a change whose verb's long object stands before 'by', a name with 'Lower' in it": (
        "Monthly care costs in Lower Saxony homes rose by €460 in two years to €2,870 [1].",
        "Average monthly care costs for residents of homes in Lower Saxony rose to €2,870, up "
        "from €2,410 two years earlier."),
    "a person convicted where the source acquits another of the same role": (
        "Director Ana Pike was convicted of fraud [1].",
        "Two directors of the charity stood trial. Director Ana Pike was convicted of fraud; "
        "a second director was acquitted."),
    # worked out of the claim's own figures, a multiple, or a share said elsewhere
    "one for every N of two counts the claim states": (
        "The academy will admit 240 cadets from about 3,100 applicants, roughly one place for "
        "every 13 candidates [1].",
        "The academy will admit 240 cadets this year. About 3,100 people applied."),
    "a rate times a count the claim states, in all": (
        "A 25 kg lot sold for $380 a kilogram, or $9,500 in all [1].",
        "The 25-kilogram lot was sold on Tuesday. The buyer paid $380 per kilogram."),
    "a change's start from a multiple before its end": (
        "The new wing raised the ward's capacity from 60 to 180 beds [1].",
        "The new wing, opened in May, tripled the ward's capacity to 180 beds."),
    "a part of a whole the claim states from a share the source gives elsewhere": (
        "The mill produced 2.4 million tonnes last year, about 900,000 of them for export [1].",
        "The mill produced 2.4 million tonnes of paper last year. Exports made up 37 per cent "
        "of output."),
    "a share of a larger figure in the part's source sentence": (
        "The village had 410 residents in 2021, about a quarter of its 1950 population [1].",
        "The 2021 census counted 410 residents, compared with 1,620 in 1950."),
    "a length in months between two days of two sentences in a row": (
        "The outbreak lasted nearly five months [1].",
        "The first case was confirmed on 9 March 2019. Officials declared the outbreak over on "
        "28 July 2019, after six weeks without a new case."),
    "the claim's words before a figure, which the source says with that figure once of two": (
        "The ferry operator carried 212,000 passengers last summer [1].",
        "In 2022 the ferry operator carried 188,000 passengers. Last summer the ferry operator "
        "carried 212,000 passengers, and the ferry operator carried 9,400 cars."),
    "a source's figure after the claim's words in another unit": (
        "The viaduct has a central arch of about 60 metres [1].",
        "Built in 1874, the viaduct has a central arch of 197 feet and was restored in 1990 "
        "for 60 thousand pounds."),
    "a change after the words the source says of its level": (
        "The average rent rose 45 euros to 910 euros a month [1].",
        "In the city centre the average rent rose to 910 euros a month, from 865 euros in "
        "2023, the agency said. About 45 landlords took part."),
    "a difference after the words the source says of a level": (
        "The choir will sing 14 fewer concerts next year after its grant was cut [1].",
        "The choir will sing 38 concerts next year, down from 52, after its grant was cut; it "
        "sang 14 concerts abroad."),
    "a length the source gives in other units of time": (
        "She sang with the Kellan Street Chorale for more than 40 years [1].",
        "She sang with the Kellan Street Chorale for more than four decades and was made a "
        "life member aged 40."),
    "the claim's words before a figure that are another figure's": (
        "The £48.2 million capital programme budget 2024 was approved in March [1].",
        "Approved in March, the £48.2 million capital programme for budget year 2024 replaced "
        "the £51 million capital programme budget 2023."),
    "a rate whose words after it are only its unit and period": (
        "Dune fencing has cut sand loss to 1.2 metres a year in fenced stretches [1].",
        "Sand loss in fenced stretches fell to 1.2 metres a year between 2018 and 2023, "
        "against 4.7 metres a year in open stretches."),
    "a whole after its part, in the words the source says of the part": (
        "The club won 14 of 20 league games [1].",
        "The club won 14 league games out of 20, and lost 6 league games away from home."),
    "a sum of two figures the source sets before the claim's words": (
        "The bridge repair gets £6.4m from the transport fund and the county [1].",
        "The repair will receive £5.1m from the transport fund and £1.3m from the county."),
    "a pound sign a tokenizer wrote as a hash, before an amount of things": (
        "the painter 's estate was sold in a # 240,000 auction [1].",
        "The painter's estate went under the hammer in a £240,000 auction on Friday."),
    "a difference of two times given in minutes and seconds": (
        "The women's record of 2:21:05 is 12 minutes 9 seconds slower than the men's [1].",
        "The men's course record stands at 2:08:56, the women's at 2:21:05."),
    "a total with one of its parts after it": (
        "The transport museum owns 23 carriages, nine of them horse-drawn [1].",
        "The museum's collection includes nine horse-drawn carriages and 14 motor cars."),
    "a vote to do something, and a thing another verb of the source loses": (
        "The harbour board voted 6-3 to withdraw two pilot boats from Kessock [1].",
        "Kessock is to lose two pilot boats under plans the harbour board approved 6-3."),
    "a vote with a time between its tally and what it was for": (
        "The parish council voted 7-2 to buy the old school [1].",
        "The parish council voted 7-2 last month to buy the old school for £90,000."),
    "a vote to recommend the other way": (
        "Planners voted 4-3 to recommend refusing the quarry extension [1].",
        "The planning committee voted 4-3 to recommend turning down the quarry extension."),
    "a figure against the usual level the source gives the same way": (
        "Snowfall at the pass was 40 centimetres below average this winter [1].",
        "The pass recorded 212 centimetres of snow this winter, 40 centimetres below "
        "average."),
    "a winner named by whose it is, and by where it came from": (
        "Retired nurse Ann Cole's terrier won the Harrowby Cup on Sunday [1].",
        "A terrier from a Lindale kennel won the Harrowby Cup on Sunday. Its owner, retired "
        "nurse Ann Cole, wept."),
    "two things decided, each after \"the\" and a name": (
        "Harlow Town won the Kessel Trophy [1].",
        "Harlow Town lifted the Kessel Trophy on penalties, a week after they lost the Marden "
        "Shield."),
    "a plural acronym the source writes in the singular": (
        "The depot will charge its ATVs from solar panels [1].",
        "The depot will charge its ATV fleet from rooftop solar panels."),
    "a fraction the source gives of what a determiner opens": (
        "The bell foundry's restoration cost €212,000, half of it from a lottery grant [1].",
        "The restoration of the bell foundry cost €212,000. A lottery grant paid half the "
        "cost."),
    "a sum of what two gave, after \"of\"": (
        "The mill reopened on £2.75 million of lottery and county funding [1].",
        "The mill reopened after a £2.1 million lottery grant together with £650,000 from the "
        "county council."),
    "a fall between two levels, with \"because of\" and two causes after it": (
        "The catch is expected to shrink by about 3,000 tonnes because of storms and quotas "
        "[1].",
        "The catch is expected to fall to 18,000 tonnes from 21,000 tonnes this year."),
    "a statement whose sentence goes on to what another person did": (
        "Coach Dana Ilves said the squad was ready for the final, as captain Mari Kask praised "
        "the travelling fans [1].",
        "'The squad is ready for the final,' coach Dana Ilves said. Captain Mari Kask praised "
        "the travelling fans."),
    "a sentence that opens with a pronoun where the claim names its subject": (
        "Sofia Marsh rebuilt the organ's bellows by hand over two winters [1].",
        "Sofia Marsh trained in Leipzig. She rebuilt the organ's bellows by hand over two "
        "winters, while Karl Iden rebuilt the organ's bellows by hand over two winters "
        "in the chapel."),
    "an opening surname where the source gives the full name": (
        "Okafor has led the county's flood response since the storm in March [1].",
        "Deputy chief fire officer Ada Okafor has led the county's flood response since the "
        "storm in March."),
    "a name inside the claim the source has between the same words": (
        "Divers from the Brannock Marine Trust raised the anchor after two days [1].",
        "Divers from the Brannock Marine Trust raised the anchor after two days of work."),
    "a name after the head of an organization the source names": (
        "Councillor Aled Vaughan proposed the cut in bin collections to fortnightly [1].",
        "The leader of the Council proposed the cut in bin collections to fortnightly, "
        "Councillor Aled Vaughan said."),
    "a fall from a level a rise the source states ended at": (
        "The hostel's waiting list was 410 in 2024, down from more than 600 in 2021 [1].",
        "The hostel's waiting list grew from about 40 names in 2010 to more than 600 during "
        "2021. In 2024 it stood at 410."),
    "a lower-cased plural of an acronym the source writes in capitals": (
        "the harbour board fitted leds to all 96 lamps on the pier . [1]",
        "The harbour board has fitted LED units to all 96 lamps on the pier."),
    "a climb worked out from the heights of its two ends": (
        "The funicular climbs about 1,560 metres from the village to the summit and carries "
        "some 90,000 passengers a year [1].",
        "The funicular links the village, at 1,120 metres, with the summit station, at 2,684 "
        "metres. Around 90,000 passengers use it each year."),
    "an outcome the other way in another year": (
        "Ruth Anand lost the council seat by 411 votes in 2023 [1].",
        "Ruth Anand won the council seat in 2017 by 2,146 votes, before losing it in 2023 by "
        "411 votes."),
    "a thing from a person that the source puts at a place": (
        "The former postman received a suspended sentence from Recorder Ann Whitlock [1].",
        "The former postman was given a suspended sentence at Dunholm Crown Court on Thursday. "
        "Recorder Ann Whitlock told him he had betrayed his customers' trust."),
    "a sum of two amounts the claim names each, with no word for a sum": (
        "The pool reopened after a £8.4 million restoration, with heritage fund and borough "
        "grants providing £6.9 million [1].",
        "The pool reopened after a £8.4 million restoration. The project received £4.9 million "
        "from the Heritage Fund and £2 million from the borough council."),
    "a change between two counts of one thing, a name before the noun in one": (
        "Ridgeway Goats won the national supreme award with a cheese that beat 487 entries, and "
        "plans to grow its herd by 130 goats [1].",
        "A goat dairy near Kereru Flats has won the supreme award at the national cheese "
        "awards. Ridgeway Goats, run by Ana and Piri Te Awa, milks 420 Saanen goats and "
        "processes about 900 litres of milk a day at peak season. The winning cheese beat 487 "
        "entries. The couple plan to increase the herd to 550 goats next year."),
    "a length of time from a time of day the claim states to another in the source": (
        "The committee brought the pub's live-music curfew forward by 90 minutes to 10pm [1].",
        "The pub has been ordered to stop live music at 10pm, the committee ruled. It had "
        "previously been allowed to host bands until 11.30pm on Fridays and Saturdays."),
    "a length between two hours of the day written without minutes": (
        "About 40 firefighters took roughly eight hours to bring the warehouse fire under "
        "control [1].",
        "About 40 firefighters fought the blaze, which broke out shortly before 1am and was "
        "brought under control by 9am."),
    "the rest of the shares, a fraction among them": (
        "The organ was restored for €1.9 million, with the town covering the 20 percent not "
        "paid by the state and the region [1].",
        "The restoration cost €1.9 million. The state paid half the cost, the region 30 "
        "percent and the town the remainder."),
    "a winner the source names only by where they come from": (
        "Callum Reid, 19, and his collie Bess won the Caledonian Sheepdog Championship [1].",
        "A 19-year-old shepherd from the Isle of Rannay won the Caledonian Sheepdog "
        "Championship on Saturday. Callum Reid and his collie Bess scored 188 points."),
    "a statement by a person described, a name inside a relative clause before the verb": (
        "Ella Ward was told to lose weight at 19. The 41-year-old, who now presents Wake Up "
        "Ulster, said she barely ate for six months [1].",
        "Ella Ward, 41, who now presents Wake Up Ulster, was told to lose weight when she was 19. "
        "'I went home and barely ate for about six months,' Ward said."),
    "a person described by their age, which the source gives them": (
        "Tom Hale was given a suspended sentence [1]. The 34-year-old had taken £80,000 from "
        "the charity [1].",
        "Ruth Ellery, 52, was jailed for six years. Her accomplice, Tom Hale, 34, was given a "
        "suspended sentence for taking £80,000 from the charity."),
    "a person described by an age, the last one named of those the source gives an age": (
        "Ruth Ellery was jailed at Carlow Crown Court [1]. The 52-year-old had run the charity "
        "for a decade [1].",
        "Ruth Ellery, 52, was jailed at Carlow Crown Court. She had run the charity for a "
        "decade. Her accomplice, Tom Hale, 34, was given a suspended sentence."),
    "an age the source gives with a description, beside a relative's age": (
        "Ellie Brackett, 19, has won the Tour of the Wolds [1].",
        "A 19-year-old cyclist from Hull has won the Tour of the Wolds. Ellie Brackett took up "
        "the sport after watching her older brother, Josh Brackett, 23, race."),
    "a person described by the age of one the claim named sentences before": (
        "denise harwood , 52 , stole more than £86,000 from the garden centre . [1] she made 212 "
        "fake payments . [1] the fraud was found by owner graham ellery , 67 . [1] the "
        "52-year-old was jailed for three years . [1]",
        "Denise Harwood, 52, stole more than £86,000 from the garden centre through 212 fake "
        "payments. The owner, Graham Ellery, 67, found the fraud. She was jailed for three "
        "years."),
    # the claim's own subject before an apposition, or a description before the name
    "a subject before an apposition": (
        "Ingrid Solberg repaired the bell tower's clock mechanism over three weekends [1].",
        "The parish has two volunteers. Ingrid Solberg, 64, a retired watchmaker, repaired the "
        "bell tower's clock mechanism over three weekends. Tomas Reyes, the churchwarden, raised "
        "the money for the parts."),
    "a name after a description": (
        "The vote went ahead after Ivo Marsh checked the ballot papers [1].",
        "The vote went ahead after clerk Ivo Marsh, 52, checked the ballot papers twice. "
        "Councillor Ana Ruiz chaired the meeting."),
    # a person's name with a middle name between, or a first name the source gives alone
    "a middle name between": ("Sofia Ruiz chairs the allotment trust [1].",
                              "Sofia Elena Ruiz chairs the allotment trust, said Marta Ruiz."),
    "a first name given alone": ("Anna Lind opened the bakery on Monday [1].",
                                 "Piotr Lind and his wife Anna opened the bakery on Monday."),
    # a general noun's count in a sentence that speaks of the claim's thing, or the thing
    # named right before the figure
    "a general count of the claim's thing": (
        "The sanctuary has taken in 640 tortoises this year [1].",
        "The tortoise sanctuary has taken in 640 animals this year as cold springs leave "
        "tortoises weak. It has 85 tortoises in its pens now."),
    "the thing named right before the figure": (
        "The station logged 2,300 contacts during the contest [1].",
        "Operators made contact with 2,300 stations in 61 countries during the contest. They "
        "made 1,900 contacts in the same event in 2021."),
    # a small difference of a large figure the claim states and one of the source's
    "a small difference of two large figures": (
        "Ortiz won with 164 points, four more than runner-up Hana Sato [1].",
        "Ortiz scored 164 points to take the title. Runner-up Hana Sato finished with 160 "
        "points."),
    "the same role after a single-holder head": (
        "The quarry's chief geologist, Ines Aalto, said the pillar had stopped moving [1].",
        "Chief geologist Ines Aalto said the pillar had stopped moving. Quarry director Piet "
        "Laine said tours would resume."),
    # a pronoun after a claim that opens with a description may mean the one described
    "a pronoun after a description": (
        "The 45-year-old beat the farmer Ruth Gale in the ploughing final [1]. He said he would "
        "spend the prize on a new tractor [1].",
        "Owen Price, 45, beat the farmer Ruth Gale in the ploughing final. Price said he would "
        "spend the prize on a new tractor."),
    "Miss before a surname is a title": (
        "Chantal Reyes told the jury she saw the van leave at speed [1].",
        "Chantal Reyes, 22, was at the scene. Miss Reyes told the jury she saw the van leave at "
        "speed."),
    "a description by the age the source gives": (
        "Jonas Ek married the baker Lise Holm in Visby [1]. The 41-year-old, who runs the "
        "island's oldest bakery, wore her grandmother's veil [1].",
        "Jonas Ek, 39, married the baker Lise Holm in Visby. Holm, 41, who runs the island's "
        "oldest bakery, wore her grandmother's veil."),
    "a place the source gives in the claim's words too": (
        "Adele Roux has two years left on her contract at Stade Lescure [1].",
        "Adele Roux has two years left on her contract at Stade Lescure. Her agent said the "
        "striker has two years left on her contract at Bordeaux and wants to stay."),
    "a relation the source gives in another word for it": (
        "His widow, Rosa Lind, accepted the medal [1].",
        "His wife, Rosa Lind, accepted the medal on his behalf a year after his death."),
    "a place by its demonym in -ean": (
        "Avalanche deaths in Tyrol fell to 11 last winter [1].",
        "Avalanche deaths in the Tyrolean Alps fell to 11 last winter, the warning service said."),
    "who did it and to whom as the source has them": (
        "The council bought the walled orchard from farmer Tom Keel in 2019 [1].",
        "Farmer Tom Keel, 58, who sold the walled orchard to the council in 2019, still picks "
        "its apples."),
    "words said of a name the source gives that age": (
        "Ben Hale fell from the climbing frame [1]. The eight-year-old suffered a fractured ankle and "
        "was airlifted to hospital [1].",
        "Ben Hale, eight, fell from the climbing frame while his cousin, Ava Hale, 12, watched. "
        "Ben suffered a fractured ankle and was airlifted to hospital."),
    # the other side of a contest, the winner's figure less the margin
    "a runner-up's score from the margin": (
        "Marta Klein finished runner-up on 197 [1].",
        "Aldo Rossi won the club final with 212 points, beating Marta Klein by 15 points."),
    "a loser's votes from the margin": (
        "The challenger, Dev Anand, polled 2,870 votes [1].",
        "Councillor Rhian Bowen polled 3,410 votes and held the seat, two years after she won "
        "it by 90 votes. She beat Dev Anand by 540 votes."),
    # the same words around the claim's value elsewhere in the source
    "a figure between copied words, said twice": (
        "The twins, who have been rowing for 26 years, will retire in May [1].",
        "The twins, who have been rowing for 26 years, will retire in May. Their club, "
        "which has been rowing for 41 years, will carry on."),
    "a description standing for the one who did it": (
        "Defender Ola Okoro and striker Mo Adeyemi both started [1]. The striker scored twice "
        "against Harlow Athletic in the cup [1].",
        "Defender Ola Okoro and striker Mo Adeyemi both started. Adeyemi scored twice against "
        "Harlow Athletic in the cup."),
    "an age given with where someone is from": (
        "Ruth Wanjiru, 29, won the race [1]. The 29-year-old ran two laps of the park in "
        "record time [1].",
        "Ruth Wanjiru, 29, from Nakuru, ran two laps of the park in record time to win."),
    "a second clause with its own subject": (
        "Tom Reyes led at the break and the visitors scored the decisive goal in the final "
        "minute [1].",
        "Tom Reyes led at the break. Winger Sam Okafor scored the decisive goal in the final "
        "minute for the visitors."),
    "a passive the source has the active way": (
        "Leo Brandt was knocked down by Kai Moss in the third round [1].",
        "Kai Moss, 24, knocked Leo Brandt down in the third round before winning on points."),
    "a name that ends the clause after the source's words for it": (
        "The mural on the library wall was painted by illustrator Noor Haddad [1].",
        "The mural on the library wall was painted by illustrator Noor Haddad in 2019, "
        "and restored by Tom Varga last spring."),
    "the same words before a name and a place after it": (
        "Ticket sales were handled by the box office in Ferndale [1].",
        "Ticket sales were handled by the box office at the Ferndale Playhouse, on Quay "
        "Street in Ferndale."),
    "words before a name that the source says of the claim's name elsewhere": (
        "The orchard was planted by Hamish Grieve [1].",
        "The orchard was planted by volunteers in 1996. Its oldest trees were planted by "
        "Hamish Grieve, the first warden."),
    "a total of an amount and a further one sentences later": (
        "The trust will spend about €1.1 million buying and restoring the mill [1].",
        "The trust has bought the old mill on the Aa river for €480,000. Volunteers will "
        "run guided tours from May. Repairs to the wheel and roof are expected to cost an "
        "additional €620,000."),
    "an acronym that leaves out a name joined by and": (
        "The footpath was rebuilt with a £40,000 grant from the LRC [1].",
        "The footpath was rebuilt with a £40,000 grant from the Lakes and Dales Ramblers "
        "Club, its largest yet."),
    "a person the police said was arrested": (
        "Dariusz Nowak was arrested at a petrol station near Hull on Friday [1].",
        "Dariusz Nowak, 33, escaped from a prison van in March. Humberside Police said he was "
        "arrested at a petrol station near Hull on Friday."),
    "an organization that said it had done the claim's words": (
        "Fenwick Rail put the old depot up for sale in April for £2.1 million [1].",
        "Fenwick Rail said it had put the old depot up for sale in April for £2.1 million."),
    "a pronoun whose sentence before opens with the claim's person": (
        "Ravi Menon sold the family orchard to a cider maker in 2019 [1].",
        "Ravi Menon, 71, farmed at Ashcote for forty years. He sold the family orchard to a "
        "cider maker in 2019."),
    "an occupation the source gives the person too": (
        "The harbour mural was painted by illustrator Kofi Mensah [1].",
        "The harbour mural was painted by Kofi Mensah, a teacher and illustrator, with help "
        "from illustrator Dana Ruiz."),
    "an occupation the source gives no one else": (
        "Architect Priya Lal led the campaign to save the lido [1].",
        "Councillor Priya Lal led the campaign to save the lido, which reopened in June."),
    "a role the source writes after the person's title": (
        "Chief medical officer Leonie Bassett said the trial had been stopped [1].",
        "Chief medical officer Dr Leonie Bassett said the trial had been stopped early."),
    "a shortened event name whose words the source writes apart": (
        "Mira Castell won the Harlow Open by a point [1].",
        "Mira Castell won the Harlow International Chess Open by a point on Sunday."),
    "a figure after the source's words for it, the nearest four saying little": (
        "The relay team won it for the club with a time of 3:41.2 [1].",
        "The relay team set a time of 3:41.2, and the juniors won it for the club with a "
        "time of 4:02.8."),
    "a passive whose agent the source has doing it": (
        "Leon Vaz was pushed to the ground by defender Carl Ibe [1].",
        "Defender Carl Ibe pushed Leon Vaz to the ground after the final whistle."),
    "a passive whose agent did it to someone too": (
        "The steward was pushed aside by Leon Vaz [1].",
        "Carl Ibe pushed Leon Vaz, who then pushed the steward aside."),
    "a verdict the source gives with the name inside it, the claim's way": (
        "Dana Price was found guilty of fraud [1].",
        "Magistrates found Dana Price, 44, guilty of fraud on Tuesday."),
    "an offer the source turned down with its object inside, the claim's way": (
        "The union turned down the pay offer [1].",
        "The union turned the pay offer down after a ballot."),
    "a count of larger things, not a change": (
        "The old barracks were cut from twelve rooms to nine bigger studios in 2018 [1].",
        "In 2018 the twelve rooms of the old barracks were turned into nine bigger studios."),
    "the rest after a whole and parts across two sentences": (
        "The £86,000 pavilion was paid for by a £50,000 grant, with £21,000 raised by "
        "members [1].",
        "The club's £86,000 pavilion was paid for mostly by a £50,000 sports grant. The "
        "remaining money came from a £15,000 brewery sponsorship and two years of members' "
        "fundraising."),
    "a count of the others of a group one larger": (
        "Her marmalade beat 263 other entries to win the top prize [1].",
        "Judges tasted 264 entries before giving the top prize to her marmalade."),
    "what the police said of the person the claim before names": (
        "Cyclist Ivan Rusu, 34, was hit by a bus on Mill Road [1]. Police said he had been "
        "wearing a helmet [1].",
        "Cyclist Ivan Rusu, 34, was hit by a bus on Mill Road. Police said Mr Rusu had been "
        "wearing a helmet."),
    "a role the source gives the person after new": (
        "Captain Ellie Ward lifted the shield [1].",
        "New captain Ellie Ward lifted the shield in her first season in charge."),
    "a small count in words after a selector, the writer's own": (
        "The final three boats crossed the line together [1].",
        "Boats from Ely, Bedford and Lowestoft crossed the line together at the end."),
    "a relation before an occupation and a name, the source's": (
        "She was driven to the polling station by her nephew, paramedic Dev Sharma [1].",
        "Her nephew, paramedic Dev Sharma, drove her to the polling station."),
    "a place given in the source's words that another sentence gives the thing too": (
        "the mirror was found at a house clearance sale in ludlow in 2020 [1] .",
        "The mirror was found at a house clearance sale in Shropshire. Its owner bought it "
        "for £12 at a sale in Ludlow in 2020."),
    "a difference of ages with one a clause ends on": (
        "Nadia Roux, 19, became the youngest winner, two years younger than the previous "
        "record holder [1].",
        "Nadia Roux, 19, became the youngest winner of the chess open. The previous youngest "
        "winner was 21."),
    "a winner the source's way in the perfect, past asides": (
        "Kuznets, the top seed, had beaten Latvia's Ilze Berzina 6-2 in the semi-final [1].",
        "Top seed Kuznets, 29, the 2022 finalist, had beaten Latvia's Ilze Berzina 6-2 in the "
        "semi-final."),
    "a team's name before a role and the person the source says it of": (
        "Harlow captain Dan Mercer scored four tries in the second half [1].",
        "Captain Dan Mercer scored four tries in the second half for Harlow."),
    # one purpose with another verb is another decision
    "a plan kept going, where the source rejects one to end it": (
        "The trust approved a plan to keep the ferry service running until 2030 [1].",
        "The trust rejected a plan to end the ferry service next year, and approved a plan to "
        "keep it running until 2030."),
    "a plan with another purpose than the one rejected": (
        "The trust approved a plan to keep the ferry service running [1].",
        "The trust rejected a plan to end the ferry service next year."),
    # one charge, two people named
    "a charge another person was cleared of": (
        "Lee Vance was convicted of two tachograph offences [1].",
        "Pete Ormsby was cleared of two tachograph offences. His co-driver, Lee Vance, "
        "admitted two tachograph offences and was fined £900."),
    # a count that totals the list the claim's words stand next to, its value a score's too
    "a total of a list next to the claim's words": (
        "Ann Pike took home 14 prizes at the orchard show [1].",
        "Ann Pike took home six firsts, five seconds and three thirds at the orchard show. Her "
        "cider won the public vote 14-2."),
    "the one a source has doing it to the other, told that way": (
        "Moorland Creamery has bought its rival, Castlegate Dairies [1].",
        "Castlegate Dairies has been bought by its rival, Moorland Creamery, for £12 million."),
    "a charge one defendant was convicted of and another acquitted of": (
        "Karl Betts was convicted of causing death by careless driving [1].",
        "A lorry driver accused of causing death by careless driving has been acquitted. His "
        "co-accused, Karl Betts, was convicted of causing death by careless driving."),
    # the sentence that gives the role to another names the person too: how it passed
    "a role the source's sentence passes from the person to another": (
        "Mayor Gerald Pike lost the runoff by 412 votes [1].",
        "Ana Cruz was elected mayor on Sunday, unseating Gerald Pike by 412 votes in the "
        "runoff."),
    # a possessive after the name is whose, not part of it
    "a role before a name with a possessive": (
        "The inquiry suspended captain Hugh Bain's licence for a year [1].",
        "The inquiry blamed Captain Hugh Bain and suspended his licence for a year."),
    # one place within the other, by the source's own words
    "a town the source's dateline puts in the country it names": (
        "A speed camera in Marlowe issued 9,100 fines in its first year [1].",
        "MARLOWE, England, Jun 2 — A speed camera on Quarry Road issued 9,100 fines in its "
        "first year, more than any other speed camera in England."),
    "a county the source's other place is in": (
        "The hoard was found by a detectorist in a field in Suffolk [1].",
        "The hoard was found by a detectorist in a field near the village of Brantham in "
        "Suffolk."),
    "a company's name before the place the source gives": (
        "Drivers at Harcourt Coaches in Preston will strike on Monday [1].",
        "Drivers in Preston will strike on Monday after pay talks with Harcourt Coaches broke "
        "down."),
    "a change's end the source gives after the same amount": (
        "Rents in Dunmere rose by 4.1 per cent to £1,320 a month [1].",
        "Rents across the region average £1,150 a month. Rents in Dunmere rose by 4.1 per "
        "cent to £1,320 a month."),
    "a surname that is a common word, given its own words": (
        "petrov beat leo mason 6-3 6-4 [1] . mason complained about the umpiring in the "
        "second set [1] .",
        "Top seed Ivan Petrov beat Leo Mason 6-3 6-4 on Friday. Mason complained about the "
        "umpiring in the second set."),
    # the sentence before names one other person, but opens with the speaker's pronoun
    "words after a sentence whose pronoun is the speaker's": (
        "Rita Cole said she had almost given up hope of winning the cup [1].",
        "Rita Cole won the cup on Saturday. She had finished second four times, losing last "
        "year to her niece, Amy Pike. 'I had almost given up hope of winning the cup,' she "
        "said."),
    # a verb whose two sides may change places
    "two people the other way round with a verb that allows it": (
        "Ana Lee married Tom Park at the town hall in 2019 [1].",
        "Tom Park married Ana Lee at the town hall in 2019."),
    # a name after a preposition opening the claim before is not whom "he" stands for
    "a pronoun after a claim that opens 'Ridden by' a name": (
        "Ridden by Niamh Doyle, he won the Ulster Chase by two lengths [1]. He was retired in "
        "2022 after a tendon injury [1].",
        "Silver Finch won the Ulster Chase by two lengths, ridden by Niamh Doyle. Silver Finch "
        "was retired in 2022 after a tendon injury."),
    # two counts of people in other words, one of the same people
    "shareholders the source counts as people": (
        "The village raised £300,000 from 250 shareholders to buy the shop [1].",
        "The village bought its shop after selling shares to 250 people, raising £300,000. "
        "The chair said one shareholder in Canada had never visited the village."),
    # an age beside the claim's name is no figure of the claim's figure's kind
    "a speed limit beside a road, an age beside the claim's name": (
        "He was doing 58mph in a 40mph zone when he hit cyclist Dr Ruth Kemp, 44 [1].",
        "The court heard he was doing 58mph in a 40mph zone on Station Road when he hit Dr Ruth "
        "Kemp, 44, in May."),
    # "cleared" to do something is a permission, and "cleared of" the claim's way too
    "a pilot cleared to fly, a nurse cleared of a charge both ways": (
        "The pilot was cleared to fly again in March, and nurse Amy Lowe, 39, was cleared of "
        "stealing morphine from the ward [1].",
        "The pilot was cleared to fly again in March. A nurse accused of stealing morphine from "
        "the ward has been cleared by a jury at Carrow Crown Court. Amy Lowe, 39, had denied "
        "the charge."),
    # a dateline names no winner: "Oct" is a month
    "a winner the source names only after a dateline's month": (
        "Ray Tull won the Cobb Valley weigh-off with a 1,204-pound pumpkin [1].",
        "COBB VALLEY, United States, Oct 4 — A 1,204-pound pumpkin grown by a former miner has "
        "won the Cobb Valley weigh-off. Ray Tull, 71, said he fed it with seaweed."),
    # a possessive name before a figure says whose the thing that won is
    "a grower's pumpkin that won, by its weight": (
        "Former miner Ray Tull's 1,204-pound pumpkin won the Cobb Valley weigh-off [1].",
        "A pumpkin weighing 1,204 pounds won the Cobb Valley weigh-off on Saturday for "
        "Ray Tull, 71, a former miner."),
    # a name inside a relative clause after the person and their age is not who acted
    "an age description whose person the source follows with a 'who' clause naming a show": (
        "Radio host Ada Brannagh has won a bid to save her allotment . the 52-year-old argued "
        "that the plot had been tended by her family since 1961 [1] .",
        "Ada Brannagh, 52, who presents the radio show Brannagh's Garden, argued that the plot had "
        "been tended by her family since 1961. The council agreed, and she has won her bid to "
        "save the allotment."),
    # a team from a club won: the claim may name its players as the winners
    "the players of a pair the source says won for their club": (
        "ruth ainsley , 64 , and owen pryce won the western counties pairs title [1] .",
        "TALBRIDGE, England, Jun 8 — A pair from Calder Bowls Club won the Western Counties "
        "Pairs title on Saturday. Skip Ruth Ainsley, 64, and Owen Pryce, 58, led throughout."),
    # a small margin between a score the claim states and one of a side it names
    "a small margin from a score stated and a rival's score the source gives": (
        "Ivy Lund, 54, won the Marsh Trials with collie Fly, scoring 92 out of 110 to finish "
        "four points ahead of Welsh handler Rosa Kemp and her dog Bryn [1].",
        "Ivy Lund, 54, won the Marsh Trials. She and her collie Fly scored 92 points out of 110 "
        "in the final. Runner-up was Welsh handler Rosa Kemp with Bryn on 88 points."),
    # a person's name with where they are from after "of", both as the source writes them
    "a person and where they are from, after 'of'": (
        "Nell Hart finished 12 points clear of Owen Stott of Ballarat [1].",
        "Nell Hart won by 12 points. Owen Stott, of Ballarat, was second."),
    "a firm named after its kind, doing what the source says it did": (
        "rail firm Westway Trains added ten services on the Dunmore line [1].",
        "Rail firm Eastlink cut services on the Dunmore line last month, while rival Westway "
        "Trains added ten services on the Dunmore line."),
    "a quotation after ', saying', its clause's subject the source's speaker": (
        "The club opened its new stand , and chairman Ed Rowe thanked the fans , saying : ` "
        "this is your stand ' [1] .",
        "The club opened its new stand on Saturday. 'This is your stand,' chairman Ed Rowe "
        "told the crowd of 4,000."),
    "a quotation given to the one person the sentence before names, 'he' another": (
        "retired judge ann mercer said : ` his evidence was not credible ' [1] .",
        "The inquiry, led by retired judge Ann Mercer, found he had misled the board. 'His "
        "evidence was not credible,' she said. Chairman Tom Vale said the board would appeal."),
    "an age description's possessive for what the source gives that person's": (
        "cara doyle , 31 , and nia rees , 24 , both scored [1] . the 31-year-old 's header "
        "put wales ahead in the 80th minute [1] .",
        "Cara Doyle, 31, and Nia Rees, 24, both scored. Doyle's header put Wales ahead in the "
        "80th minute."),
    # a description by age of the person the claim names with that age
    "a named person the source first describes by the same age": (
        "vera holt , 91 , waited more than nine hours on her kitchen floor for an "
        "ambulance [1] . her son , dennis holt , called 999 four times [1] .",
        "A 91-year-old woman waited more than nine hours on her kitchen floor for an ambulance. "
        "Vera Holt fell at home. Her son, Dennis Holt, 64, called 999 four times."),
    # "from behind" is no placing
    "a side that came from behind to beat another": (
        "Rovers came from behind to beat Athletic 3-1 [1].",
        "Rovers beat Athletic 3-1, coming from behind to beat them for the first time."),
    "a side that finished ahead of another it beat": (
        "The Harbour Singers finished four marks ahead of the Vale Choir [1].",
        "The Harbour Singers won the open contest, beating the Vale Choir by four marks."),
    # a name after a preposition that is a conjunction too is no one who acted
    "a manager's quotation, a month after 'since' in the source's who-clause": (
        "manager ivo lindahl said he had wanted the winger for months [1] .",
        "Manager Ivo Lindahl, who had been chasing the player since January, said he had "
        "wanted the winger for months."),
    # a count of compound things whose first word is what the source counts
    "a count of dog teams for the source's dogs and their handlers": (
        "Twelve mountain dog teams passed the winter test, bringing the county's total to 40 "
        "[1].",
        "Twelve mountain rescue dogs and their handlers passed the winter test, bringing the "
        "number of certified teams in the county to 40. Three teams failed."),
    "a plan to buy that the source says villagers voted for, with no tally": (
        "Villagers in Hollins Cross backed a plan to acquire the Harbour Tavern building as a "
        "co-operative [1].",
        "Villagers in Hollins Cross have voted to acquire the Harbour Tavern building and run it "
        "as a co-operative, after its owners said they would retire."),
    # a description set off by commas after a name and age names a place: no other subject
    "an age description of a person the source describes as 'the MP for' a place": (
        "Ed Penn has been banned from driving [1] . the 52-year-old was recorded doing 47mph "
        "in a 30mph zone in Westgate [1] .",
        "Ed Penn, 52, the MP for North Ashby, was recorded doing 47mph in a 30mph zone in "
        "Westgate. He has been banned from driving."),
    "a plan of short words with another short verb is another decision": (
        "Parish councillors approved a plan to buy the village pub [1].",
        "Parish councillors rejected a plan to let the village pub to a chain, and approved a "
        "plan to buy the village pub from the brewery."),
    # "X, whose chief executive said": the role is someone of X's, not X's own
    "a charity 'whose chief executive' said what the source's chief executive said": (
        "The grant goes to the Lantern Hearing Fund, whose chief executive said it would pay "
        "for 300 hearing tests [1].",
        "The grant goes to the Lantern Hearing Fund. The charity's chief executive, Odile "
        "Marsh, said it would pay for 300 hearing tests."),
    # a demonym in its gendered or "-man" form
    "a 'Filipina' nurse and a 'Welshman' for sources naming their countries": (
        "A Filipina nurse and a Welshman shared the award [1].",
        "The award was shared by a nurse from the Philippines and a hospital porter from "
        "Wales."),
    # a passive's subject with a long purpose: the thing is the noun before "to"
    "an amendment with a long purpose defeated, as the source says": (
        "the council approved a 3 per cent rise in parking fees . an amendment to limit the "
        "rise to 1.5 per cent was defeated [1] .",
        "The council approved a 3 per cent rise in parking fees. Councillor Ama Reyes proposed "
        "an amendment to limit the rise to 1.5 per cent. The amendment was defeated by 22 "
        "votes to 14."),
    # "the crew" after a claim naming one crew, where the source calls two teams crews
    "'the crew' where the source calls two teams 'crew'": (
        "wexley boat club 's eight won the visitors ' cup , beating german crew ruder kiel by a "
        "length [1] . the crew , stroked by 24-year-old nina holt , clocked 6 minutes 2.5 "
        "seconds [1] .",
        "Wexley Boat Club's eight won the Visitors' Cup on Sunday, beating the German crew "
        "Ruder Kiel by a length.\n\nThe Wexley crew, stroked by 24-year-old Nina Holt, clocked "
        "6 minutes 2.5 seconds in a headwind."),
    # a rounded count of the claim's thing stands for the claim's exact count
    "an exact count whose thing the source counts with a rounded figure": (
        "The amnesty brought in 2,318 firearms, among them 40 shotguns [1].",
        "More than 2,300 rifles, pistols and other firearms were handed in, including 40 "
        "shotguns. A total of 2,318 items were collected. A neighbouring force collected 950 "
        "firearms."),
    # "…, and the 51-year-old will …": the one of that age, as the source says
    "'and the 51-year-old' mid-claim for what the source says of him": (
        "The bakery was founded by Priya Sen and Tom Okafor, and the 51-year-old will manage the "
        "new kitchen in Leith [1].",
        "The bakery was founded by Priya Sen, now 33, and Tom Okafor, now 51. Okafor, the "
        "firm's head baker, will manage the new kitchen in Leith."),
    # the same measurement in a unit of the same size
    "'up to 40 km' where the source has up to 40 kilometres": (
        "Villagers in the Dale no longer face round trips of up to 40 km to a bank [1].",
        "Villagers in the Dale no longer face round trips of up to 40 kilometres to a bank "
        "twice a week."),
    "a day of a month the source gives in the claim's words": (
        "Tenants must vacate the flats by 14 March after damp was found [1].",
        "Tenants must vacate the flats by 14 March after damp was found. A second block must "
        "be empty by 30 April."),
    # a symmetric link, or a relation the source has both ways round
    "two names around 'married' the other way round": (
        "In 2019 Ina Voss married Tom Dale in a small ceremony [1].",
        "Tom Dale married Ina Voss in a small ceremony in 2019."),
    "two names around 'beat' that the source has both ways round": (
        "Ashby Rovers beat Harbour Town in the cup final [1].",
        "Harbour Town beat Ashby Rovers in the league in March, but Ashby Rovers beat Harbour "
        "Town in the cup final."),
    # a vote's two sides before "yes" and "no": a share of either
    "a share of a vote's sides written with 'yes' and 'no'": (
        "Almost four in five residents backed the new parish plan [1].",
        "In a referendum on Thursday, 812 residents voted yes and 213 voted no, on a turnout of "
        "38%."),
    # "The Finn, …, said": a description by a demonym, not a name
    "a quote of 'the Finn' that the source gives the Finnish driver": (
        "Aino Virta won the Coastal Rally by 9.2 seconds. The Finn, who now leads the series, "
        "said: \"The ice on the last stage was frightening.\" [1]",
        "Aino Virta won the Coastal Rally by 9.2 seconds on Sunday. Virta, from Finland, said: "
        "\"The ice on the last stage was frightening. I nearly went off twice.\""),
    # a measurement the source writes with a noun after its unit ("the 500kg device")
    "a measurement whose source figure has a noun after its glued unit": (
        "Army bomb disposal experts blew up a 250kg German wartime bomb in Ashby after some "
        "900 homes were evacuated [1].",
        "ASHBY - Around 900 homes were evacuated in Ashby on Sunday after builders uncovered "
        "an unexploded German bomb. The 250kg device was found by a digger driver at about "
        "10.30am on "
        "Saturday. Army experts carried out a controlled explosion."),
    # a common word in capitals
    "'TV' for the source's 'television'": (
        "The old mill will become a film and TV studio employing 300 people [1].",
        "The old mill will be turned into a film and television studio employing 300 people."),
    # a fraction the claim works out of two figures, one in a currency's parts
    "a fraction of two prices, one in pence": (
        "growers are paid 66p a kilo , three-fifths of the £ 1.10 paid in 2015 [1] .",
        "Growers are now paid 66p a kilo for their apples. In 2015 they were paid £1.10."),
    # a negated clause the source says both ways, or with other words around it
    "a clause the source says with and without 'not' of two things": (
        "The inspector ruled that poor wiring caused the warehouse fire [1].",
        "The inspector ruled that poor wiring caused the warehouse fire. She ruled that poor "
        "wiring did not cause the earlier fire at the depot."),
    "a negated clause the claim keeps": (
        "The inspector ruled that poor wiring did not cause the warehouse fire [1].",
        "The inspector ruled that poor wiring did not cause the warehouse fire, which began in "
        "a skip."),
    # a hedge on the same side as the source's, and an open hedge against a plain figure
    "'almost' a figure the source says 'fewer than'": (
        "The survey estimates the county now has almost 40,000 barn owls [1].",
        "The survey estimates that the county now has fewer than 40,000 barn owls."),
    "a month whose words the source says with the claim's month": (
        "The trust announced in August that it needed to save £6 million this year [1].",
        "The trust announced in August that it needed to save £6 million this year. Staff "
        "will be consulted next month."),
    # the opposite verb of another thing, or both verbs in the source
    "'has sold' one thing where the source says the council 'has bought' another": (
        "Harwick Borough Council has sold the old library to a charity [1].",
        "Harwick Borough Council has bought the town's old bus depot. It has sold the old "
        "library to a charity."),
    # a thing described in other words where the source names the claim's place
    "'a seafood restaurant in' a town the source gives the runner-up, not 'restaurant'": (
        "The Lantern was named Restaurant of the Year, ahead of the runner-up, a seafood "
        "restaurant in Kelby [1].",
        "The Lantern, a 30-cover restaurant in the village of Ashdale, was named Restaurant "
        "of the Year. The runner-up was The Net Loft in the harbour town of Kelby, where the "
        "chef cooks seafood landed that morning. The owner once worked in restaurants in "
        "Lisbon."),
    # a side and its candidate win one seat
    "a candidate of the side the source says won the seat": (
        "Valley First's Anna Reeve has won the Holm ward by-election by 150 votes [1].",
        "Valley First has won the Holm ward by-election, taking the seat for the first time. "
        "Anna Reeve, 44, received 1,120 votes, 150 more than the runner-up."),
    # an age described by the role the source gives its holder
    "'the 47-year-old finance director' after another name, as the source describes her": (
        "Union organiser Dean Platt led the walkout, and the 47-year-old finance director "
        "urged staff to accept the offer [1].",
        "Union organiser Dean Platt, 39, led the walkout. The firm's finance director, Ruth "
        "Amos, 47, urged staff to accept the offer."),
    # a group by age is no name
    "'Over-70s' for the source's older patients": (
        "Over-70s treated at home were readmitted half as often [1].",
        "Older patients treated at home were readmitted half as often as those kept in "
        "hospital."),
    # jobs count the people who fill them
    "'hire 85 people' for the source's 85 jobs beside a count of its people": (
        "Corbel Castings will hire 85 people in Hale after winning a bus contract [1].",
        "Corbel Castings, which employs 310 people, is to create 85 jobs in Hale after "
        "winning a contract to supply parts for electric buses."),
    # a person defeated in a contest is no decision about them
    "'defeated' a candidate the source says another had 'endorsed'": (
        "Kiri Moss defeated councillor Glen Pratt by 3,100 votes [1].",
        "Kiri Moss won the mayoral election by 3,100 votes over councillor Glen Pratt. Tom "
        "Ashby, who had endorsed Pratt, congratulated Moss."),
    # a verb between an age and a name: the name is the object, not the one of that age
    "'the 47-year-old defeated councillor X' where X is another age": (
        "Kiri Moss was elected mayor [1]. The 47-year-old defeated councillor Glen Pratt by "
        "3,100 votes [1].",
        "Kiri Moss, 47, was elected mayor, winning by 3,100 votes over councillor Glen Pratt, "
        "58."),
    # both sides of a sale, a loan or a gift as the source has them, in other words
    "'bought from' for the source's 'sold to', the sides kept": (
        "Ferncliffe Council bought the old tram shed from Harrow Motors for £900,000 [1].",
        "Harrow Motors has sold the old tram shed to Ferncliffe Council for £900,000."),
    "a passive sale for the source's buyer": (
        "The tram shed was sold to Ferncliffe Council last spring [1].",
        "Ferncliffe Council bought the tram shed last spring."),
    "a party on both sides of two sales in the source": (
        "Ostrava Rail sold the depot to Kessel Freight in 2021 [1].",
        "Ostrava Rail bought the depot from the city in 2015 and sold it to Kessel Freight "
        "in 2021."),
    "'received … from' for the source's gift 'to'": (
        "The Linwood food bank received £12,000 from the Barrow Trust [1].",
        "The Barrow Trust has given £12,000 to the Linwood food bank."),
    "a speaker before 'said it had bought' is no buyer": (
        "Mira Osei said it had bought the boatyard from Tamsin Roe [1].",
        "Tamsin Roe has sold the boatyard, a spokeswoman, Mira Osei, said. The buyer was "
        "not named."),
    # two names related the claim's way with words between, though also the other way
    "a takeover the claim's way with a description before the second name": (
        "Ravel Housing will take over Lund Homes next year [1].",
        "Ravel Housing is to take over the smaller Lund Homes next year. In 2019, Lund Homes "
        "had hoped to take over Ravel Housing."),
    # a participle's clause set off by commas between a name with its age and the words
    "'the 29-year-old' for a name whose age stands before a participle's aside": (
        "The 29-year-old crossed the line four minutes ahead of Iker Sola [1].",
        "Ros Keane, 29, riding the new carbon bike Swift Arrow, crossed the line four minutes "
        "ahead of Iker Sola, 33."),
    # a generic role of the source's may be held beside the claim's office
    "'trustee' for a person the source calls a board member": (
        "Trustee Ada Pike cast the only vote against the library budget [1].",
        "Board member Ada Pike, 52, cast the only vote against the library budget. The "
        "board's chair, Leon Tull, said the vote was a relief."),
    # a general count described with the claim's word before its noun
    "'12 hybrid buses' for the source's '12 hybrid vehicles', beside another count of buses": (
        "The operator will put 12 hybrid buses into service next spring [1].",
        "The operator will bring 12 hybrid vehicles into service next spring. Two buses will "
        "be kept in reserve."),
    "a company bought by the buyer the source names, past descriptions of both": (
        "Velda Games, the Dutch studio behind Tidewater, will be bought by the Danish "
        "publisher Nordvik Interactive [1].",
        "The Danish publisher Nordvik Interactive has agreed to buy the Dutch studio Velda "
        "Games, the maker of Tidewater, for 90 million euros."),
    # what an appeal was against comes out the other way
    "'upheld' a ban the source says an appeal against was rejected": (
        "A tribunal upheld Mia Cole's two-year ban on Friday [1].",
        "A tribunal rejected Mia Cole's appeal against a two-year ban on Friday."),
    "'dismissed the appeal against' a conviction the source says was upheld": (
        "The court dismissed Omar Reyes's appeal against his conviction for fraud [1].",
        "The Court of Appeal upheld the conviction of Omar Reyes for fraud on Tuesday."),
    # a side of a vote is no figure of the name beside it
    "a count the source sets beside a place inside the claim's, its council's vote aside": (
        "Councillors in Dunmore have backed limits on new takeaways in 22 streets [1].",
        "Dunmore Town Council's planning committee voted 8-3 to limit new takeaways in 22 "
        "streets around Bridge Square."),
    # a role before a comma and a description of the person
    "'club chair' for the source's 'the club's chair, retired headteacher …'": (
        "Club chair Rhian Mace said the pitch was ready [1].",
        "The club's chair, retired headteacher Rhian Mace, 70, said the pitch was ready."),
    # a quotation a described speaker spoke, after a named one
    "a quotation 'a neighbour' spoke, after the owner the claim names": (
        "Owner Tom Reade said the longer hours would help, while a neighbour called the "
        "decision \"a slap in the face\" [1].",
        "The bar's owner, Tom Reade, 44, told the panel the longer hours would help. Resident "
        "Ivy Marsh, 69, who lives next door, said the decision was \"a slap in the face\" "
        "for families on the street. She said the bar's music already kept her awake."),
    # a verb in -s between an age and a name: the age is the subject's, not the name's
    "'the 29-year-old replaces' a name the source gives another age": (
        "Ines Roy will lead the squad [1]. The 29-year-old replaces Karl Dunn, who retires "
        "after ten years [1].",
        "Ines Roy, 29, will lead the squad. She replaces Karl Dunn, 62, who retires after "
        "ten years in the role."),
    # where a person is from, in a long phrase after their age
    "'the 31-year-old' for a name whose age stands before a long 'from …' phrase": (
        "Nia Brook won the final [1]. The 31-year-old cleared the last fence in 41.2 seconds "
        "[1].",
        "Nia Brook won the final. Brook, 31, from the hamlet of Low Eske in Cumbria, cleared "
        "the last fence in 41.2 seconds."),
    # the same kind of thing, many of them elsewhere, is not the claim's one
    "'a mill in' a town the source names, beside 'mills in' other countries": (
        "A mill in Farley has won a £9m order for wool cloth [1].",
        "FARLEY - The town's oldest weaver has won a £9m order for wool cloth. \"We looked "
        "at mills in Italy, Peru and China. Farley gave us the best price,\" the buyer "
        "said."),
    # an age the claim sets right before a name is that name's
    "'the 42-year-old Ivo Marsh' after another named rider": (
        "The Dutch rider, Anke Vos, went clear in 40.1 seconds, with the 42-year-old Ivo "
        "Marsh 1.5 seconds slower [1].",
        "Anke Vos, 35, went clear in 40.1 seconds, and Ivo Marsh, 42, was 1.5 seconds "
        "slower."),
    # a share of a part and its whole the source writes with a word between
    "'roughly one in every 70' for the source's '60 of the first 4,200'": (
        "Screening found the condition in roughly one in every 70 adults tested [1].",
        "Screening found the condition in 60 of the first 4,200 adults tested."),
    # a side of a score is no figure the source's words give otherwise
    "'came from 4-1 down' for the source's 'came from three goals behind' and '4-1'": (
        "Tarn Rovers came from 4-1 down at half-time to beat Kelso 6-5 [1].",
        "Tarn Rovers came from three goals behind to beat Kelso 6-5. Kelso led 4-1 at "
        "half-time."),
    # a role the source says the person will become
    "'as editor' for the source's 'reporter …, who will become editor'": (
        "The society takes over the paper with 29-year-old reporter Ana Pike as editor [1].",
        "The society takes over the paper. Its current reporter Ana Pike, 29, will become "
        "editor."),
    # an age is no place's
    "'bought it aged 12' where the source has the place right before 'at the age of 12'": (
        "The tape was consigned by Owen Hale, who bought it aged 12 [1].",
        "The tape was consigned by Owen Hale, 49, who bought it in a shop in Dunmere at the "
        "age of 12."),
    # the object of the sentence's verb is not who adds
    "a statement after ', adding' that the sentence's subject makes": (
        "Lumen is buying the chain Pryor Opticians, adding 12 branches and promising that all "
        "90 staff will keep their jobs [1].",
        "Lumen is buying Pryor Opticians and its 12 branches. All 90 staff will keep their "
        "jobs, Lumen said. Its managing director, Dan Pryor, 60, said the family had agreed "
        "the sale."),
    # a term served in the source, beside another's suspended sentence
    "'jailed for 18 months' where the source sentences one and suspends another's": (
        "Dale Moss was jailed for 18 months [1].",
        "Dale Moss, 41, was sentenced to 18 months. His brother, 38, was given a suspended "
        "sentence."),
    "'jailed' where the source jails one and suspends another's sentence": (
        "Ivy Lund was jailed for two years [1].",
        "Ivy Lund was jailed for two years. Her partner received a 10-month sentence, "
        "suspended for 18 months."),
    # a share in figures for the source's fraction in words
    "'50% of the cost' for the source's 'half the cost'": (
        "The council will pay 50% of the cost of a new boiler [1].",
        "The council will pay half the cost of a new boiler, up to £2,500."),
    # an organization's words spoken by its officer
    "an acronym's statement its organiser made": (
        "the rmtu said many of the drivers had n't had a pay rise in four years [1] .",
        "Drivers at Kelso Buses have won back pay. The RMTU brought the claim. Its regional "
        "organiser, Ola Bright, 44, said many of the drivers hadn't had a pay rise in four "
        "years."),
    # an ordinal is no count of things
    "'its 140th branch' for the source's 'the chain's 140th'": (
        "Pennyworth will open its 140th branch in Dunmore next month [1].",
        "The shop in Dunmore, opening next month, will be the chain's 140th. It has 12 "
        "branches in the county."),
    # a place after "of" inside a subject's description is no subject
    "a subject 'in the centre of' a place, said of the business the claim names": (
        "Hopyard Brewing has been allowed to keep its late licence despite noise complaints "
        "[1].",
        "A small brewery in the centre of Kelby has been allowed to keep its late licence "
        "despite noise complaints. Hopyard Brewing, run by two sisters, opened in 2020."),
    "'had fallen' where the source says the words fell and then rose": (
        "The union said the number of vacancies for porters had fallen in the spring [1].",
        "The union said the number of vacancies for porters had fallen in the spring but had "
        "risen again by the autumn."),
    # an age before a first name and a surname the source gives a relative of another age
    "'79-year-old Ada Lake' where the source's Lake of another age is her son": (
        "An inquest heard that 79-year-old Ada Lake waited six hours in an ambulance [1].",
        "An inquest heard a 79-year-old woman waited six hours in an ambulance. Ada Lake had "
        "broken her hip. Her son, Tom Lake, 54, said she deserved better."),
    # a change by a fraction in words the source gives as that fraction of the whole
    "'cut … by about a fifth' for the source's 'around a fifth of its total'": (
        "The new kiln will cut the works' gas use by about a fifth [1].",
        "The new kiln will cut the works' gas use by about 3,000 megawatt hours a year, around "
        "a fifth of its total."),
    "a plain town where the source names a part of it after \"the\"": (
        "About 2,400 homes in Dunhallow lost power when a substation flooded [1].",
        "About 2,400 homes in the Millbrook and Carrow Park areas lost power on Sunday when a "
        "substation flooded. Dunhallow council opened two rest centres.",
    ),
    "a town where the source puts the thing on a street of it": (
        "The bakery in Corrie Vale has closed after 80 years [1].",
        "The bakery on Quarry Road has closed after 80 years. Corrie Vale has lost four shops "
        "this year.",
    ),
    "a weight glued to its unit before a noun that is a unit too, the source's spelled out": (
        "A 4.2kg stone was pulled from the riverbed near Carrow [1].",
        "The 4.2-kilogram stone was pulled from the riverbed near Carrow by divers.",
    ),
    "50% off where the source says half price": (
        "The Roxy is selling tickets at 50% off for its reopening week [1].",
        "Tickets at the Roxy will be half price for the cinema's reopening week.",
    ),
    "half off where the source sells half-price fares": (
        "Pensioners will pay 50 per cent less on the night buses from June [1].",
        "From June, pensioners will get half-price fares on the night buses.",
    ),
    "a pair counted by the noun the source sets before their names and ages": (
        "The pairs title went to two veteran bowlers from Ashgrove [1].",
        "The pairs title went to veteran bowlers Mary Oduya, 71, and Pat Greer, 68, of the "
        "Ashgrove club.",
    ),
    "a role before a comma and a description of a titled name": (
        "Panel chair Ruth Okafor praised the standard of the entries [1].",
        "\"The standard was high this year,\" said the panel chair, garden designer Dr Ruth "
        "Okafor, who praised the entries.",
    ),
    "an age described with a relative clause the source says of the one of that age": (
        "Tom Hale and Ann Roe were jailed [1]. The 56-year-old, who was the firm's "
        "salesman and public face, received five years [1].",
        "Tom Hale, 56, who was the firm's salesman and public face, received five years. Ann "
        "Roe, 49, the finance director, received four years.",
    ),
    "a full name where the source has the same person with a title": (
        "District Judge Alan Reeve ordered Nadia Kemp to repay the £1,800 deposit [1].",
        "District Judge Alan Reeve ordered Ms Kemp to repay the £1,800 deposit in full. Nadia "
        "Kemp, 38, runs a catering firm.",
    ),
    "an acronym closing a clause that the source spells out before giving it": (
        "Children from 40 primary schools counted 5,210 moths this summer as part of the first "
        "Schools Moth Watch run by the CMRG [1].",
        "Children from 40 primary schools in the Castlebury district counted 5,210 moths in "
        "their school grounds this summer, as part of the first Schools Moth Watch run by the "
        "Castlebury Moth Recording Group (CMRG). One pupil spotted a rare moth that lives high "
        "in oak trees.",
    ),
    "a name with an acronym that the source spells out": (
        "Mill Lane CLT will buy the old chapel for £310,000 [1].",
        "The Mill Lane Community Land Trust will buy the old chapel for £310,000.",
    ),
    "a breed named in the plural that the source names before a noun": (
        "The farm keeps 40 Galloway Reds on the hill [1].",
        "The farm keeps a herd of 40 Galloway Red cattle on the hill above Kelso.",
    ),
    "the month a length of months reaches from the month the source starts it": (
        "The six-month pilot of the night bus will run until the end of April [1].",
        "The night bus pilot started on 1 November and will run for six months, the council "
        "said.",
    ),
    "a party the source describes when buying and names when selling on": (
        "Ferry Lane Community Land Trust has bought six empty cottages from the county "
        "council for £600,000 [1].",
        "A community land trust in the Ferry Lane area has completed the purchase of six empty "
        "cottages from the county council for £600,000. Ferry Lane Community Land Trust will "
        "sell the cottages at a third of market prices.",
    ),
    "a quotation by a club's described officer after another name in the claim": (
        "Rhian Tudor scored twice and Cerys Lloyd added one, while Penmor's coach said his "
        "side had been \"second best all afternoon\" [1].",
        "Rhian Tudor scored twice for Kelby and Cerys Lloyd added one. Penmor's coach, Gareth "
        "Price, 47, said his side had been \"second best all afternoon\".",
    ),
    "words reported of an organization's officer named by role and organization": (
        "The 61-year-old chair of the Friends of Ashby Woods said the appeal had taken two "
        "years [1].",
        "The Friends of Ashby Woods have saved the copse. Its chair, Ian Moss, 61, said the "
        "appeal had taken two years.",
    ),
    "a count of shops where the claim names what kind of shop": (
        "The free loaf scheme for families is being extended to 12 more bakeries after "
        "sign-ups doubled [1].",
        "A scheme giving free loaves to families through bakeries in Tarnby has been extended "
        "to 12 more shops after sign-ups doubled. There are 30 bakeries in the borough.",
    ),
    "the rest of a total after parts given over two sentences": (
        "The £900,000 hall was paid for by the lottery fund's £520,000, with the parish giving "
        "£230,000 and the trust £150,000 [1].",
        "The new £900,000 village hall opened on Saturday. The trust contributed £150,000, "
        "raised over ten years. The parish gave £230,000 and the lottery fund the rest.",
    ),
    "a quotation alone in a new paragraph, after someone else's words": (
        "Mayor Tom Baird said: \"I am not waiting for a child to be hurt.\" [1]",
        "Mayor Tom Baird opened the meeting. Jo Reid, 40, said the lane was dangerous.\n\n"
        "\"I am not waiting for a child to be hurt.\"",
    ),
    "a year and a half of something, where the source gives months": (
        "The grant will cover a year and a half of the hall's rent [1].",
        "The grant will pay the hall's rent for 18 months, the trustees said.",
    ),
    "a comparison copied the same way round": (
        "Ground beetles were more common in the burnt plots than in the unburnt ones [1].",
        "Ground beetles were more common in the burnt plots than in the unburnt ones, the "
        "survey found, though spiders were less common.",
    ),
    "a maker named by its country's demonym joined to a word": (
        "Twenty Japanese-made clocks were fitted in the station [1].",
        "The 20 clocks fitted in the station were manufactured in Osaka, Japan, by a firm "
        "that supplies Japanese railways.",
    ),
    "a thing put in one town where the source lists other towns it considered": (
        "Corran Glass, a glass works in Kelso, has won a contract with a Danish brand [1].",
        "Corran Glass, which is based in Kelso, has won the contract with a Danish brand. The "
        "brand said it had looked at glass works in Spain, Italy and Morocco before choosing "
        "the Scottish firm.",
    ),
    "a length of months spanned by two months the source names": (
        "The bridge was closed 23 times in five months [1].",
        "The swing bridge was closed 23 times between March and July because of faults.",
    ),
    "a firm described by its town joined to a word, as the source describes it": (
        "The beacons, built by Harwick-based Lumen Marine, will flash every ten seconds [1].",
        "The beacons have been built by Lumen Marine, a small firm based in Harwick, and will "
        "flash every ten seconds.",
    ),
    "an event's town where its most alike sentence names only a street": (
        "The bakery in Marston will reopen on Friday after the flood repairs [1].",
        "The bakery on Quay Street will reopen on Friday after the flood repairs, its owner "
        "said. Marston's other two bakeries stayed open."),
    "an event's place where the source's place there is a person": (
        "The protest in Ilbury drew 300 farmers and two tractors [1].",
        "The organiser, Councillor Jo Marr, drew 300 farmers and two tractors to a protest "
        "aimed at Marr's rival. Ilbury's market square was closed for the protest."),
    "a figure the source states after the claim's word before it, its next words by another": (
        "The fair raised more than £21,000 for a mobile dental clinic [1].",
        "The trust's founder, Ann Cole, 52, a retired dentist, said the aim was to raise "
        "£20,000 for a mobile dental clinic that would visit villages without dentists. The "
        "fair raised £21,400."),
    "a relative clause's passive the source has the same way": (
        "Kelso Printworks, which is run by the design agency Inkwell Studio, employs 90 "
        "people [1].",
        "Kelso Printworks, which is run by the design agency Inkwell Studio, employs 90 "
        "people at its plant by the canal."),
    "whose deputy someone was, as the source has it": (
        "Cole was once Amis's deputy at the bus depot [1].",
        "Nadia Cole was once Ben Amis's deputy at the bus depot."),
    "two names joined by and before a possessive, the other way round": (
        "Ben Amis and Nadia Cole's deputy ran the bus depot [1].",
        "Nadia Cole and Ben Amis's deputy ran the bus depot."),
    "what the source says of one of two councils it named before, by the head word": (
        "Dunmore Town Council opened a new public boathouse on the river in May [1].",
        "Kelby District Council and Dunmore Town Council agreed a budget of £2m. The council "
        "opened a new public boathouse on the river in May."),
    "what the source says of the one council it named, by the council's name": (
        "Kelby District Council opened a new public boathouse on the river in May [1].",
        "Kelby District Council has approved a budget of £2m for the riverside. The council "
        "opened a new public boathouse on the river in May."),
    "words the source says of an unnamed body whose word another name capitalizes": (
        "Dunmore Homes was ordered to pay £9,400 to a family after damp went unrepaired [1].",
        "A housing association was ordered to pay £9,400 to a family after damp went "
        "unrepaired, the Housing Ombudsman said. The association, Dunmore Homes, apologised."),
    "a figure nearly the claim's, by less than a twelfth": (
        "The choir has grown to nearly 200 singers [1].",
        "The choir now has 186 singers, up from 90 in 2019."),
    "a share almost a fraction, by five points": (
        "Exports now make up almost half of the mill's sales [1].",
        "The mill's exports, mostly to Japan and Canada, now make up 45 per cent of sales."),
    "a role the source gives the person after an aside and an appointing verb": (
        "Production manager Omar Haddad becomes managing director of the bakery [1].",
        "The bakery's production manager, Omar Haddad, 51, who has worked there for 11 years, has "
        "been appointed managing director."),
    "words around a claim's name that the source has around a place after a preposition": (
        "Family cheese maker Dale & Sons has been fined £9,000 after rats were seen in its dairy "
        "[1].",
        "A family cheese maker in Ashby Vale has been fined £9,000 after rats were seen in its "
        "dairy, magistrates heard. The firm, Dale & Sons, supplies 40 delis."),
    "a ceiling the source gives rounded": (
        "The new kiln will fire up to 8,000 bricks a day [1].",
        "The new kiln will fire up to 8,000 bricks a day once it is run in."),
    "a full date the source gives in full, beside the same day of another year": (
        "The lighthouse keeper retired on 9 June 2022 [1].",
        "The keeper, who started on 9 June 2001, retired on 9 June 2022, 21 years to the day."),
    "a copied clause with \"also\" and the source's verb": (
        "Across the rest of the county, thefts of bikes also fell over the same period [1].",
        "Thefts of bikes in Ashby fell by 30% last year. Across the rest of the county, thefts "
        "of bikes fell by 6% over the same period."),
    "a decision the source states the claim's way in other words, and another the other way": (
        "The panel upheld her complaint of unfair pay [1].",
        "A porter has won a complaint of unfair pay against the hospital trust. The panel "
        "rejected a second complaint, of bullying by a shift manager, for lack of evidence."),
    "a score the source gives in words": (
        "Ashby Rovers beat Kelby Town 31-24 in the varsity match [1].",
        "Ashby Rovers beat Kelby Town by 31 points to 24 in the varsity match. Last year "
        "Kelby won 20-18."),
    "a score among a source's set scores": (
        "Mara Lind won 6-1 in the second round [1].",
        "Mara Lind won 6-3, 6-1 in the second round."),
    "a range beside a contest, no score": (
        "The club lost its appeal, and the repairs will take 10-12 weeks [1].",
        "The club lost its appeal. Repairs will take ten to 12 weeks. It lost 2-1 on Saturday."),
    "a count by a noun of a number in the claim": (
        "Two dozen volunteers cleared the canal towpath [1].",
        "Twenty-four volunteers spent Saturday clearing the canal towpath."),
    "the era of a reign a building is dated by": (
        "A Victorian pumping station has reopened as a museum [1].",
        "The pumping station, built in 1868, has reopened as a museum."),
    "a place given with its town before it": (
        "The stalls will stay in Kelby's Market Square until May [1].",
        "The stalls will stay in Market Square, in the centre of Kelby, until May. Kelby's "
        "traders welcomed the decision."),
    "a hedge before 'once every' and its figure": (
        "A tram leaves the depot about once every 20 minutes [1].",
        "Trams leave the Holm Road depot every 18.5 minutes on weekdays, the operator said."),
    "a region in a lower-cased claim, its people's word in the source": (
        "the herd of elephants walked north from east africa , rangers said . [1]",
        "Rangers said the herd of East African elephants walked north in the spring, crossing "
        "two borders."),
    "docks counted by a source's 'docking stations'": (
        "The trust will add 30 cycle docks in the north of the town [1].",
        "The Harwell Trust will add 30 docking stations in the north of the town over two "
        "years. Each will hold 12 bikes. Work on the first 8 docks starts in May."),
    "a club's doing, told of it by a description before its name": (
        "Calby Harriers marked its 50th year by re-running the hill course used for its first "
        "race [1].",
        "One of Wessex's oldest running clubs marked its 50th year on Sunday by re-running "
        "the hill course used for its first race. Calby Harriers was founded in 1974 by three "
        "teachers."),
    "a farm's own fine, beside another farm's in an apposition": (
        "Fernhill Dairies was fined £6,500 for leaving silage to run into a ditch [1].",
        "Marsh End Farm, which keeps 300 cows, was fined £18,000 at Calby Crown Court on "
        "Tuesday after admitting spilling about 4,000 litres of slurry into the brook. "
        "Fernhill Dairies, a smaller business, was fined £6,500 for leaving silage to run "
        "into a ditch."),
    "a named bakery in the town the source gives it, beside another bakery elsewhere": (
        "Holt Forge Bakery in Ashby plans a café by the river [1].",
        "Crane Lane Bakery in Marlow will open a second shop in May, while Holt Forge Bakery "
        "in Ashby, which bakes rye bread, plans a café by the river."),
    "a short statement, then another speaker's in the next clause": (
        "Former owner Jim Platt, 88, said he was glad, while ecologist Ruth Tan said it was "
        "one of only three wet meadows left in the valley [1].",
        "The trust has bought Long Ings meadow. Former owner Jim Platt, 88, said he was "
        "pleased. \"My father cut hay here,\" he said. Ecologist Ruth Tan, 52, who has "
        "surveyed the meadow since 1990, said it was one of only three wet meadows left in "
        "the valley."),
    "barrels for the source's litres": (
        "The field yields about 25,000 barrels of oil a day [1].",
        "The field yields almost 4 million litres of oil a day, the operator said."),
    "TB for the source's tuberculosis": (
        "The herd was culled after bovine TB tests [1].",
        "The herd of 90 Dexter cattle was culled after testing positive for bovine "
        "tuberculosis."),
    "a buyer described by who leads it, on the source's side": (
        "A consortium led by swimmer Ana Pike has bought Kelby Lido from Harbour Leisure [1].",
        "Kelby Lido has been bought by a consortium led by swimmer Ana Pike for £2 million. "
        "The sale ends 30 years of ownership by Harbour Leisure."),
    "a role after a plural possessive, saying whom it speaks for": (
        "Tenants' representative Alan Moss said many tenants could not pay [1].",
        "The Harbour Court Tenants Association said rents had risen by a fifth in two years. "
        "Its chief officer, Alan Moss, 47, said many tenants could not pay."),
    "reports counted by a source's sightings, in a sentence of what was reported": (
        "The app logged 3,100 reports of otters and voles in its first year [1].",
        "The Riverwatch app recorded 3,100 sightings of otters and water voles in its first "
        "year, three times the number reported on paper. There were also 9 reports of mink."),
    "a firm's words said by one its own possessive introduces": (
        "Kelby Bakery says it would be happy to take on the staff [1].",
        "Kelby Bakery's managing director, Ian Reid, 50, said the firm would be happy to take "
        "on the staff. Union official Ann Cole said the closure was a blow."),
    "a vote's odds that its tally backs": (
        "Nurses voted by almost three to one to accept the offer [1].",
        "Members of the union voted by 412 to 149 in favour of the offer."),
    "a change the source gives in words after the claim's words, and in figures elsewhere": (
        "Road deaths among toads fell by 31 per cent in the 14 villages [1].",
        "Road deaths among toads fell by almost a third in villages with tunnels. In the 14 "
        "villages, recorded deaths fell by 31 per cent."),
    "a share in figures inside the hedge of the source's fraction in words": (
        "31% of members voted in the ballot [1].",
        "Almost a third of members voted in the ballot, the union said."),
    "a vote's tally in figures for the source's tally in words": (
        "The parish council voted 6-1 to sell the old school [1].",
        "Councillors agreed the sale of the old school by six votes to one on Monday."),
    "an N-way tie counted from the sides a source names": (
        "Pellow Rovers took the league title on goal difference after a three-way tie on "
        "points [1].",
        "Pellow Rovers finished level on 61 points with Corvey Athletic and Ashmoor Town and "
        "took the title on goal difference."),
    "a change 'up on' last year worked out from the source's two levels": (
        "Season-ticket sales at Brannock reached 4,800, about 20% up on last season [1].",
        "Brannock sold 4,800 season tickets this summer, up from 4,000 last season."),
    "a name's description before it that the source gives after it with 'of'": (
        "Kelby Harriers coach Ines Vale said the squad was tired after the relay [1].",
        "Ines Vale, coach of Kelby Harriers, said the squad was tired after the relay."),
    "a name's description before it that the source gives after it with 'from'": (
        "Dunmore brass band the Quarry Players won the regional title in Perth on Saturday "
        "[1].",
        "The Quarry Players, a brass band from Dunmore, won the regional title in Perth on "
        "Saturday."),
    "a role the source gives as what the person does, after 'who'": (
        "Harbour board chair Mina Osei welcomed the grant on Friday [1].",
        "Councillor Mina Osei, who chairs the harbour board, welcomed the grant on Friday."),
    "a payer of money for a thing is the side that bought it": (
        "Corran Shipping has paid about £4 million for the Eastgate wharf [1].",
        "Corran Shipping has bought the Eastgate wharf from the harbour trust for about £4 "
        "million."),
    "the first of two days whose month follows the second": (
        "Ferry crews at Port Selvy will walk out on 12 and 13 May over rosters [1].",
        "Ferry crews at Port Selvy will walk out on Monday 12 May and Tuesday 13 May in a "
        "dispute over rosters."),
    "a tally's second side followed by words the source has after another figure": (
        "Objections outnumbered letters of support by 212 to 48 last month [1].",
        "Objections to the quarry scheme rose by 130 last month to 212, while 48 letters of "
        "support arrived."),
    "a name's description before it that the source gives after it with an age between": (
        "Ardle ferryman Owen Pryce carried the last passengers of the season on Sunday [1].",
        "Owen Pryce, a 71-year-old ferryman from Ardle, carried the last passengers of the "
        "season on Sunday."),
    "a length ago worked out from someone's age now and their age then": (
        "Edith Moss, 81, rang her first peal in the tower more than six decades ago [1].",
        "Edith Moss, 81, rang her 1,000th peal on Sunday. She rang her first peal in the same "
        "tower at the age of 16."),
    "a winning margin worked out from two scores under a hundred": (
        "Ruth Carne won the ploughing match with 86 points, four clear of Alan Vosper [1].",
        "Ruth Carne won the county ploughing match with 86 points. Alan Vosper was second on "
        "82 points."),
    "a share of the claim's amount against a whole the source gives in another sentence": (
        "the parish will put £ 36,000 , about three-quarters of last year 's car park "
        "income , into new benches . [1]",
        "The parish council is to spend £36,000 of car park income on new benches, the first "
        "in the village. The council collected £48,000 in parking charges last year from "
        "around 9,000 tickets."),
    "a spokesman for a group named by an irregular plural's possessive": (
        "Herdsmen's spokesman Iwan Pryce said about 30 farms use the common [1].",
        "Iwan Pryce, secretary of the Upland Herdsmen's Union, said about 30 farms use the "
        "common."),
    "a word of a letter's shape is no name": (
        "The council made a U-turn on the parking charges on Monday [1].",
        "The council dropped the parking charges on Monday after a public outcry."),
    "a length ago from an age now and an age given after 'at'": (
        "Nora Pell, 77, who took up archery 19 years ago, won the county title [1].",
        "Nora Pell, 77, won the county archery title on Saturday. She took up the sport at 58 "
        "after retiring from teaching."),
}


@pytest.mark.parametrize("article, source", SUPPORTED.values(), ids=list(SUPPORTED))
def test_supported_claims_are_not_flagged(checker: Checker, article: str, source: str) -> None:
    assert [f.message for f in source_findings(checker, article, source)] == []


UNSUPPORTED = {
    "a margin the source's figures do not make": (
        "The incumbent held the ward by about 4,000 votes [1].",
        "The incumbent received 14,820 votes and her challenger 12,540.",
        "citation.number-not-in-source"),
    "a figure the source lacks": ("the county was fined £ 400,000 [1].",
                                  "The county council was fined £250,000 after the spill.",
                                  "citation.number-not-in-source"),
    # a figure is as precise as its last digit: 2.7% is not a rounded 2.3%, 87.4% says more
    # than the source's 87%, and "a 2019 plant fire" (read as a count) is not its 2021
    "more precise than its source": ("Turnout in the ward was 87.4% [1].",
                                     "Turnout in the ward was 87 per cent.",
                                     "citation.number-not-in-source"),
    "pounds for dollars": ("The levy would add £21.40 to the average monthly bill [1].",
                           "The levy would add about $21.40 to the average monthly bill.",
                           "citation.number-not-in-source"),
    "a vote tally changed": ("The board voted 5-2 to close the bus depot [1].",
                             "The board voted 6-1 on Thursday to close the bus depot.",
                             "citation.number-not-in-source"),
    "per cent for percentage points": ("Average waiting times fell by 4.5% in May [1].",
                                       "Average waiting times fell by 4.5 percentage points "
                                       "in May.", "citation.number-not-in-source"),
    "a year read as a count": ("Residents sued over fumes from a 2019 plant fire [1].",
                               "Residents sued over fumes from a 2021 plant fire.",
                               "citation.number-not-in-source"),
    "a share off by its last digit": ("Defence spending will rise to 2.7% of GDP [1].",
                                      "Defence spending will rise by 0.4 points to 2.3% of GDP.",
                                      "citation.number-not-in-source"),
    "a year the source lacks": ("The bridge opened in 1993 [1].",
                                "The bridge, begun in 1989, opened to traffic in 1997.",
                                "citation.number-not-in-source"),
    "a month the source does not give": ("The album came out in October 1997 [1].",
                                         "Released: 1997-11-11. The album sold well.",
                                         "citation.number-not-in-source"),
    "days the source's days do not give": (
        "The bridge has been shut for five weeks [1].",
        "YORK, 14 March 2025 - The bridge, shut since 1 March after a barge struck it, will "
        "stay closed.", "citation.number-not-in-source"),
    "a change restated in per cent, miscalculated": (
        "Ticket sales rose by £12m, or about 25%, to £92m [1].",
        "Ticket sales reached £92m in the year, up from £80m.",
        "citation.number-not-in-source"),
    "a change in points the source's 'to … from' reverses": (
        "Coral cover dropped by nine percentage points [1].",
        "Coral cover had risen to 31% from 22% when the sites were last surveyed.",
        "citation.number-not-in-source"),
    "a winner the source names as the loser": (
        "Ana Ruiz beat Mei Tanaka 6-4, 6-2 in the final [1].",
        "Mei Tanaka beat Ana Ruiz 6-4, 6-2 to win the title on Sunday.",
        "citation.outcome-not-in-source"),
    "a loss given as a profit": (
        "The ski lift company made a €2.3m profit [1].",
        "The ski lift company reported a pre-tax loss of €2.3m after a poor snow season.",
        "citation.balance-not-in-source"),
    "a surplus given as a deficit": (
        "The county ended the year with a deficit of about $4 million [1].",
        "The county ended the year with a $4.1 million surplus, its auditors said.",
        "citation.balance-not-in-source"),
    "a lower-cased quotation given to the wrong person": (
        'harbour master ines duarte said the pilots " earned every penny of it " [1] .',
        'Pilot Tomas Riera said: "We earned every penny of it." Harbour master Ines Duarte '
        'thanked the crews.', "citation.quote-misattributed"),
    "a vote reversed": (
        "dock workers have voted to reject the 3 per cent pay offer [1] .",
        "Dock workers voted 310 to 44 to accept the 3 per cent pay offer on Monday.",
        "citation.outcome-not-in-source"),
    "an appeal reversed": (
        "Mr Hale won his appeal against the driving ban [1].",
        "Mr Hale's appeal against the driving ban was dismissed by the High Court.",
        "citation.outcome-not-in-source"),
    "another first name, the source's with an accent": (
        "The show gathers 90 works by the sculptor Bastien Lefèvre [1].",
        "The show gathers 90 works by the French sculptor Émile Lefèvre.",
        "citation.entity-not-in-source"),
    "a coach given the chair's role": (
        "Club chairman Rhys Morgan praised the pack [1].",
        "The club's coach, Rhys Morgan, praised the pack. Its chairman, Owen Lloyd, was "
        "absent.", "citation.role-misattributed"),
    "a total of as many figures, miscounted": (
        "The fair drew 29,500 visitors over its three days [1].",
        "The fair ran for three days. Attendance was 8,200 visitors on Friday, 9,900 on "
        "Saturday and 9,400 on Sunday.", "citation.number-not-in-source"),
    "a short acronym of some of a name's words": (
        "The trial is funded by the NIR [1].",
        "The trial is funded by the National Institute for Health and Care Research.",
        "citation.entity-not-in-source"),
    "another first name under the source's surname": (
        "The boy's mother, Carla Brennan, thanked the crew [1].",
        "The boy's mother, Louise Brennan, thanked the lifeboat crew.",
        "citation.entity-not-in-source"),
    "another month for a range of days": (
        "The tank went unchecked over the weekend of 13-14 August [1].",
        "The tank alarm sounded over the weekend of 13-14 April and was ignored.",
        "citation.number-not-in-source"),
    "a role the source gives another, and the person another": (
        "Chief executive Ralph Heller announced the closures [1].",
        "Chief executive Nadia Sood announced the closures; the bank's chair, Ralph Heller, "
        "backed her.", "citation.role-misattributed"),
    "a lower-cased role the source gives another": (
        "chief executive ralph heller announced the closures [1] .",
        "Chief executive Nadia Sood announced the closures; the bank's chair, Ralph Heller, "
        "backed her.", "citation.role-misattributed"),
    "a captain who is the coach": (
        "The Lions' captain, Mateo Ruiz, lifted the cup [1].",
        "Captain Bram de Wit lifted the cup. Mateo Ruiz, the Lions' head coach, wept.",
        "citation.role-misattributed"),
    "a fraction of a figure the claim does not state": (
        "The two towns each paid 2.4 million euros [1].",
        "The two towns each paid half of the 4.8 million euro cost; a third town paid 1.1 "
        "million euros.", "citation.number-not-in-source"),
    "a whole its part and share do not make": (
        "The orchard sells about 42,000 boxes at the gate, roughly 60% of its crop, so some "
        "120,000 boxes in all [1].",
        "The orchard sells around 42,000 boxes at its farm gate, about 60 per cent of its crop.",
        "citation.number-not-in-source"),
    "a wrong sum of two sentences in a row": (
        "The two reservoirs hold a combined 10.5 billion litres [1].",
        "The upper reservoir holds 6.2 billion litres. The lower one holds 3.3 billion litres.",
        "citation.number-not-in-source"),
    "a sum of figures of sentences apart": (
        "The Islay and Arran ferries together carried 5,400 passengers [1].",
        "The Islay ferry carried 3,150 passengers. Its crew of 12 was praised. The Arran "
        "ferry, running late all summer, carried 2,250.",
        "citation.number-not-in-source"),
    "a length of two units the source does not give": (
        "The debate ran for two hours and 40 minutes [1].",
        "The debate lasted two hours and 14 minutes before the vote was called.",
        "citation.number-not-in-source"),
    "an area its two sides do not make": (
        "The new skate park covers about 2,500 square metres [1].",
        "The skate park, 50 metres by 30 metres, opens in June.",
        "citation.number-not-in-source"),
    "years since a year that the dateline does not give": (
        "The toll has been frozen for ten years [1].",
        "DUNDEE, 11 November 2024 - The bridge toll, unchanged since 2018, will rise in May.",
        "citation.number-not-in-source"),
    "years since a year without a dateline": (
        "The toll has been frozen for six years [1].",
        "The bridge toll, unchanged since 2018, will rise in May.",
        "citation.number-not-in-source"),
    "a day the source does not give": (
        "The exhibition opened on 17 May 2021 [1].",
        "GLASGOW, 16 May 2021 - The exhibition of Mackintosh chairs opens to the public on "
        "May 16.", "citation.number-not-in-source"),
    "the source's day in another month": (
        "The regulator published its findings on 9 October [1].",
        "The regulator published its findings on 9 September, a month before the October "
        "hearing.", "citation.number-not-in-source"),
    "another day of an ISO date": ("The merger was announced on October 4, 2019 [1].",
                                   "Published 2019-10-03. Two cooperatives announced a merger.",
                                   "citation.number-not-in-source"),
    "a Chinese month the source does not give": ("该报告于2018年3月发布【1】。",
                                                 "该报告于2018年5月发布，调查了两千名租户。",
                                                 "citation.number-not-in-source"),
    "a share backed only by a count": ("Turnout reached 12% [1].",
                                       "Turnout reached 41%, with 12 polling stations open.",
                                       "citation.number-not-in-source"),
    "a swapped name": ("Mayor Ines Duarte's deputy, Tomas Reyes, backed the levy [1].",
                       "Mayor Ines Duarte backed the levy; her deputy Luis Ortega did not.",
                       "citation.entity-not-in-source"),
    "an invented company": ("The contract went to Calloway Dredging [1].",
                            "The harbour board awarded the dredging contract on Monday.",
                            "citation.entity-not-in-source"),
    "an invented name in lower-cased text": (
        "the dredging contract went to calloway , the board said [1].",
        "The harbour board awarded the dredging contract on Monday.",
        "citation.entity-not-in-source"),
    "a name one consonant away": ("Coach Johnston praised the squad [1].",
                                  "Coach Ben Johnson praised the squad after the final.",
                                  "citation.entity-not-in-source"),
    "a name sharing only its consonants": ("Harris led the parade [1].",
                                           "The Heroes of the flood led the parade.",
                                           "citation.entity-not-in-source"),
    "a share the source gives otherwise": ("One in four children is obese [1].",
                                           "20 per cent of children are obese.",
                                           "citation.number-not-in-source"),
    "a name beside an amount": ("The US deal is worth $5bn [1].",
                                "The deal is worth $5bn, the agency said.",
                                "citation.entity-not-in-source"),
    "an ordinal the source does not give": ("The chapel dates from the 18th century [1].",
                                            "The chapel dates from the nineteenth century.",
                                            "citation.number-not-in-source"),
    "a year outside the decade": ("The firm was founded in the 1990s [1].",
                                  "The firm was founded in 1989 in Leeds.",
                                  "citation.number-not-in-source"),
    "a figure outside the range": ("Between 20 and 30 people were hurt [1].",
                                   "Forty people were hurt in the crash.",
                                   "citation.number-not-in-source"),
    "years after between stay two": ("He served between 2010 and 2014 [1].",
                                     "He served from 2011 to 2012.",
                                     "citation.number-not-in-source"),
    "another name with the same initials' start": ("The New York Post reported the leak [1].",
                                                   "The NYT reported the leak on Monday.",
                                                   "citation.entity-not-in-source"),
    "an expansion whose initials are a common word": (
        "The World Health Organization warned of a surge [1].",
        "Officials who spoke on Monday warned of a surge.",
        "citation.entity-not-in-source"),
    "an acronym of another organization": ("The IMF warned of a slowdown [1].",
                                           "The World Bank warned of a slowdown.",
                                           "citation.entity-not-in-source"),
    "an acronym two-letter words would spell": ("The BBC reported it first [1].",
                                                "It was reported by both countries first.",
                                                "citation.entity-not-in-source"),
    "a company whose head word is all that matches": ("Rolls Group bought the site [1].",
                                                      "Acme Group bought the site.",
                                                      "citation.entity-not-in-source"),
    "a short name the source does not have": ("Lopez won the rally [1].",
                                              "Jose Perez won the rally.",
                                              "citation.entity-not-in-source"),
    "a figure beside the decimal comma's": ("The VAT rate rises to 16.5% [1].",
                                            "VAT rises by 0,5 percentage points to 15,5%.",
                                            "citation.number-not-in-source"),
    "basis points the source does not give": ("The bank cut rates by 50 basis points [1].",
                                              "The bank cut rates by 0.25 percentage points.",
                                              "citation.number-not-in-source"),
    "a length of time the source does not give": ("The stoppage will last 72 hours [1].",
                                                  "The two-day stoppage begins on Friday.",
                                                  "citation.number-not-in-source"),
    "a century that holds none of the source's years": (
        "The chapel was built in the 15th century [1].",
        "The chapel, consecrated in 1372, is the oldest in the county.",
        "citation.number-not-in-source"),
    "a decade that holds none of the source's years": ("The paper mill closed in the 1980s [1].",
                                                       "The paper mill closed in 1974.",
                                                       "citation.number-not-in-source"),
    "a region the source's adjective is not of": ("The brewery in Saxony cut 40 jobs [1].",
                                                  "The Bavarian brewery has cut 40 jobs.",
                                                  "citation.entity-not-in-source"),
    "a vote the score does not give": ("The motion passed by 312 votes to 172 [1].",
                                       "MPs passed the motion 312-127 late on Tuesday.",
                                       "citation.number-not-in-source"),
    "a length of time longer than both units together": (
        "The crossing took almost five hours [1].",
        "The crossing took three hours and 52 minutes.",
        "citation.number-not-in-source"),
    "a long name another acronym stands for": (
        "The Royal Society for the Protection of Birds welcomed the ruling [1].",
        "The RSPCA welcomed the ruling on Tuesday.", "citation.entity-not-in-source"),
    "a number of digits no amount has": ("He was paid a seven-figure sum [1].",
                                         "The club paid him £250,000 in compensation.",
                                         "citation.number-not-in-source"),
    "an open hedge far below the source's figures": (
        "More than 900 cattle bones were found [1].",
        "About 600 cattle bones, dating from 3100 BC, were found.",
        "citation.number-not-in-source"),
    "a cap far above the source's figures": ("Gusts of up to 39mph were recorded [1].",
                                             "Gusts of 93mph were recorded; 19 flood warnings "
                                             "were issued.", "citation.number-not-in-source"),
    "a precise figure with two digits swapped": ("The crowd was 14,969 [1].",
                                                 "The crowd was 14,696.",
                                                 "citation.number-not-in-source"),
    "a length of time in another unit": ("He was jailed for 18 weeks [1].",
                                         "He was jailed for 18 months in May.",
                                         "citation.number-not-in-source"),
    "a hyphened length of time in another unit": ("the two-week festival opens today [1] .",
                                                  "The two-day festival opens today.",
                                                  "citation.number-not-in-source"),
    "a person whose first name only the source has": (
        "Headteacher Karen Whitman said the school would reopen [1].",
        "Headteacher Karen Whitlock said the school would reopen.",
        "citation.entity-not-in-source"),
    "an organization that shares only its head word": (
        "The Financial Conduct Authority fined the bank [1].",
        "The Civil Aviation Authority fined the airline.", "citation.entity-not-in-source"),
    "a council of another city": ("Bath City Council approved the plan [1].",
                                  "Bristol City Council approved the plan.",
                                  "citation.entity-not-in-source"),
    "a place that shares only its head word": ("Officers in Palm Beach made the arrest [1].",
                                               "Officers in Miami Beach made the arrest.",
                                               "citation.entity-not-in-source"),
    "a change worked out from an endpoint the source lacks": (
        "Net income rose 30% from $701m to $912m [1].",
        "Net income was $912 million, against $650 million a year earlier.",
        "citation.number-not-in-source"),
    "a fraction in words far from the source's share": ("Two-thirds voted in favour [1].",
                                                        "Some 51% of members voted in favour.",
                                                        "citation.number-not-in-source"),
    "a year past a span written short": ("He was the town's MP from 1969 to 1979 [1].",
                                         "Smith was the MP for Ashby (1969–78).",
                                         "citation.number-not-in-source"),
    "another chart position": ("The single peaked at number four in the UK [1].",
                               "The single peaked at No. 3 in the UK.",
                               "citation.number-not-in-source"),
    "a number in words opening a sentence": ("Two men were arrested [1].",
                                             "Three men were arrested.",
                                             "citation.number-not-in-source"),
    "a name with another number": ("The show moved to Channel Five in 2010 [1].",
                                   "The show moved to Channel 4 in 2010.",
                                   "citation.entity-not-in-source"),
    "a lakh figure the source does not give": ("The scheme reached 2.5 lakh farmers [1].",
                                               "The scheme has reached 150,000 farmers.",
                                               "citation.number-not-in-source"),
    "percentage points only a count of the source has": (
        "Support rose 3 percentage points [1].",
        "Support rose 5 percentage points in 3 regions.", "citation.number-not-in-source"),
    "a month the source's digits do not give": (
        "In September 2023, Marseille signed Vitor Almeida [1].",
        "PUBLISHED: 31/08/2023 - 18:45\nMarseille have signed Vitor Almeida.",
        "citation.number-not-in-source"),
    "a share near a count of other things": ("Jones won 41.2% of the vote [1].",
                                             "Jones won 42.1% of the vote and 41 seats.",
                                             "citation.number-not-in-source"),
    "a share outside a split": ("The motion passed with 53% [1].",
                                "The motion passed 52-48% after a long debate.",
                                "citation.number-not-in-source"),
    "a lower-case acronym of another body": ("police referred itself to the iopc [1] .",
                                             "The force referred itself to the Crown "
                                             "Prosecution Service.",
                                             "citation.entity-not-in-source"),
    "another Roman numeral": ("The Phase III trial enrolled 30,000 volunteers [1].",
                              "The phase 2 study enrolled about 30,000 volunteers.",
                              "citation.entity-not-in-source"),
    "a mixed-case acronym of another body": ("The DoJ sued the firm [1].",
                                             "The Department of Energy sued the firm.",
                                             "citation.entity-not-in-source"),
    "another fraction": ("Recorded crime fell by a third last year [1].",
                         "Recorded crime fell by 50% last year, police figures show.",
                         "citation.number-not-in-source"),
    "a length that does not convert": ("The path is 5 miles long [1].",
                                       "The footpath is 12 km long.",
                                       "citation.number-not-in-source"),
    "a speed that does not convert": ("Gusts reached 120 km/h [1].",
                                      "Gusts of 60 miles per hour were recorded.",
                                      "citation.number-not-in-source"),
    "the same figure in another unit": ("The hailstones were 64 millimetres across [1].",
                                        "The hailstones measured 64 centimetres across.",
                                        "citation.number-not-in-source"),
    "a temperature that does not convert": ("The pool is heated to 95°F [1].",
                                            "The pool is heated to 29 degrees Celsius.",
                                            "citation.number-not-in-source"),
    "another half of a double name": ("Professor Ana Mokoena-Hale led the trial [1].",
                                      "The trial was led by Professor Ana Mokoena-Hart.",
                                      "citation.entity-not-in-source"),
    "a company after a word for what it is": ("Carmaker Halden Motors invested [1].",
                                              "The carmaker Aldane Motors invested.",
                                              "citation.entity-not-in-source"),
    "a name after a figure that is no unit": ("Over 40 BBC staff signed the letter [1].",
                                              "More than 40 staff at the broadcaster signed.",
                                              "citation.entity-not-in-source"),
    "another saint": ("The chapel of St. Aidan was restored in 1904 [1].",
                      "Saint Brigid's Chapel was restored in 1904.",
                      "citation.entity-not-in-source"),
    "another regnal number": ("King Charles III granted the charter in 1662 [1].",
                              "The charter was granted by Charles the Second in 1662.",
                              "citation.entity-not-in-source"),
    "a rise the source reports as a fall": (
        "waiting times rose by 11 % last winter , the trust said [1] .",
        "Average waiting times at the trust's emergency departments fell by 11 per cent last "
        "winter, it said.", "citation.direction-not-in-source"),
    "a fall the source reports as a rise": (
        "Grain exports through the port saw a 6% decline in 2024 [1].",
        "Grain exports through the port climbed 6% in 2024, to 3.1 million tonnes.",
        "citation.direction-not-in-source"),
    "a change by a fraction reversed": (
        "Storm overflow spills fell by almost a quarter [1].",
        "Spills from storm overflows rose by almost a quarter last year.",
        "citation.direction-not-in-source"),
    "a quotation given to the wrong person": (
        'Mayor Joan Pryce said: "The bridge will reopen in spring." [1]',
        "Joan Pryce opened the meeting. \"The bridge will reopen in spring,\" said engineer "
        "Tom Okafor.", "citation.quote-misattributed"),
    "a quotation given to the wrong person, by a pronoun": (
        "the chess champion , arjun raghavan , 16 , won . Pieter van Elst admitted he `` was lost "
        "after the opening '' [1] .",
        "Pieter van Elst lost the final. Arjun Raghavan, 16, said he had been lucky. \"I was "
        "lost after the opening, honestly,\" he said.",
        "citation.quote-misattributed"),
    "a quotation of two sentences given to the wrong person": (
        'Minister Samuel Kipruto said: "Patience does not pay rent." [1]',
        'Samuel Kipruto spoke first. Grace Achieng, the union\'s leader, said: "We have been '
        'patient for three years. Patience does not pay rent."', "citation.quote-misattributed"),
    "a quotation given to someone whose surname is also a word": (
        'Councillor Rashid Khan said recycling would "go up significantly within a year" [1].',
        'Rashid Khan chairs the committee. "Recycling will go up significantly within a year," '
        'said its spokesman Tom Ashby.', "citation.quote-misattributed"),
    "a level risen to that the source says was fallen to": (
        "Punctuality on the line rose to 61.3% last year [1].",
        "Punctuality on the line fell to 61.3% last year from 68.9% the year before.",
        "citation.direction-not-in-source"),
    "a rise the source gives as a fall, beside a range that holds the figure": (
        "Rents rose 3.4% in the quarter [1].",
        "Rents fell 3.4% in the quarter. A balanced market has vacancies of 2.5% to 3.5%.",
        "citation.direction-not-in-source"),
    "a fall the source gives as more than a year before": (
        "Tax receipts fell 17% to 1,860 crore rupees [1].",
        "The city collected 1,860 crore rupees in tax, 17% more than the year before.",
        "citation.direction-not-in-source"),
    "a small count that is a difference of the source's figures only by chance": (
        "Five of the ward's 31 beds are new [1].",
        "The ward has 31 beds; 26 of them were refurbished last year.",
        "citation.number-not-in-source"),
    "a change's size its source's levels do not make": (
        "The glacier's front shrank 120 metres last summer [1].",
        "Surveyors put the front at 1,412 metres from the hut in June, against 1,326 metres "
        "a year earlier.",
        "citation.number-not-in-source"),
    "a share of a whole the source's parts do not make": (
        "Almost 60% of the 2,400 applicants were accepted [1].",
        "Of the 2,400 people who applied to the scheme, 1,236 were accepted.",
        "citation.number-not-in-source"),
    "a relative change the source's levels do not make": (
        "Membership of the rowing club has risen by 40% to 255 [1].",
        "The rowing club now has 255 members, up from 150 three years ago.",
        "citation.number-not-in-source"),
    "a total that is not the sum of the figures the claim states": (
        "With £3.2m from the lottery and £0.8m from the county, the pool has £5m [1].",
        "The lottery gave the pool £3.2m; the county added £0.8m.",
        "citation.number-not-in-source"),
    "a change's end from an endpoint equal to the change by chance": (
        "Daily sailings were increased from 6 to 12 [1].",
        "Daily sailings were increased from 6 to 9 in May.",
        "citation.number-not-in-source"),
    "a count of two kinds the source's counts do not make": (
        "Rescuers reached 63 climbers and guides [1].",
        "Rescuers reached 41 climbers and 16 guides on the ridge.",
        "citation.number-not-in-source"),
    "a person after a company's possessive the source does not name": (
        "Kestrel Energy's Hannah Rusk said prices would rise [1].",
        "Kestrel Energy spokeswoman Hannah Quayle said prices would rise in the spring.",
        "citation.entity-not-in-source"),
    "a person whose title has no period": (
        "Dr Amara Fenwick led the study [1].",
        "The study was led by Dr Amara Whitlow of the marine institute.",
        "citation.entity-not-in-source"),
    "a fall in a verb of small changes": (
        "Ferry fares dipped 4% to £31 [1].", "Ferry fares rose 4% to £31 this spring.",
        "citation.direction-not-in-source"),
    "a level after a verb and its object": (
        "The board raised its estimate to 2.3 million [1].",
        "The board cut its estimate for the season to 2.3 million visitors.",
        "citation.direction-not-in-source"),
    "a year the source's dateline does not date": (
        "The ferry carried 1.2 million passengers in 2023 [1].",
        "OBAN, 14 February 2025 — The ferry carried 1.2 million passengers last year.",
        "citation.number-not-in-source"),
    "a year the source names only relative to no dateline": (
        "The ferry carried 1.2 million passengers in 2024 [1].",
        "The ferry carried 1.2 million passengers last year, the operator said.",
        "citation.number-not-in-source"),
    "a move in a ranking its ordinals do not make": (
        "The port climbed nine places to 14th in the league table [1].",
        "The port rose from 20th to 14th in the annual league table.",
        "citation.number-not-in-source"),
    "a quotation given to another person than the one after a role and a comma": (
        '"We will not close a single branch," said analyst Tom Reyes [1].',
        '"We will not close a single branch," said the bank\'s chief executive, Ruth Okafor. '
        'Analyst Tom Reyes was not convinced.',
        "citation.quote-misattributed"),
    "a count inside a range of money": (
        "Since 2020, 32 surgeries have closed [1].",
        "Since 2020, 23 surgeries have closed; fees range between £15 and £50 a visit.",
        "citation.number-not-in-source"),
    "a share a change less another share would make": (
        "The margin fell from 11% to 6% despite 9% sales growth [1].",
        "Sales grew 9% last year, but the margin fell from 11% to 4%.",
        "citation.number-not-in-source"),
    "a surname swapped for another after the same first name": (
        "Her partner, Nadia Owusu, is still deciding [1].",
        "Her partner in the Paris pair, Nadia Osei, said she would decide by the summer.",
        "citation.entity-not-in-source"),
    "a change's size the source's ends say went the other way": (
        "The redesign of the scheme adds 45 homes [1].",
        "The developer's redesign cuts the scheme from 340 to 295 homes.",
        "citation.number-not-in-source"),
    "a rise to a level the source says was reached by a fall": (
        "Average attendance grew to 3,610 this season [1].",
        "Average attendance fell from 4,950 to 3,610 this season, the club said.",
        "citation.direction-not-in-source"),
    "a quotation given by a participle to the wrong person": (
        'The bakery will raise prices, with owner Mia Lund warning: "Small shops cannot absorb '
        'this." [1]',
        'Analyst Ole Berg said small bakeries were exposed. "Small shops cannot absorb this," '
        'he said. Owner Mia Lund confirmed the rise.',
        "citation.quote-misattributed"),
    "a rise to a level the source says fell by degree": (
        "Complaints were also rising, to 412 [1].",
        "Complaints about the service fell slightly, from 430 to 412.",
        "citation.direction-not-in-source"),
    "a rise to a level a fall reached, with the first end's time between": (
        "Crowds grew to 2,950 this season [1].",
        "Crowds fell from 3,400 in the 2019-20 season to 2,950 this season.",
        "citation.direction-not-in-source"),
    "a relative change the source's two ends do not make": (
        "Home visits grew by almost 50% between 2022 and 2024 [1].",
        "NORWICH, 21 January 2025 — Home visits rose from 9,400 in 2022 to 12,150 last year.",
        "citation.number-not-in-source"),
    "a part the source's share of the whole does not make": (
        "The trust will build 6,400 homes, around 3,200 of them for social rent [1].",
        "The trust plans to build 6,400 new homes, 70% of them for social rent.",
        "citation.number-not-in-source"),
    "a change in cents the source's amounts do not make": (
        "The auction price rose by 35 US cents a kilo [1].",
        "The average auction price rose to US$2.78 a kilogram from US$2.53.",
        "citation.number-not-in-source"),
    "an institution invented around a place the source names": (
        "A grant from the Georgia Historical Society paid for it [1].",
        "The state of Georgia paid for the restoration of the mill.",
        "citation.entity-not-in-source"),
    "an age that a difference of other figures happens to give": (
        "the depot , opened in 2009 by lorry driver tomasz wrona , 44 , now runs 48 vans [1].",
        "The depot, opened in 2009 by former lorry driver Tomasz Wrona, 55, now runs 48 vans "
        "and will add 4 more next spring.", "citation.number-not-in-source"),
    "a yearly payment times the wrong number of years": (
        "The quarry's community fund will pay out £2.5m over the permit's life [1].",
        "Its operator will pay £140,000 a year into a community fund over the 15-year permit.",
        "citation.number-not-in-source"),
    "a total shared by a count it was not": (
        "The yard will be paid about $49m a tug [1].",
        "The yard won a $245 million order to build four harbour tugs.",
        "citation.number-not-in-source"),
    "a close the other way": (
        "Shares in the ferry operator closed 4.1% higher in Oslo [1].",
        "Shares in the ferry operator ended down 4.1 per cent in Oslo on Friday.",
        "citation.direction-not-in-source"),
    "a statement given to another speaker": (
        "Councillor Rita Obi said the bridge repairs would take at least a year [1].",
        "Engineer Sam Okafor said the bridge repairs would take at least a year. Councillor "
        "Rita Obi said the council had set aside £2m.", "citation.statement-misattributed"),
    "a statement given to another speaker, attributed after it": (
        "the bridge repairs would take at least a year , rita obi said [1].",
        "\"The bridge repairs will take at least a year,\" engineer Sam Okafor said. Councillor "
        "Rita Obi said the council had set aside £2m.", "citation.statement-misattributed"),
    "the rest of a whole, wrongly worked out": (
        "About €310,000 of the organ's restoration came from parishioners [1].",
        "The organ's restoration cost €640,000. A heritage grant paid €400,000, the diocese "
        "€150,000 and parishioners gave the rest.", "citation.number-not-in-source"),
    "a count the source's list does not make": (
        "The trial enrolled 2,400 patients at hospitals in four countries [1].",
        "The trial enrolled 2,400 patients at hospitals in Estonia, Latvia and Lithuania.",
        "citation.number-not-in-source"),
    "a pair of names that are not what the claim counts": (
        "The club signed two goalkeepers in January [1].",
        "The club signed Ana Ruiz and Mia Holt in January, and a goalkeeper in March.",
        "citation.number-not-in-source"),
    "a weekday the source never names": (
        "great britain will host greece at the copper box on friday night [1].",
        "Great Britain will host Greece at the Copper Box, where they lost to Latvia "
        "earlier in the campaign.", "citation.number-not-in-source"),
    "a statement given to a speaker whose names are common words": (
        "Chief Constable Helen Brock warned that the force was training officers for other "
        "forces [1].",
        "Federation chair Rob Kitchen said morale was low. \"We are training officers for "
        "other forces,\" he said. Chief Constable Helen Brock said recruitment was strong.",
        "citation.statement-misattributed"),
    "a name owned by a place the source does not name": (
        "Manitoba's Sudbury Wolves will move to a new arena in 2028 [1].",
        "The Sudbury Wolves, who play in Ontario's junior league, will move to a new arena in "
        "2028.", "citation.entity-not-in-source"),
    "a rate per another period, wrongly worked out": (
        "A care home place now costs roughly £17,000 a year [1].",
        "The average cost of a care home place has risen to £1,400 a week.",
        "citation.number-not-in-source"),
    "a share of a whole the claim states before it, wrongly worked out": (
        "The state will hire 5,500 constables, with 40 per cent of the posts kept for women [1].",
        "The state approved the hiring of 5,500 constables, including 1,650 posts reserved for "
        "women.", "citation.number-not-in-source"),
    "a day a marker parted from its month, not the source's": (
        "The museum will show 30 of the letters from Feb. [1] 18 in its main hall [1].",
        "The museum will put 30 letters on show in an exhibition opening Feb. 8.",
        "citation.number-not-in-source"),
    "a day a week from the source's, whose weekday is dated": (
        "Drone deliveries will reach three suburbs from Monday, Aug. [1] 26, the firm said [1].",
        "The firm said drone deliveries would reach three suburbs from Monday, Aug. 19.",
        "citation.number-not-in-source"),
    "a difference named by a comparative, wrongly worked out": (
        "The ski centre stayed open 31 days longer than last season [1].",
        "The centre was open for 112 days, compared with 71 the previous season.",
        "citation.number-not-in-source"),
    "a statement given to another, named two sentences before his words": (
        "Trade body chief Nia Hale warned of a real risk of more wine than could be sold [1].",
        "Trade body chief Nia Hale said the harvest was a record. Winemaker Sam Okafor said his "
        "vineyard had picked 380 tonnes. He warned, however, of a glut. \"There is a real risk "
        "that we end up with more wine than we can sell,\" he said.",
        "citation.statement-misattributed"),
    "a statement summing up a quotation of two sentences": (
        "Chief executive Helen Drummond said the turbines had run for 67 years though built "
        "to last 40 [1].",
        "Chief executive Helen Drummond said the upgrade would cost £410m. \"The turbines have "
        "run for 67 years. They were built to last 40,\" said operations chief Alasdair Okoro.",
        "citation.statement-misattributed"),
    "a rate per another period": (
        "The biotech expects to spend about £60m a month on trials [1].",
        "The company expects to spend about £60m a year on trials until 2028.",
        "citation.number-not-in-source"),
    "a price per another unit": (
        "milk powder prices are recovering to about us$ 3,900 a kilogram [1].",
        "Whole milk powder prices are recovering to about US$3,900 a tonne.",
        "citation.number-not-in-source"),
    "an age the source gives another person": (
        "Lee Fairbrother, 32, was caught in Margate after nine days on the run [1].",
        "Fairbrother, 39, was caught in Margate. His partner, Danielle Sykes, 32, was arrested "
        "at the same address.", "citation.number-not-in-source"),
    "a role the source gives no one, giving the person another": (
        "Chief executive Laura Benavides said demand was growing fast [1].",
        "Laura Benavides, the utility's chief operating officer, said demand was growing at its "
        "fastest in 40 years.", "citation.role-misattributed"),
    "a precise figure hedged, with its digits swapped": (
        "The council issued about 389,000 parking notices [1].",
        "The council issued about 398,000 infringement notices in 2023-24.",
        "citation.number-not-in-source"),
    "a change worked out the other way from two dated figures": (
        "The paper's circulation dropped by 2,400 copies between 1995 and 2001 [1].",
        "The paper's circulation was 18,900 in 1995 and peaked at 21,300 in 2001, before "
        "falling to 6,150 in 2019.", "citation.number-not-in-source"),
    "an age the source gives another, written before the names": (
        "The cub was born to seven-year-old first-time mother Kirana [1].",
        "The cub was born to nine-year-old mother Kirana and seven-year-old father Bayu.",
        "citation.number-not-in-source"),
    "a year another length of years on": (
        "The rider's four-year ban runs from April 2023 to April 2028 [1].",
        "The four-year ban on the rider runs from 14 April 2023, the date of his suspension.",
        "citation.number-not-in-source"),
    "a change against last season the other way": (
        "The opening milk price is 25 cents lower than last season's final price [1].",
        "The co-operative has lifted its opening milk price to $8.90 a kilogram, up 25 cents "
        "on its final price last year.", "citation.direction-not-in-source"),
    "a quotation given to another, whose surname is a word too": (
        'The rower retired, with coach Helen Marsh saying "the scans don\'t lie" [1].',
        "Rower Tom Askew has retired. Askew, who won gold at two Games, told reporters the "
        "injury had decided it. \"I loved every season, but the scans don't lie,\" he said.",
        "citation.quote-misattributed"),
    "a month the source never names, naming others": (
        "denver home prices fell 3.1 % in september from a year earlier [1].",
        "Median home prices in Denver fell 3.1 per cent in October from a year earlier, after "
        "rising in July.", "citation.number-not-in-source"),
    "a span of years the source does not give": (
        "The maker is recalling 412,000 pickups from the 2019-23 model years [1].",
        "The maker is recalling 412,000 pickups. The recall covers 2021 to 2023 Ranger models.",
        "citation.number-not-in-source"),
    "two years before a year the source names": (
        "The charity placed 212 children in 2023, 48 more than in 2021 [1].",
        "The charity placed 212 children in 2023, up from 164 the year before.",
        "citation.number-not-in-source"),
    "a rank a marker parted from its No., the source does not give": (
        "Chicago made defenseman Owen Lachance the No. [1] 2 pick in the draft [1].",
        "The Chicago Blackhawks took defenseman Owen Lachance with the first pick in the "
        "draft.", "citation.number-not-in-source"),
    "a demonym before a name, another country": (
        "A Belgian Lakeland terrier was named reserve best in show [1].",
        "Reserve best in show went to a Lakeland terrier from the Netherlands.",
        "citation.entity-not-in-source"),
    "a total the claim makes of two it states, wrongly": (
        "The cathedral will take eight girls beside its 18 boys, to make a choir of 28 [1].",
        "The cathedral will admit eight girl choristers in September. They will sing alongside "
        "the 18 boys already in the choir.", "citation.number-not-in-source"),
    "a weight of another unit": ("The largest nugget weighed 31 grams [1].",
                                 "The largest nugget weighed 31 kilograms, the smallest 4 grams.",
                                 "citation.number-not-in-source"),
    "a multiple for a measurement": (
        "Its sensors spot cracks as small as 2 millimetres [1].",
        "Its sensors spot cracks as small as 2 centimetres, and the firm will double its "
        "staff by next year.", "citation.number-not-in-source"),
    "an amount of money for a weight": (
        "The bakery sold 600 pounds of bread for the shelter [1].",
        "The bakery raised £600 for the shelter by selling bread on Saturday.",
        "citation.number-not-in-source"),
    "a sum of what two named givers gave, wrongly": (
        "The lifeboat station got $680,000 from the state and a local trust [1].",
        "The lifeboat station received $400,000 from the state lottery fund and $240,000 from "
        "the Harbour Trust.", "citation.number-not-in-source"),
    "a level and an overrun that do not make it": (
        "The bridge repair cost €4.6m against a budget of €3.2m [1].",
        "The repair of the Quay Street bridge was budgeted at €3.2 million. It finished "
        "€900,000 over budget in March.", "citation.number-not-in-source"),
    "a count after an age range that the source lacks": (
        "The swimming lessons are for children aged five to 11 in 16 village schools [1].",
        "The county offers free swimming lessons to pupils aged 5 to 11 at its 14 village "
        "schools.", "citation.number-not-in-source"),
    "a team's name with its last word swapped": (
        "The Kelso Otters beat the visitors 4-2 [1].",
        "The Kelso Pelicans beat the visitors 4-2 on Saturday in front of 1,200 fans.",
        "citation.entity-not-in-source"),
    "a total made of counts of different things": (
        "Two nurses treated 68 patients at the festival [1].",
        "Two nurses from three hospitals treated 58 patients from seven towns at the festival.",
        "citation.number-not-in-source"),
    "an ordinal day of a month the source does not name": (
        "The ferry ran aground in March 2019, off Skye on the 19th [1].",
        "The ferry ran aground off Skye on 9 March 2019. Nobody was hurt.",
        "citation.number-not-in-source"),
    "rand the source does not state": (
        "The clinic opened in 2011 with R41m from the province [1].",
        "The clinic was opened in 2011 with a grant of R14 million from the provincial "
        "health department.", "citation.number-not-in-source"),
    "a surname swapped after a title and first name": (
        "Sentence was passed by Recorder Mary Holt [1].",
        "Recorder Mary Holloway passed sentence at the crown court.",
        "citation.entity-not-in-source"),
    "a place with a compass word the source gives to another name": (
        "The polder lies in the province of North Brabant [1].",
        "The polder lies in the province of Brabant, 40 km from the North Sea coast.",
        "citation.entity-not-in-source"),
    "an earlier price read as no rate": (
        "Cocoa rose to $6,200 a tonne from $3,100 a year earlier [1].",
        "Cocoa for grade 2 beans rose to $6,200 a tonne, against $3,400 a year earlier.",
        "citation.number-not-in-source"),
    "words given to the wrong winner, who told the audience": (
        'Best actor went to Tomas Riegel, who told the audience he was "still shaking like a '
        'leaf" [1].',
        "Best actor went to Tomas Riegel. Marta Kowal, 71, who won best actress for her first "
        'stage role in 30 years, said: "I am still shaking like a leaf, and I intend to enjoy '
        'it."',
        "citation.quote-misattributed"),
    "a part of a share and a whole that the share does not make": (
        "The lottery raised £8.2m, with 40% — about £4.1m — going to sport [1].",
        "The lottery raised £8.2 million last year. Under its rules 40% of the money goes to "
        "sport and the rest to the arts.", "citation.number-not-in-source"),
    "a start an end and a change do not make": (
        "The deal lifts the hourly rate from £11.50 to £14 [1].",
        "The deal raises the hourly rate by 12%, to £14, from April.",
        "citation.number-not-in-source"),
    "the other side's share, wrongly": (
        "Members of the Ironworkers' Guild will hold 40% of the merged union [1].",
        "The Ironworkers' Guild and the Foundry Union will merge. Foundry Union members will "
        "hold 55% of the merged union's seats.", "citation.number-not-in-source"),
    "one for every N two counts do not make": (
        "The hospital has about one nurse for every six patients [1].",
        "The hospital employs 310 nurses for its 1,250 patients.",
        "citation.number-not-in-source"),
    "counts by a noun of another number": (
        "Wardens ringed 10 chicks at the lake [1].",
        "Wardens ringed an adult pair and a dozen chicks at the lake this week.",
        "citation.number-not-in-source"),
    "a multiple the source gives its level otherwise": (
        "Night-bus journeys tripled to 96,000 last year [1].",
        "Night-bus journeys doubled last year, from 48,000 to 96,000, the operator said.",
        "citation.number-not-in-source"),
    "a multiple the source says otherwise of the same thing": (
        "The scheme has doubled the yearly number of trees planted [1].",
        "The scheme has tripled the yearly number of trees planted, the council said. It "
        "also plans doubling the watering budget.",
        "citation.number-not-in-source"),
    "a measurement not made of a time of day": (
        "Growers averaged 2.9 litres of syrup a tap, up from 4.1 [1].",
        "Good morning, it's seven o'clock. Growers collected an average of 4.1 pounds of "
        "syrup per tap, up from 2.9 pounds last season.",
        "citation.number-not-in-source"),
    "a rate per head per another period": (
        "The city will charge visitors ¥2,000 per person per week [1].",
        "From April the city will charge ¥2,000 per person per night, up from ¥500; it "
        "expects 31,000 visitors a week.",
        "citation.number-not-in-source"),
    "another part of a place": (
        "The new dam in eastern Zambia is 60% built [1].",
        "The new dam in western Zambia is 60% built, officials said.",
        "citation.entity-not-in-source"),
    "an age at death two dates do not make": (
        "The bowler died aged 78 [1].",
        "Arthur Pickering (14 May 1921 – 2 November 1998) was an English cricketer.",
        "citation.number-not-in-source"),
    "a journey time two times of day do not make": (
        "The night train takes 12 hours and 35 minutes [1].",
        "The train will leave at 21:40 and arrive at 11:15 the following morning.",
        "citation.number-not-in-source"),
    "a count the claim's own list does not make": (
        "The trust bought the reserve in three stages, 160 hectares in 1982 and the remaining "
        "260 in 1999 [1].",
        "The trust bought the first 160 hectares in 1982 and the remaining 260 hectares in "
        "1999.", "citation.number-not-in-source"),
    "a vote's share its sides do not make": (
        "Staff voted about 60% in favour of the deal [1].",
        "Members voted by 2,148 to 642 to accept the deal.",
        "citation.number-not-in-source"),
    "a total the parts the claim lists do not make": (
        "The museum returned 33 objects — 27 bronze figures and four masks [1].",
        "The museum handed over 27 bronze figures and four wooden masks to Benin.",
        "citation.number-not-in-source"),
    "months two dates do not make": (
        "The pass will shut for nine months [1].",
        "The pass will close from May 1 through October 31.",
        "citation.number-not-in-source"),
    "a margin a score's points do not make": (
        "Kralj won with 268.7 points, 9.4 ahead of Aasen [1].",
        "Kralj jumped 134.5 metres for 268.7 points. Aasen finished second with 261.3 points.",
        "citation.number-not-in-source"),
    "an age of a group the source does not give": (
        "Uptake edged up among two- and four-year-olds [1].",
        "For children aged two and three, uptake rose slightly to 44.6 per cent.",
        "citation.number-not-in-source"),
    "a count two joined counts do not make": (
        "All 91 people aboard were saved [1].",
        "All 58 passengers and 31 crew were rescued by the lifeboat.",
        "citation.number-not-in-source"),
    "a loss two levels do not make": (
        "The orchard lost 450 trees when the river flooded [1].",
        "The orchard was planted in 1990 with 1,200 trees. Floods hit the valley in the spring. "
        "After the river burst its banks, 850 trees were left standing.",
        "citation.number-not-in-source"),
    "an altered quotation": ('The minister said "we will never raise fares again" [1].',
                             'The minister said: "We have no plans to raise fares this year."',
                             "citation.quote-not-in-source"),
    "a margin a score does not make": (
        "Leinster beat Munster by 15 points in the derby [1].",
        "Leinster's 33-20 win over Munster at the RDS lifted them to second.",
        "citation.number-not-in-source"),
    "a journey shortened by more than two lengths differ": (
        "The new ferries have cut the crossing by 30 minutes [1].",
        "The old ferries took 2 hours 10 minutes to cross, and the new catamarans take "
        "1 hour 45 minutes.",
        "citation.number-not-in-source"),
    "a time faster by what two times on a clock do not differ": (
        "Her 2:08:47 in Rotterdam was 83 seconds quicker than her debut [1].",
        "She made her debut in Seoul in 2:10:00. In 2025 she ran 2:08:47 in Rotterdam.",
        "citation.number-not-in-source"),
    "a difference in seconds that things of another kind make": (
        "Crews reached the village 15 seconds faster than last year [1].",
        "Crews climbed to 14 towers in the drill at 8:30 a.m. The average response was 7 "
        "minutes 40 seconds, 50 seconds faster than last year.",
        "citation.number-not-in-source"),
    "a difference in a currency's hundredths that the prices do not make": (
        "A loaf now costs 60 centimes more than in spring [1].",
        "A standard loaf costs 3.20 francs, up from 2.80 francs in spring.",
        "citation.number-not-in-source"),
    "minutes shaved off that the times do not make": (
        "The bypass will shave 15 minutes off the commute [1].",
        "The bypass is expected to cut the commute from 47 minutes to 35 minutes.",
        "citation.number-not-in-source"),
    "a change between two named sides that the figures do not make": (
        "The stadium's final cost was about 40% above the original budget [1].",
        "The council approved an original budget of £80 million for the stadium in 2019. The "
        "final cost of the stadium came to £104 million.",
        "citation.number-not-in-source"),
    "a share of a stated whole that the part does not make": (
        "The airline employs 600 pilots, one in 15 of whom is a woman [1].",
        "The regional airline now employs 600 pilots. It counts 24 female pilots, up from 9 in "
        "2015.",
        "citation.number-not-in-source"),
    "a sum brought to a level the parts do not make": (
        "The storm damaged 140 homes on Tuesday, bringing the number damaged since the weekend "
        "to about 500 [1].",
        "Tuesday's storm damaged 140 homes. Officials said 260 had been damaged in the weekend's "
        "storms.",
        "citation.number-not-in-source"),
    "a difference two ages do not make": (
        "The bride is six years older than the groom [1].",
        "The 34-year-old bride, Ana Ruiz, married 30-year-old Tomas Vidal in Seville.",
        "citation.number-not-in-source"),
    "more seats lost than the source's": (
        "The Farmers' Union lost six seats and its majority [1].",
        "The Farmers' Union won 21 of the 45 seats, down from 25, and lost its majority.",
        "citation.number-not-in-source"),
    "more years than two years are apart": (
        "Small firms get five more years than large firms to comply with the rules [1].",
        "Large firms must comply with the new rules by 2027. Small firms will have until 2030 to "
        "comply with the rules.",
        "citation.number-not-in-source"),
    "a yearly payment over a life that the total does not make": (
        "The operator pledged £2.8m to a heritage fund over the dam's 30-year life [1].",
        "The operator will pay £80,000 a year into a heritage fund for the 30-year life of the "
        "dam.",
        "citation.number-not-in-source"),
    "a difference of two rates that the figures do not make": (
        "The new pumps must move 1,400 litres per second more than the old ones [1].",
        "The new pumps will move 3,400 litres per second, compared with 2,200 for the old ones.",
        "citation.number-not-in-source"),
    "a sentence shorter than sought by more than the lengths differ": (
        "She was jailed for four years and three months, 23 months less than prosecutors "
        "had sought [1].",
        "A judge sentenced the former treasurer to four years and three months in prison on "
        "Friday. The court heard she had taken the money from a children's charity. "
        "Prosecutors had asked for six years.",
        "citation.number-not-in-source"),
    "the beaten side as the winner": (
        "Helix Five beat Team Korvan 3-2 to win the Baltic Masters final [1].",
        "Team Korvan won the Baltic Masters final on Sunday, beating Helix Five 3-2.",
        "citation.outcome-not-in-source"),
    "a difference of two named figures that they do not make": (
        "The new stadium's capacity exceeds the old ground's by 14,500 seats [1].",
        "The new stadium will hold 41,000 spectators when it opens in August. Building work "
        "began in 2021 and cost 310 million euros. The old ground, demolished in 2019, held "
        "28,500.",
        "citation.number-not-in-source"),
    "a change of what the source measures beside both sides that they do not make": (
        "The reservoir's surface area has shrunk by more than half [1].",
        "In 1995 the reservoir covered a surface area of 42 square kilometres. Satellite "
        "images taken this spring show its surface area is now 26 square kilometres.",
        "citation.number-not-in-source"),
    "each of a count stated before, a total it does not make": (
        "The board handed out 450 defibrillators to its new pharmacies [1].",
        "The health board has opened 36 new community pharmacies this year. Most are in rural "
        "districts. Each was given 15 defibrillators by the board.",
        "citation.number-not-in-source"),
    "a fraction of a whole that the part does not make": (
        "A charity grant covered about two-fifths of the roof repair [1].",
        "The roof repair cost £1.5 million, of which a charity grant paid £480,000.",
        "citation.number-not-in-source"),
    "a fraction of two named figures that they do not make": (
        "Last year's catch was less than a tenth of the 1990 peak [1].",
        "At its peak in 1990 the fleet landed 48,000 tonnes of cod. The fleet shrank after "
        "quotas were cut. Last year it landed 10,500 tonnes of catch.",
        "citation.number-not-in-source"),
    "a fraction of a whole whose sentence gives another part": (
        "About half of the surveyed farms had lost hedgerows [1].",
        "A survey of 240 farms found that 178 had lost hedgerows since 2000.",
        "citation.number-not-in-source"),
    "a count of terms the source does not give": (
        "The three-term governor lost the runoff [1].",
        "Governor Ilse Brandt, who had served two four-year terms, lost the runoff.",
        "citation.number-not-in-source"),
    "a share in fives the source's share is not": (
        "Four in five of the new jobs were temporary [1].",
        "Of the new jobs, 41% were temporary contracts, the institute said.",
        "citation.number-not-in-source"),
    "a year a source's length of years does not reach": (
        "She led the choir until 2014 [1].",
        "After founding the choir in 1987, she led it for 24 years.",
        "citation.number-not-in-source"),
    "a mean a total and a count do not make": (
        "Crews spent an average of about 60 hours on each incident [1].",
        "The crews were called out 160 times last year and spent a combined 7,200 hours on "
        "incidents.",
        "citation.number-not-in-source"),
    "a measurement in another dimension": (
        "Some 45,000 tonnes of rock and earth buried the road [1].",
        "An estimated 45,000 cubic metres of rock and earth slid onto the road.",
        "citation.number-not-in-source"),
    "a level reached climbing that the source reached falling": (
        "Season-ticket sales kept climbing, reaching 18,500 this year, with renewals also "
        "climbing to 14,200 [1].",
        "Season-ticket sales rose to 18,500 this year, though renewals fell to 14,200.",
        "citation.direction-not-in-source"),
    "a majority of votes the tally does not make": (
        "The bill passed by a majority of 68 votes [1].",
        "MPs passed the bill by 301 votes to 243 on Tuesday.",
        "citation.number-not-in-source"),
    "over a budget by more than the figures differ": (
        "The bridge opened £16m over its original budget [1].",
        "The bridge cost £62 million, against an original budget of £48 million.",
        "citation.number-not-in-source"),
    "a fraction of it that the part named after the pronoun does not make": (
        "The £900,000 refit, about half of it paid by a lottery grant, is finished [1].",
        "The refit of the lido cost £900,000. Volunteers raised £120,000 at summer events. A "
        "lottery grant paid £310,000.",
        "citation.number-not-in-source"),
    "a mean per game the total and count do not make": (
        "Tomlin averaged about 3.1 tries a game over his career [1].",
        "Tomlin scored 361 tries in 150 games for the club between 1971 and 1984.",
        "citation.number-not-in-source"),
    "a level a change of the claim's other figure does not reach": (
        "The reserve would grow to about 3,450 hectares once a 600-hectare farm is added [1].",
        "The reserve covers 2,550 hectares of fen. Last year the trust bought a neighbouring "
        "600-hectare farm, which will be added to the reserve.",
        "citation.number-not-in-source"),
    "a winning margin the times in tenths do not make": (
        "Pardo won the 10km by 4.4 seconds from Rowe [1].",
        "Results, women's 10km: 1. Ines Pardo 31:12.6; 2. Lea Rowe 31:16.0; 3. Mia Soto "
        "31:40.2.",
        "citation.number-not-in-source"),
    "a rate for each times the claim's own count, another total": (
        "Nine people died, and the board has promised Rs 1.65 crore to their families in "
        "all [1].",
        "Nine people died when the footbridge collapsed on Sunday. It had been inspected in "
        "March. Engineers blamed corroded cables. Divers searched the river overnight. The "
        "board announced payments of Rs 15 lakh for the family of each victim.",
        "citation.number-not-in-source"),
    "a figure that only a rate for each times itself would make": (
        "The class has four frigates, each capable of 32 knots [1].",
        "The class comprises four frigates. Each vessel carries one helicopter and a crew of "
        "110. Their top speed is 29 knots.",
        "citation.number-not-in-source"),
    "a range of which the source gives one end": (
        "Owners will be paid between 100 and 250 rupees a bird [1].",
        "Farmers will be compensated at ₹200 for each bird older than two months and ₹100 for "
        "younger birds.",
        "citation.number-not-in-source"),
    "a figure set beside another name than the source's": (
        "Turnout was highest in the Kelham ward, at 71% [1].",
        "Turnout was highest in the Ashby ward, at 71%, while the Kelham ward recorded 48%.",
        "citation.figure-of-another-name"),
    "a measurement in a hyphenated unit that the source's is not": (
        "The 1,650 sq km iceberg broke off in January [1].",
        "A 1,550-square-kilometre iceberg has broken away from the ice shelf.",
        "citation.number-not-in-source"),
    "a part of a sum of money that neither share makes": (
        "The $4.2m dune project is done, with the county paying about $2.2m [1].",
        "A 4.2 million dollar project to rebuild the dunes was completed on Friday. About 60 "
        "per cent of the cost was paid by the state and the rest by the county.",
        "citation.number-not-in-source"),
    "a sum of what two things gave that the parts do not make": (
        "The plant is backed by €960m in public grants and loans [1].",
        "The regional government is contributing 310 million euros in grants, and a further "
        "600 million euros comes as a loan from the state development bank.",
        "citation.number-not-in-source"),
    "a measurement right before a share that the whole does not make": (
        "In 2023 algae covered 430 hectares, more than a fifth of the lake's area [1].",
        "The lake covers about 5,200 hectares. In 2023 a bloom of algae spread over 430 "
        "hectares of its northern bay.",
        "citation.number-not-in-source"),
    "a yearly rate over the years its sentence spans, another total": (
        "The dune retreated by roughly 48 metres between 1998 and 2022 [1].",
        "Surveys show the dune retreated by an average of 1.5 metres a year between 1998 and "
        "2022, mainly because of winter storms.",
        "citation.number-not-in-source"),
    "a share of the claim's earlier whole that no part in its unit makes": (
        "Wool exports reached 18,400 tonnes, with China taking nearly half of the volume [1].",
        "Wool exports reached 18,400 tonnes last year, up from 16,900 tonnes. China took 5,800 "
        "tonnes, while Italy bought 2,100 tonnes.",
        "citation.number-not-in-source"),
    "a count the source gives to another thing, counting the claim's otherwise": (
        "The hospice's volunteers ran 64 fundraising events last year [1].",
        "The Ashgrove hospice relies on 64 volunteer drivers and shop staff. Last year they "
        "ran 23 events, from a sponsored walk to a quiz night, raising £210,000.",
        "citation.count-of-another-thing"),
    "a count moved to the next thing its source lists": (
        "The new library wing holds 18 classrooms [1].",
        "The new wing of the Dunmore library has 18 computers, 6 classrooms and a cafe.",
        "citation.count-of-another-thing"),
    "a relative change that a change's size and end do not make": (
        "The ferry fare will rise by €3 to €18, an increase of 25% [1].",
        "The island ferry company will raise the adult fare by €3 from March, taking it to "
        "€18.",
        "citation.number-not-in-source"),
    "a sum that two amounts added with plus do not make": (
        "The winning crew took home $48,000 [1].",
        "The winning crew received $40,000 in prize money plus a $5,000 bonus for the course "
        "record.",
        "citation.number-not-in-source"),
    "a part that the source's fraction of a figure does not make": (
        "About 800 of the festival's volunteers were students [1].",
        "The festival relied on some 1,200 volunteers, roughly half of them students from "
        "the city's two universities.",
        "citation.number-not-in-source"),
    "a share said alone that the named part does not make": (
        "Salmon exports reached 90,000 tonnes, with France buying almost two-fifths [1].",
        "Salmon exports hit 90,000 tonnes last year. France was again the biggest buyer, "
        "taking 28,500 tonnes.",
        "citation.number-not-in-source"),
    "a change by a fraction in words the source's change is not": (
        "The barley crop shrank by about a third [1].",
        "The barley harvest came to 4.1 million tonnes, down 21 percent on last year.",
        "citation.number-not-in-source"),
    "a vote's tally that the source gives to the other way, the thing named otherwise": (
        "The licensing panel voted 5-2 to grant the bar's late-night licence [1].",
        "The licensing panel voted 5-2 to refuse the application for late opening at the "
        "Anchor bar.",
        "citation.outcome-not-in-source"),
    "a motion backed where the source says it was defeated": (
        "The board backed the amendment on reserve funds [1].",
        "The amendment on reserve funds was defeated by seven votes to three.",
        "citation.outcome-not-in-source"),
    "a merger backed where the source says shareholders voted against it": (
        "Members of the Tarrow building society backed the merger with Wexford Mutual [1].",
        "Members of the Tarrow building society voted against the merger with Wexford "
        "Mutual at a special meeting on Monday.",
        "citation.outcome-not-in-source"),
    "a thing put in another place the source names": (
        "The carmaker will build its battery plant in Essling [1].",
        "The carmaker has its head office in Essling. It will build its battery plant in "
        "Marden, the company said, because of the town's rail links.",
        "citation.place-misattributed"),
    "a lower-cased claim that moves an event to another named place": (
        "the summit will be held in kessford in may [1].",
        "Kessford hosted last year's talks. This year the summit will be held in the port "
        "city of Varno in May.",
        "citation.place-misattributed"),
    "a year the source's following year is not": (
        "The liner was broken up in 1960 [1].",
        "She made her last crossing in 1958 and was broken up the following year.",
        "citation.number-not-in-source"),
    "a length between two times of day that they do not make": (
        "The blackout lasted about eleven hours [1].",
        "Power failed at 8:20 am and was restored across the district at 5:50 pm.",
        "citation.number-not-in-source"),
    "an office the source gives the person another of": (
        "The bill was introduced by state representative Lydia Marsh [1].",
        "State Senator Lydia Marsh introduced the bill on Tuesday.",
        "citation.role-misattributed"),
    "a post the source gives the person another of, in a union": (
        "Managing director Colm Reilly welcomed the order [1].",
        "The order was welcomed by union convenor Colm Reilly and by the yard's managing "
        "director, Aoife Byrne.",
        "citation.role-misattributed"),
    "a change the source gives the other way, its verb's object long": (
        "Reported cases of damp and mould in the association's homes rose by 36 per cent [1].",
        "The association has cut the number of its homes with reported damp and mould by 36 "
        "per cent over the past year.",
        "citation.direction-not-in-source"),
    "a person the claim says was convicted, the source acquits by role": (
        "A jury has convicted former harbour master Colm Duffy of theft [1].",
        "A jury on Tuesday acquitted a former harbour master of stealing fuel from the port "
        "authority. Colm Duffy, 58, had denied the charge.",
        "citation.outcome-not-in-source"),
    "a change's start that the source's multiple does not make": (
        "The new wing raised the ward's capacity from 90 to 180 beds [1].",
        "The new wing, opened in May, tripled the ward's capacity to 180 beds.",
        "citation.number-not-in-source"),
    "a share that the part's source sentence does not make": (
        "The village had 410 residents in 2021, about half of its 1950 population [1].",
        "The 2021 census counted 410 residents, compared with 1,620 in 1950.",
        "citation.number-not-in-source"),
    "a length in months that two days of two sentences in a row do not make": (
        "The outbreak lasted nearly eight months [1].",
        "The first case was confirmed on 9 March 2019. Officials declared the outbreak over on "
        "28 July 2019, after six weeks without a new case.",
        "citation.number-not-in-source"),
    "a year the source gives another, in the claim's own words": (
        "The mill was listed as a heritage building in 1988 [1].",
        "The mill, which closed in 1988, was listed as a heritage building in 1975 and "
        "reopened as a museum in 2004.", "citation.number-not-in-source"),
    "a figure of the source set after words it says with another figure": (
        "the hospice 's night service answered 2,300 calls last year [1].",
        "The hospice's night service answered 4,150 calls last year, 2,300 of them from "
        "carers rather than patients.", "citation.number-not-in-source"),
    "a measurement the source gives another value in the claim's words": (
        "Forecasters expect the lake to crest at about 3.1 metres on Sunday [1].",
        "Forecasters expect the lake to crest at about 3.6 metres on Sunday; it reached 3.1 "
        "metres in the 2019 floods.", "citation.number-not-in-source"),
    "a figure of the source set before words it says with another figure": (
        "Inspectors found 38 hives infected with foulbrood across the district [1].",
        "Inspectors checked 212 hives across the district. They found 9 hives infected with "
        "foulbrood, and 38 hives had to be requeened.", "citation.number-not-in-source"),
    "a difference off by one of the source's": (
        "The orchard show drew 31 growers this year, a fall of 13 on last year [1].",
        "This year 31 growers entered the orchard show, against 45 last year. Judges came from "
        "17 villages.", "citation.number-not-in-source"),
    "a total its part and the source's other part do not make": (
        "The transport museum owns 25 carriages, nine of them horse-drawn [1].",
        "The museum's collection includes nine horse-drawn carriages and 14 motor cars.",
        "citation.number-not-in-source"),
    "a vote against what the source's same vote approved": (
        "The regional assembly voted 31-20 against the tram extension [1].",
        "The regional assembly voted 31-20 to approve the tram extension on Tuesday.",
        "citation.outcome-not-in-source"),
    "a vote to do what the source's same vote rejected": (
        "Governors voted 8-5 to close the sixth form [1].",
        "Governors rejected a proposal to close the sixth form, voting 8-5 against it.",
        "citation.outcome-not-in-source"),
    "a figure against the usual level, the other way from the source's": (
        "Night-time lows averaged 11.2C, 1.4 degrees below normal [1].",
        "Night-time lows averaged 11.2C over the month, 1.4 degrees above normal, the "
        "observatory said.", "citation.direction-not-in-source"),
    "a measure of energy whose unit ends with a unit of time, in another scale": (
        "The pumps now use 4.1 megawatt-hours a year [1].",
        "The pumps now use 4.1 gigawatt-hours a year, down from 6.3.",
        "citation.number-not-in-source"),
    "a figure under budget the source gives as more than budgeted": (
        "The pier repairs came in 420,000 euros under budget [1].",
        "The pier repairs cost 3.9 million euros, 420,000 euros more than budgeted.",
        "citation.direction-not-in-source"),
    "a statement the source gives another, in a sentence that goes on to other facts": (
        "Harbourmaster Ewan Reid described the breakwater as a wall that buys the village "
        "fifty years, as work finished on the £4.2 million scheme after 14 months [1].",
        "Work on the £4.2 million breakwater finished after 14 months. Engineer Sara Holt "
        "said: 'This breakwater is a wall that buys the village fifty years.' Harbourmaster "
        "Ewan Reid thanked the contractors.", "citation.statement-misattributed"),
    "a sentence the source says of another named subject": (
        "Ingrid Solheim set a course record of 2 hours 31 minutes on the fell race [1].",
        "Marit Berg set a course record of 2 hours 31 minutes on the fell race on Sunday, "
        "finishing nine minutes ahead of Ingrid Solheim.",
        "citation.subject-misattributed"),
    "a full name the source gives a relative of the claim's person": (
        "Tomas Reyes, 52, founded the bakery on Calle Mayor in 1998 [1].",
        "Elena Reyes, 52, founded the bakery on Calle Mayor in 1998. Her brother Tomas Reyes "
        "joined in 2004.",
        "citation.subject-misattributed"),
    "a club the source has between the same words": (
        "Thirty volunteers from Kelso Rotary Club repainted the lifeboat station in May [1].",
        "Thirty volunteers from Duns Rotary Club repainted the lifeboat station in May. Kelso "
        "Rotary Club paid for the paint.",
        "citation.subject-misattributed"),
    "a change whose ends the source gives the other way round": (
        "Stall rents at the market rose to £1,180 from £640 a year [1].",
        "Stall rents at the market have been cut to £640 a year, down from £1,180, to win "
        "back traders.",
        "citation.change-reversed"),
    "an outcome the other way in the same year": (
        "Ruth Anand lost the council seat by 411 votes in 2017 [1].",
        "Ruth Anand won the council seat in 2017 by 411 votes.",
        "citation.outcome-not-in-source"),
    "a place a thing comes from that the source gives as another": (
        "The 40 tonnes of granite for the repair came by barge from Penrock [1].",
        "Penrock quarry closed in 1962. The 40 tonnes of granite for the repair came by barge "
        "from Tregarth.",
        "citation.place-misattributed"),
    "a sum of two amounts the claim names each, worked out wrong": (
        "The pool reopened after a £8.4 million restoration, with heritage fund and borough "
        "grants providing £7.9 million [1].",
        "The pool reopened after a £8.4 million restoration. The project received £4.9 million "
        "from the Heritage Fund and £2 million from the borough council.",
        "citation.number-not-in-source"),
    "a contest the source tells with a gerund, the other way round": (
        "Kelso Rovers beat Dunbar Athletic 21-14 to take third place [1].",
        "Dunbar Athletic took third place by beating Kelso Rovers 21-14 on Sunday.",
        "citation.outcome-not-in-source"),
    "a post the source gives the person's occupation instead, after their name": (
        "Harbour Bank chief executive Lena Voss said lower rates had brought buyers back [1].",
        "Economist Lena Voss of Harbour Bank said falling mortgage rates had brought buyers "
        "back.",
        "citation.role-misattributed"),
    "an office the source gives another office of the person": (
        "Local councillor Priya Desai called the delay deeply frustrating [1].",
        "Local MP Priya Desai called the delay 'deeply frustrating for the whole town'.",
        "citation.role-misattributed"),
    "a post the source gives another role after the name and a comma": (
        "Tidewater Metals chief executive Omar Haddad said prices would keep rising [1].",
        "'Prices will keep rising,' said Omar Haddad, senior strategist at Tidewater Metals.",
        "citation.role-misattributed"),
    "a person described by an age the source gives another person": (
        "ruth ellery was jailed for six years at carlow crown court . [1] the 34-year-old had "
        "run the charity for a decade . [1]",
        "Ruth Ellery, 52, was jailed for six years at Carlow Crown Court. She had run the "
        "charity for a decade. Her accomplice, Tom Hale, 34, was given a suspended sentence.",
        "citation.figure-of-another-name"),
    # another name of the source before an apposition ("Ingrid Solberg, 64, a retired
    # watchmaker, repaired …") or after a description ("clerk Ivo Marsh, 52,")
    "another subject before an apposition": (
        "Tomas Reyes repaired the bell tower's clock mechanism over three weekends [1].",
        "The parish has two volunteers. Ingrid Solberg, 64, a retired watchmaker, repaired the "
        "bell tower's clock mechanism over three weekends. Tomas Reyes, the churchwarden, raised "
        "the money for the parts.",
        "citation.subject-misattributed"),
    "another name after a description": (
        "The vote went ahead after Councillor Ana Ruiz checked the ballot papers [1].",
        "The vote went ahead after clerk Ivo Marsh, 52, checked the ballot papers twice. "
        "Councillor Ana Ruiz chaired the meeting.",
        "citation.subject-misattributed"),
    "a tokenized quotation in straight quotes given to another": (
        "' the pool will stay open all summer , ' said mr patel [1] .",
        "'The pool will stay open all summer,' said Mr Ahmed, the leisure manager. Councillor "
        "Dev Patel welcomed the news.",
        "citation.quote-misattributed"),
    # two people's names mixed into one
    "a name mixed of two people's": (
        "The orchard was planted by Henrik Dahl in 1998 [1].",
        "Henrik Strand planted the orchard in 1998. His neighbour Ingrid Dahl kept the bees.",
        "citation.entity-not-in-source"),
    # a specific noun's count moved to another thing the sentence speaks of
    "a count moved to a thing its sentence speaks of": (
        "The museum holds some 900 kites [1].",
        "Each year its kite events draw 40,000 spectators and 900 registered fliers from "
        "abroad. Its museum holds about 300 kites.",
        "citation.count-of-another-thing"),
    "a small difference the source's figures do not give": (
        "Ortiz won with 164 points, seven more than runner-up Hana Sato [1].",
        "Ortiz scored 164 points to take the title. Runner-up Hana Sato finished with 160 "
        "points.",
        "citation.number-not-in-source"),
    # a role after a single-holder head, or a councillor's portfolio, read as a role
    "another occupation after a single-holder head": (
        "The quarry's chief engineer, Ines Aalto, said the pillar had stopped moving [1].",
        "Chief geologist Ines Aalto said the pillar had stopped moving. Quarry director Piet "
        "Laine said tours would resume.",
        "citation.role-misattributed"),
    "a councillor for a portfolio made mayor": (
        "The mayor, Ruth Adebayo, said the circus licence breached the ban [1].",
        "Councillor for public safety Ruth Adebayo said the circus licence breached the ban. "
        "The town has had no mayor since 2019.",
        "citation.role-misattributed"),
    "an outcome reversed past two figures": (
        "Voters rejected a £60 million, 9-kilometre busway to the airport [1].",
        "Voters in the borough approved a 9-kilometre busway to the airport in a referendum on "
        "Thursday. The £60 million line will open in 2028.",
        "citation.outcome-not-in-source"),
    # a claim opening with a pronoun, read as the person the claim before opens with (or,
    # after another pronoun, the one other person it names)
    "a statement after a pronoun given to another": (
        "Warden Ellen Voss closed the reserve's north trail after the storm [1]. She said the "
        "boardwalk would take a month to rebuild [1].",
        "Warden Ellen Voss closed the reserve's north trail after the storm. Volunteer leader "
        "Rob Tiernan said the boardwalk would take a month to rebuild.",
        "citation.statement-misattributed"),
    "a deed after another pronoun given to another": (
        "Ana Weiss has led Harlow council since 2019 [1]. She won the seat from the Liberal Tom "
        "Hurst, who had held it since 2011 [1]. He chaired the council's transport board from "
        "2015 to 2019 [1].",
        "Ana Weiss has led Harlow council since 2019. She won the seat from the Liberal Tom "
        "Hurst, who had held it since 2011. Weiss chaired the council's transport board from "
        "2015 to 2019.",
        "citation.subject-misattributed"),
    "quoted words after a pronoun given to another": (
        "rina sato opened the bakery in may . [1] she said : ` we sold out by noon on the first "
        "day ' . [1]",
        "Rina Sato opened the bakery in May. 'We sold out by noon on the first day,' said her "
        "business partner Jo Mills.",
        "citation.statement-misattributed"),
    "a quotation after a pronoun given to another": (
        "Union leader Linda Carrow backed the strike at the hospital [1]. She said: \"I can't "
        "afford to live near the hospital I work in.\" [1]",
        "Nurses at the hospital backed the strike, union leader Linda Carrow said. \"I can't "
        "afford to live near the hospital I work in,\" said Priya Nandakumar, a ward sister.",
        "citation.quote-misattributed"),
    "words of one age given to a description by another": (
        "Jonas Ek married the baker Lise Holm in Visby [1]. The 39-year-old, who runs the "
        "island's oldest bakery, wore her grandmother's veil [1].",
        "Jonas Ek, 39, married the baker Lise Holm in Visby. Holm, 41, who runs the island's "
        "oldest bakery, wore her grandmother's veil.",
        "citation.subject-misattributed"),
    "a copied phrase with another place of the source": (
        "The Varga family grazes 200 sheep near Kelso [1].",
        "Sheep farmers around Kelso lost lambs in the snow. The Varga family grazes 200 sheep "
        "near Hawick. The Linds keep 90 sheep near Kelso.",
        "citation.place-misattributed"),
    # a family relation the source gives the person otherwise
    "another family relation": (
        "the keeper 's assistant was his nephew , callum , who was 19 . [1]",
        "The keeper's assistant was his son, Callum, who was 19. His nephew Rory joined the "
        "crew a year later.",
        "citation.role-misattributed"),
    "another family relation before a description": (
        "The striker was presented with the trophy by his uncle, the former boxer Dai Evans [1].",
        "The striker was presented with the trophy by his cousin, the former boxer Dai Evans, "
        "who had driven up from Swansea.",
        "citation.role-misattributed"),
    "another family relation after the name": (
        "Martin Rowe, her uncle, taught the teenager to sail on the estuary [1].",
        "Martin Rowe, her father, taught the teenager to sail on the estuary when she was six.",
        "citation.role-misattributed"),
    # a surname that shares its first letters with the source's, but not its form
    "a surname like the source's": (
        "Ms Whitley said the pavilion would reopen in May [1].",
        "Club secretary Dora Whitlock said the pavilion would reopen in May.",
        "citation.entity-not-in-source"),
    # who did it and to whom the other way round, in the source's words
    "who did it and to whom swapped": (
        "the council sold the walled orchard to farmer tom keel in 2019 . [1]",
        "Farmer Tom Keel, 58, who sold the walled orchard to the council in 2019, still picks "
        "its apples.",
        "citation.subject-misattributed"),
    "words said of a name the source gives another age": (
        "Ben Hale fell from the climbing frame [1]. The 12-year-old suffered a fractured ankle and "
        "was airlifted to hospital [1].",
        "Ben Hale, eight, fell from the climbing frame while his cousin, Ava Hale, 12, watched. "
        "Ben suffered a fractured ankle and was airlifted to hospital.",
        "citation.subject-misattributed"),
    # a margin backs only the two sides' figures, not any figure near them
    "a runner-up's score the margin does not give": (
        "Marta Klein finished runner-up on 199 [1].",
        "Aldo Rossi won the club final with 212 points, beating Marta Klein by 15 points.",
        "citation.number-not-in-source"),
    # fewer words on each side of the figure, both standing around another value in the
    # source, which states the claim's value of something else
    "a figure between copied words": (
        "The twins, who have been rowing for 26 years, will retire in May [1].",
        "The twins, who have been rowing for 41 years, will retire in May. Their coach has "
        "worked with them for 26 years.",
        "citation.number-not-in-source"),
    "a year between copied words": (
        "It was rebuilt in 1994 by volunteers [1].",
        "The bandstand dates from 1902. It was rebuilt in 1987 by volunteers and listed in "
        "1994.",
        "citation.number-not-in-source"),
    # "the striker" is the one person an earlier claim names right after "striker"
    "a description standing for another": (
        "Defender Ola Okoro and striker Mo Adeyemi both started [1]. The striker scored twice "
        "against Harlow Athletic in the cup [1].",
        "Defender Ola Okoro and striker Mo Adeyemi both started. Okoro scored twice against "
        "Harlow Athletic in the cup.",
        "citation.subject-misattributed"),
    # the words after "the 29-year-old" said of someone described as of another age
    "an age described after another's name": (
        "Ruth Wanjiru, 29, won the race [1]. The 29-year-old ran two laps of the park in "
        "record time [1].",
        "Ruth Wanjiru, 29, won the race. Ella Park, a 35-year-old nurse from Leeds, ran two "
        "laps of the park in record time.",
        "citation.subject-misattributed"),
    # the opening name's second verb, after "and"
    "a second verb said of another": (
        "Tom Reyes, 24, led at the break and scored the decisive goal in the final minute [1].",
        "Tom Reyes, 24, led at the break. Winger Sam Okafor scored the decisive goal in the "
        "final minute.",
        "citation.subject-misattributed"),
    # the source's name before "who" and the claim's words
    "words said of another in a relative clause": (
        "Ana Ruiz opened the new riverside bakery in Leeds [1].",
        "Chairman Tom Ennis, who opened the new riverside bakery in Leeds, praised Ana Ruiz.",
        "citation.subject-misattributed"),
    # a quotation introduced by a verb's -ing form ("conceding that")
    "a quotation conceded by another": (
        "Harbour FC lost the replay, with coach Amy Dale conceding that 'the better side won "
        "on the day' [1].",
        "Harbour FC lost the replay 2-0. 'The better side won on the day,' said captain Kirsty "
        "Lomond. Coach Amy Dale left before the end.",
        "citation.quote-misattributed"),
    # a passive whose agent the source has as the one it was done to
    "a passive turned round": (
        "Kai Moss, 24, was knocked down by Leo Brandt in the third round [1].",
        "Kai Moss, 24, knocked Leo Brandt down in the third round before winning on points.",
        "citation.subject-misattributed"),
    # a thing "above" another place, after "the village of"
    "a thing above another place": (
        "The new hut stands on a ridge above Kilmory [1].",
        "The new hut stands on a ridge above the village of Drumcraig. Walkers reach it "
        "from Kilmory in two hours.",
        "citation.place-misattributed"),
    # the first of two statements joined by "and that"
    "the first of two statements given to another": (
        "Union official Omar Pike said the board had offered a modest rise and that members "
        "were angry about cuts to overtime pay [1].",
        "Members were angry about cuts to overtime pay, union official Omar Pike said. Board "
        "chair Ruth Lowe said she regretted the dispute and that the board had offered a "
        "modest rise.",
        "citation.statement-misattributed"),
    "a name ending the claim where the source has another after the same words": (
        "The stained-glass window was designed by artist Petra Lindqvist [1].",
        "The stained-glass window was designed by glazier Owen Hartley, and unveiled by "
        "bishop Petra Lindqvist in March.",
        "citation.subject-misattributed"),
    "a founder the source names as a successor": (
        "The choir, founded in 1988 by organist Dilys Pryce, now has 64 voices [1].",
        "The choir was founded in 1988 by organist Gareth Morgan, who conducted it until "
        "2010 and was succeeded by Dilys Pryce. It now has 64 voices.",
        "citation.subject-misattributed"),
    "a lower-cased claim whose closing name the source gives other words": (
        "the new stand was opened by club president tomasz nowak .  [1]",
        "The new stand was opened by club president Agata Wilk on Saturday. Former captain "
        "Tomasz Nowak cut the ribbon.",
        "citation.subject-misattributed"),
    "a total that no further amount makes": (
        "The trust will spend about €1.3 million buying and restoring the mill [1].",
        "The trust has bought the old mill for €480,000. Repairs to the wheel and roof are "
        "expected to cost an additional €620,000.",
        "citation.number-not-in-source"),
    "words a company said of itself given to a person": (
        "Owner Sunita Rao put the cinema and its car park up for auction in May [1].",
        "The Regal's owner, Sunita Rao, has run it since 2004. Odeon Leisure, which holds "
        "the lease, said it had put the cinema and its car park up for auction in May.",
        "citation.subject-misattributed"),
    "a sentence a pronoun opens given to another person": (
        "Councillor Ade Bello handed in a petition signed by 2,300 residents [1].",
        "Councillor Ade Bello backed the cuts. Opposition leader Fiona Marsh called them "
        "reckless. She handed in a petition signed by 2,300 residents.",
        "citation.subject-misattributed"),
    "an occupation the source gives another person instead": (
        "The new trail was surveyed by ecologist Nadia Fox [1].",
        "The new trail was surveyed by ranger Nadia Fox with ecologist Tom Baird, who "
        "counted 40 species of moss.",
        "citation.role-misattributed"),
    "an office the source gives the person under another name's surname": (
        "Treasurer Hugo Lind signed the accounts in May [1].",
        "Club treasurer Ines Lind signed the accounts in May. Her brother, coach Hugo "
        "Lind, stepped down.",
        "citation.role-misattributed"),
    "a first name and a surname of two people a source names": (
        "Ward councillor Annika Lindqvist opened the new bridge on Friday [1].",
        "Ward councillor Annika Holt opened the new bridge on Friday, with engineer Lars "
        "Lindqvist.",
        "citation.entity-not-in-source"),
    "a figure after six of the source's words where it has another": (
        "the raffle raised money and handed her a cheque of € 4,000 [1] .",
        "The raffle raised €9,500 for the hospice and handed her a cheque of €600 on top of "
        "the €4,000 the club gave.",
        "citation.number-not-in-source"),
    "a passive whose agent the source has on the receiving end": (
        "the steward was pushed to the ground by striker leon vaz [1] .",
        "Defender Carl Ibe pushed Leon Vaz to the ground after the final whistle. A steward "
        "separated the pair.",
        "citation.subject-misattributed"),
    "a verdict the source gives the other way with the name inside it": (
        "marek nowak , 31 , was found guilty of dangerous driving [1] .",
        "A jury at Carlow Crown Court found Marek Nowak, of Ridley Street, not guilty of "
        "dangerous driving.",
        "citation.outcome-not-in-source"),
    "a conviction the source says someone was cleared of": (
        "Tomasz Wolak was convicted of handling stolen goods [1].",
        "Tomasz Wolak was cleared of handling stolen goods after a three-day trial.",
        "citation.outcome-not-in-source"),
    "an offer accepted that the source turned down with its object inside": (
        "The drivers' union accepted the pay offer on Friday [1].",
        "The drivers' union turned the pay offer down on Friday.",
        "citation.outcome-not-in-source"),
    "a distance glued to its unit that the source gives another value": (
        "The 30km mark was passed in 1 hour 52 minutes [1].",
        "The 20km mark was passed in 1 hour 52 minutes, and the 30km race ended soon after.",
        "citation.number-not-in-source"),
    "a length the source gives in another unit beside a count of things": (
        "The wall leans 2 metres out of true [1].",
        "The wall, built by two Dutch masons, leans 2 centimetres out of true.",
        "citation.number-not-in-source"),
    "what the police said of another person than the claim's he": (
        "Bus driver Mark Hale, 52, said he had not seen the cyclist [1]. Police said he had "
        "been wearing a helmet and lights [1].",
        "Bus driver Mark Hale, 52, said he had not seen the cyclist. Police said Ivan Rusu "
        "had been wearing a helmet and lights.",
        "citation.subject-misattributed"),
    "a role the source gives the person only as its deputy": (
        "Headteacher Owen Price said 64 pupils had won places at grammar schools [1].",
        "Headteacher Mia Lund praised the staff. Deputy headteacher Owen Price said 64 "
        "pupils had won places at grammar schools.",
        "citation.role-misattributed"),
    "a vote far from its verb that the source gives the other way": (
        "Councillors approved the parish's plan for a 60-space car park and a new footpath "
        "beside the primary school on Mill Lane by seven votes to four [1].",
        "The parish's plan for a car park by the primary school was refused. The planning "
        "committee voted seven to four against the scheme.",
        "citation.outcome-not-in-source"),
    "a length of time in words after a selector that the source gives in another unit": (
        "New members will swim free for their first six months [1].",
        "The lido will let new members swim free for their first six weeks.",
        "citation.number-not-in-source"),
    "a relation before an occupation and a name that the source gives another relation": (
        "the 88-year-old was driven to the polling station by her son , paramedic dev "
        "sharma [1] .",
        "The 88-year-old was driven to the polling station by her nephew, paramedic Dev "
        "Sharma.",
        "citation.role-misattributed"),
    "a difference of ages that the source's do not make": (
        "Nadia Roux, 19, became the youngest winner, five years younger than the previous "
        "record holder [1].",
        "Nadia Roux, 19, became the youngest winner of the chess open. The previous youngest "
        "winner was 21.",
        "citation.number-not-in-source"),
    "a winner the other way round in the perfect, past asides": (
        "kuznets , the top seed , had been beaten 6-2 by latvia 's ilze berzina in the "
        "semi-final [1] .",
        "Top seed Kuznets, 29, the 2022 finalist, had beaten Latvia's Ilze Berzina 6-2 in the "
        "semi-final.",
        "citation.outcome-not-in-source"),
    "a relation to a first name the source gives with a surname": (
        "she gave the painting to her son , tomas [1] .",
        "She gave the painting to her nephew, Tomas Varga, who runs a gallery in Pécs.",
        "citation.role-misattributed"),
    "a team's name before a role and the person the source does not say it of": (
        "Harlow captain Dan Mercer scored four tries in the second half [1].",
        "Harlow captain Dan Mercer kicked three conversions. Winger Kofi Asante scored four "
        "tries in the second half.",
        "citation.subject-misattributed"),
    # the claim's place named far on in the sentence that puts the thing elsewhere, for
    # another thing
    "a place the source's sentence gives another, far from the thing": (
        "The bell was cast by the Harker foundry near Oldcastle in 1884 [1].",
        "The bell was cast in 1884 by the Harker foundry near Wetherley, and was later sold "
        "to a church in Oldcastle for 200 guineas.",
        "citation.place-misattributed"),
    # one decision, called a plan by one side and a proposal by the other
    "a proposal voted down, told as a plan approved": (
        "The parish council approved a plan to convert the old fire station into flats [1].",
        "The parish council has voted down a proposal to convert the old fire station into "
        "six flats, after 40 residents objected.",
        "citation.outcome-not-in-source"),
    "a bid rejected, told as an appeal upheld": (
        "An inspector upheld the firm's appeal to extend its gravel pit near Ashby [1].",
        "A planning inspector has rejected a bid to extend the gravel pit near Ashby into "
        "20 hectares of meadow.",
        "citation.outcome-not-in-source"),
    "a charge the source's person was cleared of": (
        "Haulier Pete Ormsby was convicted of two tachograph offences [1].",
        "A haulage boss from Wexley has been cleared of two tachograph offences after "
        "magistrates heard the records were lost. Pete Ormsby, 52, said he was relieved.",
        "citation.outcome-not-in-source"),
    # an active verb whose subject the source has it done to, by the claim's object
    "a buyer the source has bought by the one it names": (
        "Castlegate Dairies has bought its rival, Moorland Creamery [1].",
        "Castlegate Dairies has been bought by its rival, Moorland Creamery, for £12 million.",
        "citation.subject-misattributed"),
    "a winner the source has knocked out by the other": (
        "lena ortiz knocked maya chen out of the county open on tuesday [1] .",
        "Lena Ortiz was knocked out of the county open in the first round on Tuesday by the "
        "local favourite, Maya Chen.",
        "citation.subject-misattributed"),
    # a charge past who decided, against one the source's subject was accused of
    "a charge past the jury, one the source's accused was acquitted of": (
        "Driver Karl Betts, 52, was convicted by a jury at Holborough Crown Court of causing "
        "death by careless driving [1].",
        "A lorry driver accused of causing death by careless driving on the A34 has been "
        "acquitted by a jury at Holborough Crown Court. Karl Betts, 52, wept in the dock.",
        "citation.outcome-not-in-source"),
    # a one-holder role the source gives another, its person named with no role
    "a chair the source gives another, the person named with none": (
        "The allotment society, led by its chairman Ravi Shah, won the best-kept site cup [1].",
        "The allotment society won the best-kept site cup for a third year. Society chairman "
        "Tom Bell, 68, thanked the judges. Ravi Shah's marrows took first prize.",
        "citation.role-misattributed"),
    # a role the source gives another with "is", a time and a description between
    "a president the source names with 'is', after a time": (
        "Club president Nora Hale opened the new pavilion [1].",
        "Club secretary Nora Hale opened the new pavilion. The club's president this year is "
        "the retired judge Alan Crewe.",
        "citation.role-misattributed"),
    # the claim's place named in the same sentence, but for another thing
    "a place the sentence names for another thing, past the thing's own": (
        "The altarpiece was carved in Ludwick around 1510 [1].",
        "The altarpiece, carved in Antwerp around 1510 for a Ludwick guild of tanners, was "
        "sold in 1921.",
        "citation.place-misattributed"),
    # the end of a change after its amount, where the source's same words end at another
    "a change's end the source gives another figure after the same amount": (
        "Rents in Dunmere rose by 4.1 per cent to £1,150 a month [1].",
        "Rents across the region average £1,150 a month. Rents in Dunmere rose by 4.1 per "
        "cent to £1,320 a month.",
        "citation.number-not-in-source"),
    # a surname that is also a common word, opening a lower-cased claim
    "a surname that is a common word, given another's words": (
        "petrov beat leo mason 6-3 6-4 [1] . mason complained about the umpiring in the "
        "second set [1] .",
        "Top seed Ivan Petrov beat Leo Mason 6-3 6-4 on Friday. Petrov complained about the "
        "umpiring in the second set.",
        "citation.subject-misattributed"),
    # a vote's tally right after the verb, before its object
    "a tally between the verb and its object, the vote the other way": (
        "The parish council approved by six votes to three a plan to floodlight the green [1].",
        "Proposals to floodlight the village green were rejected by the parish council on "
        "Tuesday by six votes to three.",
        "citation.outcome-not-in-source"),
    # "he said" after a sentence that says no one spoke but names one person; a speaker "of"
    # a firm whose name has an ampersand
    "words of the one person the sentence before names, given to another": (
        "The painting sold for £41,000, with curator Ann Lowe saying she had nearly thrown it "
        "away with the old fence panels [1].",
        "Curator Ann Lowe of Hale & Pratt, who ran the sale, said bidding was brisk. The "
        "seller, retired builder Tom Cray, 70, found the painting in a shed. 'I nearly threw "
        "it away with the old fence panels,' he said.",
        "citation.statement-misattributed"),
    # who did it to whom the other way round, both active, the doer by age
    "an age that did it to the one who did it to them": (
        "the 38-year-old sued landlord Priya Nair over the unpaid deposit [1] .",
        "Landlord Priya Nair, 61, sued the 38-year-old tenant over the unpaid rent and the "
        "damage to the flat.",
        "citation.subject-misattributed"),
    # an age description in the source with where they are from and an aside after it
    "an age whose words the source says of another age, past an aside": (
        "Dina Ross beat Mae Kerr 3-2 in the final [1] . the 31-year-old came back from two "
        "games down to win in 70 minutes [1] .",
        "Dina Ross beat Mae Kerr, 31, 3-2 in the final. The 22-year-old from Leeds, ranked "
        "40th in the world, came back from two games down to win in 70 minutes.",
        "citation.subject-misattributed"),
    # a change's ends the other way round, the source's end a level with "up from" after it
    "a fall whose ends the source gives as a level and where it rose from": (
        "Entries to the show have fallen from 340 to 210 over a decade [1].",
        "The show now attracts 340 entries, up from 210 a decade ago.",
        "citation.change-reversed"),
    # a name inside the claim whose words the source has around a longer description and name
    "a name inside the claim, the source's a description and a name of five words": (
        "Ken Lowe lost the seat [1]. The election was called after Lowe resigned in March "
        "following a lobbying inquiry [1].",
        "Ken Lowe lost the seat by 900 votes. The election was called after former Labour MP "
        "Sarah Cotter resigned in March following a lobbying inquiry.",
        "citation.subject-misattributed"),
    # a passive after "who" that the source has the other way round in the passive too
    "who was hired by whom, the other way round": (
        "director Ana Birch , who was hired by Lewis Crane , said the season had been hard [1] .",
        "Lewis Crane was hired in 2021 by director Ana Birch, who said the season had been "
        "hard.",
        "citation.subject-misattributed"),
    # an age whose words the source says of a name of another age, after "who"
    "an age whose words the source says of another, after 'who'": (
        "director tom hale , 58 , announced the cuts [1] . the 58-year-old spent 12 years as "
        "a ward nurse [1] .",
        "Director Tom Hale, 58, announced the cuts. Union rep Jo Kerr, 44, who spent 12 years "
        "as a ward nurse, called them reckless.",
        "citation.subject-misattributed"),
    # "allowed" an appeal the source says was dismissed
    "an appeal allowed that the source says was dismissed": (
        "An inspector has allowed the firm's appeal for a solar farm at Hollins Moor, "
        "overturning the council's refusal [1].",
        "A planning inspector has dismissed an appeal by the firm for a solar farm at Hollins "
        "Moor, upholding the council's refusal.",
        "citation.outcome-not-in-source"),
    # a part of a race time is no count to work a difference out of
    "a count whose difference from another is only a part of a race time": (
        "297 of the 312 starters reached the finish [1].",
        "A total of 312 runners started, and 287 reached the finish. The record of 2:48:15 "
        "has stood since 2009.",
        "citation.number-not-in-source"),
    # a statement whose first clause is too short to tell whose it is, read on past "but"
    "a short first clause of another's words, read on past 'but'": (
        "Secretary Jan Holt said it was a sad day, but the coach deserved a fresh start "
        "elsewhere [1].",
        "'It is a sad day, but the coach deserves a fresh start elsewhere,' chairman Ken Ware "
        "said. Secretary Jan Holt thanked the fans for their support.",
        "citation.statement-misattributed"),
    # "has been cleared" by a court, the person by what they were accused of
    "a conviction the source says was an acquittal, 'cleared' in a passive": (
        "Magistrates convicted roofer Colm Deane, 51, of taking £9,000 from an elderly "
        "customer for work never done [1].",
        "A roofer accused of taking £9,000 from an elderly customer for work never done has "
        "been cleared by magistrates. Colm Deane, 51, told the court the work had been "
        "finished.",
        "citation.outcome-not-in-source"),
    "a conviction at a court the source says was an acquittal": (
        "lab technician priya nair , 33 , was convicted at holm crown court of selling test "
        "data to a rival firm [1] .",
        "A lab technician accused of selling test data to a rival firm has been acquitted at "
        "Holm Crown Court. Priya Nair, 33, had denied the charge.",
        "citation.outcome-not-in-source"),
    "an age description the source gives another, before a 'who' clause": (
        "the 47-year-old argued that the plot had been tended by her family since 1961 [1] .",
        "Ada Brannagh, 52, who presents the radio show Brannagh's Garden, argued that the plot had "
        "been tended by her family since 1961. Her neighbour Tom Bray, 47, backed her.",
        "citation.subject-misattributed"),
    # "she" after "the 31-year-old": the one person the source gives that age; "Marsh" opening
    # a source sentence is a surname there, though also a word
    "a pronoun after an age description, for what the source says of a rival": (
        "gwen price beat defending champion lyn marsh 5-3 in the quarter-final [1] . the "
        "31-year-old trailed 3-1 at the interval [1] . she hit a nine-dart finish in the "
        "second set [1] .",
        "Gwen Price beat defending champion Lyn Marsh 5-3 in the quarter-final. Price, 31, "
        "trailed 3-1 at the interval but won four sets in a row. Marsh, 44, hit a nine-dart "
        "finish in the second set.",
        "citation.subject-misattributed"),
    # a name that is also a word, which the source writes as a name inside its sentences; a
    # participle's phrase after it passed over
    "what the source says of the buyer, given to the firm bought, past 'founded in'": (
        "brewer copperkettle has agreed to buy its smaller rival lantern ales [1] . lantern , "
        "founded in derby in 1988 , has 140 pubs across the midlands [1] .",
        "Brewer Copperkettle has agreed to buy its smaller rival Lantern Ales for £40 million. "
        "Copperkettle, which is based in Leeds, has 140 pubs across the Midlands. Lantern, "
        "founded in Derby in 1988, runs 52 pubs.",
        "citation.subject-misattributed"),
    # an age the source gives in a description before another's name
    "an age description for what the source says of the attacker, the age the victim's": (
        "liam fenn punched bus driver rosa dunne at a stop in harrowgate [1] . the 47-year-old "
        "admitted assault causing actual bodily harm [1] .",
        "A 19-year-old man has been jailed for attacking a bus driver. Liam Fenn punched "
        "47-year-old driver Rosa Dunne at a stop in Harrowgate. Fenn admitted assault causing "
        "actual bodily harm.",
        "citation.subject-misattributed"),
    # "but" before the claim's age description; the age a description before another's name
    # ("28-year-old captain Cara Doyle"); "Rees", also a word, a surname in the source
    "an age description after 'but', for what the source says of the other side's captain": (
        "wales beat ireland 3-1 in the final [1] . ireland , led by 28-year-old captain cara "
        "doyle , had taken an early lead [1] . but the 28-year-old missed a penalty in the "
        "second half [1] .",
        "Wales beat Ireland 3-1 in the final. Captain Nia Rees, 33, scored twice. Ireland, led "
        "by 28-year-old captain Cara Doyle, had taken an early lead. Rees missed a penalty in "
        "the second half.",
        "citation.subject-misattributed"),
    "a small margin that a stated score and a named rival's do not make": (
        "Ivy Lund, 54, won the Marsh Trials with collie Fly, scoring 92 out of 110 to finish "
        "six points ahead of Welsh handler Rosa Kemp and her dog Bryn [1].",
        "Ivy Lund, 54, won the Marsh Trials. She and her collie Fly scored 92 points out of 110 "
        "in the final. Runner-up was Welsh handler Rosa Kemp with Bryn on 88 points.",
        "citation.number-not-in-source"),
    # who a description stands for, by the source's apposition
    "a description of the winner for what the source says the loser said": (
        "gwen tarrant beat 24-year-old ella moss 21-15 in the final [1] . the retired "
        "postmistress said her opponent 's bowling had been ` relentless ' [1] .",
        "Gwen Tarrant, a retired postmistress from Ludlow, beat 24-year-old Ella Moss 21-15 in "
        "the final. Moss said her opponent's bowling had been 'relentless'.",
        "citation.subject-misattributed"),
    # "X did this while Y did that": Y's words
    "what the source gives the one after 'while', given to the one before it": (
        "Ben Corr smashed the shop window with a hammer [1].",
        "Ben Corr kept watch in the car while Sam Hurst smashed the shop window with a hammer. "
        "Both admitted burglary.",
        "citation.subject-misattributed"),
    # the surname of a person named with where they are from
    "another surname, before where the person is from": (
        "Nell Hart finished 12 points clear of Owen Sturt of Ballarat [1].",
        "Nell Hart finished 12 points clear of Owen Stott of Ballarat.",
        "citation.entity-not-in-source"),
    # "won … against" a named side, where the source has the other beat it
    "a final won against a side the source says won it": (
        "The Harbour Hawks won the county cup final 31-28 against the Millbrook Foxes [1].",
        "Millbrook Foxes won the county cup on Sunday, beating the Harbour Hawks 31-28 in the "
        "final.",
        "citation.outcome-not-in-source"),
    # a hyphenated word that opens with a preposition ("by-election") is the thing's own
    "a by-election lost that the source says was won": (
        "Independent Rosa Vine lost the Eastgate by-election on Thursday [1].",
        "Independent Rosa Vine won the Eastgate ward by-election on Thursday with 812 votes.",
        "citation.outcome-not-in-source"),
    # an organization named after the noun of its kind, opening the claim
    "what the source says of one firm, given to a rival named after its kind": (
        "rail firm Westway Trains cut services on the Dunmore line last month [1].",
        "Rail firm Eastlink cut services on the Dunmore line last month, while rival Westway "
        "Trains added ten. Passengers complained.",
        "citation.subject-misattributed"),
    # "he" after a claim that opens with a description and the name set off by commas
    "a quotation after a described and named person, given to them as 'he'": (
        "a 58-year-old lifeboat mechanic , tom brice , was treated for hypothermia [1] . he "
        "said : ` the sea was the worst i have known in 20 years ' [1] .",
        "A 58-year-old lifeboat mechanic, Tom Brice, was treated for hypothermia. 'The sea was "
        "the worst I have known in 20 years,' said coxswain Ian Pender.",
        "citation.quote-misattributed"),
    # a vote against "it", known by its tally
    "a plan approved by a vote the source says went against it": (
        "Councillors approved the £2 million skate park by 9 votes to 4 [1].",
        "Officers had recommended the £2 million skate park, but councillors voted 9 to 4 "
        "against it.",
        "citation.outcome-not-in-source"),
    # a quotation after ", saying": the clause's subject's
    "a quotation after ', saying' given to the clause's subject, not its speaker": (
        "Rovers manager Iain Lusk praised the 19-year-old winger, who joined in June, saying "
        ": ` he has the engine of a racehorse ' [1] .",
        "Rovers won 2-0. Academy director Paula Venn said the 19-year-old had grown up fast. "
        "'He has the engine of a racehorse,' Venn said. Manager Iain Lusk said little.",
        "citation.quote-misattributed"),
    # "she said" after a sentence naming one person and "he" for another
    "a quotation given to another than the one person the sentence before names": (
        "chairman tom vale said : ` his evidence was not credible ' [1] .",
        "The inquiry, led by retired judge Ann Mercer, found he had misled the board. 'His "
        "evidence was not credible,' she said. Chairman Tom Vale said the board would appeal.",
        "citation.quote-misattributed"),
    # "the 24-year-old's header": what the source says of another's
    "an age description's possessive for what the source gives another's": (
        "cara doyle , 31 , and nia rees , 24 , both scored [1] . the 24-year-old 's header "
        "put wales ahead in the 80th minute [1] .",
        "Cara Doyle, 31, and Nia Rees, 24, both scored. Doyle's header put Wales ahead in the "
        "80th minute.",
        "citation.subject-misattributed"),
    # a one-holder role of a harbour, a school, a band
    "a band's bandmaster given to its conductor": (
        "Bandmaster Owen Price said the band had never played better [1].",
        "The Dunmore Silver Band won the regional title. Conductor Owen Price said the band had "
        "never played better. Bandmaster Gareth Lloyd said rehearsals had paid off.",
        "citation.role-misattributed"),
    # a statement read up to a subordinate clause of the claim's own
    "a statement given to another, a clause after it with no comma": (
        "Show judge Amy Holt called it the worst harvest of her 20 years on the farm after "
        "heavy rain flattened most of the barley in the valley in July [1].",
        "Heavy rain flattened most of the barley in the valley in July. 'It is the worst "
        "harvest of my 20 years on the farm,' said grower Dana Reeve. Show judge Amy Holt "
        "praised the entries.",
        "citation.statement-misattributed"),
    # "she" for a named person of one age, where the source has a description of another
    "what the source says of 'a 41-year-old man', given to a named person of another age": (
        "passenger ruth dale , 26 , said the flight had been diverted [1] . she was arrested "
        "at a nearby field on suspicion of endangering an aircraft [1] .",
        "Passenger Ruth Dale, 26, said the flight had been diverted. Police said a 41-year-old "
        "man from Carlby was arrested at a nearby field on suspicion of endangering an "
        "aircraft.",
        "citation.subject-misattributed"),
    # ", beaten 21-15 by B": the sentence's subject lost to B
    "a final won that the source says was lost, 'beaten by' after a comma": (
        "Ann Cole beat Tess Ward in the final of the county open [1].",
        "Veteran Ann Cole, 71, lost the final of the county open on Sunday, beaten 21-15 by "
        "19-year-old Tess Ward.",
        "citation.outcome-not-in-source"),
    # "finished behind B" where the source has the side beat B
    "a choir placed behind one the source says it beat": (
        "The Harbour Singers finished behind the Vale Choir in the open contest [1].",
        "The Harbour Singers won the open contest, beating the Vale Choir by four marks.",
        "citation.outcome-not-in-source"),
    # "X was hurt when Y reversed …": Y's doing
    "what the source has a colleague do in a 'when' clause, given to the one it hurt": (
        "porter alan royce , 52 , reversed a heavy forklift truck into a colleague , sam "
        "tait [1] .",
        "Porter Alan Royce, 52, broke his leg when a colleague, Sam Tait, reversed a heavy "
        "forklift truck into him at the depot.",
        "citation.subject-misattributed"),
    # "voted to buy" with no tally: a decision for its purpose
    "a plan rejected that the source says villagers voted for, with no tally": (
        "Villagers in Hollins Cross rejected a plan to acquire the Harbour Tavern building as a "
        "co-operative [1].",
        "Villagers in Hollins Cross have voted to acquire the Harbour Tavern building and run it "
        "as a co-operative, after its owners said they would retire.",
        "citation.outcome-not-in-source"),
    # a purpose of short words ("to buy the village pub") is read with them
    "a plan of short words rejected that the source says was approved": (
        "Parish councillors rejected a plan to buy the village pub [1].",
        "Parish councillors approved a plan to buy the village pub from the brewery.",
        "citation.outcome-not-in-source"),
    # a passive's subject with a long purpose: the purpose is read however long
    "an amendment with a long purpose defeated that the source says was approved": (
        "an amendment to limit the rise in parking fees to 1.5 per cent was defeated [1] .",
        "An amendment to limit the rise in parking fees to 1.5 per cent was approved by 22 "
        "votes to 14.",
        "citation.outcome-not-in-source"),
    # two people of one surname: "the 31-year-old" is the one of that age, not the other
    "'the 44-year-old' for what the source says of his sister of another age": (
        "Owen Pask, 44, and his sister Delyth ran the stall [1]. The 44-year-old, who kept "
        "the accounts, was also banned from trading for a year [1].",
        "Owen Pask, 44, and Delyth Pask, 39, ran the market stall together. Delyth Pask, who "
        "kept the accounts, was also banned from trading for a year.",
        "citation.subject-misattributed"),
    # a run of words told by its figures ("figures of 4 for 22")
    "'the 18-year-old' for figures the source gives a bowler of another age": (
        "the 18-year-old finished with figures of 4 for 22 from her ten overs [1] .",
        "Opener Ruth Gale, 18, made 54. Kaur, 21, finished with figures of 4 for 22 from her "
        "ten overs.",
        "citation.subject-misattributed"),
    # "…, and the 33-year-old will …": a description opening a clause; "X, now 33," an age
    "'and the 33-year-old' mid-claim for what the source says of the other founder": (
        "The bakery was founded by Priya Sen and Tom Okafor, and the 33-year-old will manage the "
        "new kitchen in Leith [1].",
        "The bakery was founded by Priya Sen, now 33, and Tom Okafor, now 51. Okafor, the "
        "firm's head baker, will manage the new kitchen in Leith.",
        "citation.subject-misattributed"),
    # a level's first end in its own clause: not "from 12%" of an earlier clause
    "a rival's share 'fell to' a level the source says it rose to, after another change": (
        "Its share of the market slipped to 18% from 21%, while rival Corvo Foods' share fell "
        "to 15% [1].",
        "Its share of the market slipped to 18% from 21%, while rival Corvo Foods raised its "
        "share to 15%.",
        "citation.direction-not-in-source"),
    # a measurement backed only in its own unit, not by another unit's figure nor by the sum
    # of a bare count and an age
    "'up to 40 kilometres' where the source has up to 40 miles": (
        "Villagers in the Dale no longer face round trips of up to 40 kilometres to a bank "
        "twice a week [1].",
        "Villagers in the Dale no longer face round trips of up to 40 miles to a bank twice a "
        "week. The mobile branch, which serves up to 31 customers a visit, is run by Ivy "
        "Roper, 38.",
        "citation.number-not-in-source"),
    "a side that 'lost to' another after 'who' where the source says it beat it": (
        "Ashby are two points behind leaders Harford, who lost to Dunmore by 12 runs [1].",
        "Ashby are two points behind leaders Harford, who beat Dunmore by 12 runs at Mill "
        "Lane.",
        "citation.outcome-not-in-source"),
    # a day of a month the source gives none of, in words it gives another day
    "a day of a month whose words the source gives another day": (
        "Tenants must vacate the flats by 14 March after damp was found [1].",
        "Tenants must vacate the flats by 30 April after damp was found. Further inspections "
        "will take place in March.",
        "citation.number-not-in-source"),
    # a name that ends a clause's subject, before its verb
    "a name before 'was' that the source gives the same words before another name": (
        "A Victoria sponge baked by Alma Reid was named best in show at the Fenby fete [1].",
        "A Victoria sponge baked by Doris Quayle of Low Farm was named best in show at the "
        "Fenby fete. Alma Reid, 81, won the jam class.",
        "citation.subject-misattributed"),
    # two names the source relates the other way round
    "a relation between two names that the source has the other way round": (
        "In 2019 Ina Voss had hired Tom Dale as a coach for the squad [1].",
        "Tom Dale had hired Ina Voss as a coach for the squad in 2019, and she stayed until "
        "2022.",
        "citation.subject-misattributed"),
    # a clause copied with its negation dropped, or with one added
    "a clause copied without the source's 'did not'": (
        "The inspector ruled that poor wiring caused the warehouse fire in March [1].",
        "The inspector ruled that poor wiring did not cause the warehouse fire, which began "
        "in a skip outside.",
        "citation.outcome-not-in-source"),
    "a clause copied with a 'not' the source lacks": (
        "The bypass scheme was not approved by the county council on Tuesday [1].",
        "The bypass scheme was approved by the county council on Tuesday after a two-hour "
        "debate.",
        "citation.outcome-not-in-source"),
    "a clause copied without the source's contracted 'won't'": (
        "Managers said the Hale Street branch will reopen after the summer [1].",
        "Managers said the Hale Street branch won't reopen after the summer, and its staff "
        "will move to Dunmore.",
        "citation.outcome-not-in-source"),
    # a measurement is no rest of a whole of counts
    "a range in miles where the source has kilometres and a rest of deliveries": (
        "The Bulwark armoured vehicle has a range of 600 miles [1].",
        "The Bulwark armoured vehicle has a top speed of 70mph and a range of 600 kilometres. "
        "The first 20 will be delivered in 2027, with the rest following by 2031.",
        "citation.number-not-in-source"),
    # a contest with words between the score and "to"
    "a side that 'beat' another that the source says it lost to at home": (
        "Fellow non-league side Corby Vale beat top-flight Aldmoor 3-0 [1].",
        "In the day's other tie, Corby Vale lost 3-0 at home to top-flight Aldmoor.",
        "citation.outcome-not-in-source"),
    # a hedge on the other side of the source's hedged figure
    "'more than' a figure the source says 'fewer than'": (
        "The survey estimates the county now has more than 40,000 barn owls [1].",
        "The survey estimates that the county now has fewer than 40,000 barn owls, most of "
        "them in the river valleys.",
        "citation.number-not-in-source"),
    # an organization's head word the source also writes in lower case ("the university")
    "a university's words the source says of another university": (
        "Dunmore University said it would close its law school by 2027 to cut costs [1].",
        "Harwick University said it would close its law school by 2027 to cut costs. Dunmore "
        "University said it would keep all its courses. The university has 9,000 students.",
        "citation.subject-misattributed"),
    # a month in words the source says with another month, though it names a month loosely
    "a month whose words the source says with another month": (
        "The trust announced in October that it needed to save £6 million this year [1].",
        "The trust announced in August that it needed to save £6 million this year. Staff "
        "will be consulted next month.",
        "citation.number-not-in-source"),
    # the opposite verb after the source's words
    "'has sold' what the source says the council 'has bought'": (
        "Harwick Borough Council has sold the town's old bus depot to developer Pell Homes "
        "for £2.1 million [1].",
        "Harwick Borough Council has bought the town's old bus depot from developer Pell "
        "Homes for £2.1 million.",
        "citation.outcome-not-in-source"),
    # an occupation the source gives another person, the claim's person another
    "'retired paramedic' for a passenger the source calls a retired postman": (
        "the passenger , retired paramedic owen lusk , 70 , has since recovered [1] .",
        "The passenger, retired postman Owen Lusk, 70, has since recovered. Paramedic Ria "
        "Dale, 29, who treated him at the scene, praised the driver.",
        "citation.role-misattributed"),
    # a named party put on the other side of a sale, loan or gift
    "'sold' by a buyer the source names in 'the purchase of … by'": (
        "Last year Norell Group sold the Pinecrest ski lodge [1].",
        "The deal comes a year after the purchase of the Pinecrest ski lodge by rival "
        "operator Norell Group.",
        "citation.outcome-not-in-source"),
    "'is lending … to' for the source's 'has borrowed … from'": (
        "The Orla Gallery is lending the Vasko tapestry to the Mernes Textile Museum [1].",
        "The Orla Gallery has borrowed the Vasko tapestry from the Mernes Textile Museum "
        "for its spring show.",
        "citation.outcome-not-in-source"),
    "'bought … from' a seller the source says bought it": (
        "the cooperative bought the prize ewe , dalla star , from rhian pugh [1] .",
        "The prize ewe, Dalla Star, was bred by the Cefn cooperative and was bought by "
        "Rhian Pugh, 44, for 6,000 guineas.",
        "citation.outcome-not-in-source"),
    "a donor of a gift the source says received it": (
        "The Kiln Arts Centre donated the Ashby kiln to Potters of Wray [1].",
        "Potters of Wray, which runs evening classes, donated its old Ashby kiln to the "
        "Kiln Arts Centre last month.",
        "citation.outcome-not-in-source"),
    "'received … from' a zoo the source says the animal was sent to": (
        "Ardmore Wildlife Park received a female red panda, Suki, from Lisle Zoo in 2020 [1].",
        "Ardmore Wildlife Park, which opened in 1988, sent a female red panda, Suki, to "
        "Lisle Zoo in 2020.",
        "citation.outcome-not-in-source"),
    # two names related the other way round, a description before the second in the source
    "'A had asked B' where the source's B asked A, described before the name": (
        "ina voss had asked tom dale to stop shouting at the stewards [1] .",
        "Tom Dale had asked his neighbour, Ina Voss, 61, to stop shouting at the stewards.",
        "citation.subject-misattributed"),
    "'A will take over B' where the source's B takes over 'the smaller A'": (
        "Lund Homes will take over Ravel Housing next year [1].",
        "Ravel Housing is to take over the smaller Lund Homes next year.",
        "citation.subject-misattributed"),
    # a general count with no word of the claim's before its noun
    "'12 diesel buses' for the source's '12 hybrid vehicles' and two buses": (
        "The operator will put 12 diesel buses into service next spring [1].",
        "The operator will bring 12 hybrid vehicles into service next spring. Two buses will "
        "be kept in reserve.",
        "citation.count-of-another-thing"),
    "a buyer past a description that the source says is being bought": (
        "Velda Games, the Dutch studio behind Tidewater, has agreed to buy the Danish "
        "publisher Nordvik Interactive [1].",
        "The Danish publisher Nordvik Interactive has agreed to buy the Dutch studio Velda "
        "Games, the maker of Tidewater, for 90 million euros.",
        "citation.outcome-not-in-source"),
    "a buyer the source has bought by the one it names, past a description": (
        "tarn ferries , the island 's oldest operator , has bought its larger rival skerry "
        "lines [1] .",
        "Tarn Ferries, the island's oldest operator, has been bought by its larger rival "
        "Skerry Lines for £40m.",
        "citation.subject-misattributed"),
    "a sale put the other way in a sentence with 'giving' that hands nothing over": (
        "The Tarn Rowing Club bought a racing eight from Kessel Rowing Club [1].",
        "Kessel Rowing Club has bought a racing eight from the Tarn Rowing Club, giving its "
        "juniors a boat of their own. Tarn said it had sold the boat to fund a new shed.",
        "citation.outcome-not-in-source"),
    # what an appeal was against, the other way
    "'overturned' a ban the source says an appeal against was rejected": (
        "A tribunal overturned Mia Cole's two-year ban on Friday [1].",
        "A tribunal rejected Mia Cole's appeal against a two-year ban on Friday.",
        "citation.outcome-not-in-source"),
    "'dismissed the appeal against' a conviction the source says was quashed": (
        "The court dismissed Omar Reyes's appeal against his conviction for fraud [1].",
        "The Court of Appeal quashed the conviction of Omar Reyes for fraud on Tuesday.",
        "citation.outcome-not-in-source"),
    "'upheld' a score the source says an appeal against was upheld": (
        "The panel upheld Ana Bell's score on the springboard [1].",
        "Diver Ana Bell's appeal against her score on the springboard was upheld on Sunday.",
        "citation.outcome-not-in-source"),
    "'approved' plans the source says were rejected, their head before many prepositions": (
        "Lowgill Council has approved plans for a 90-berth marina on the Aire Canal [1].",
        "Plans for a 90-berth marina on the Aire Canal at Lowgill have been rejected by "
        "Lowgill Council after 400 residents objected.",
        "citation.outcome-not-in-source"),
    "'cut … to' a level the source says it was raised to, from a figure with a comma": (
        "The parish cut its grants budget to £9,500 in 2023 [1].",
        "The parish raised its grants budget from £2,000 to £9,500 in 2023.",
        "citation.direction-not-in-source"),
    "'rose to' a level the source says is down from another, past a long description": (
        "Visits to the Harl Gallery rose to 64,000 last year [1].",
        "The gallery counted 64,000 visits for its 2024-25 season at the Harl Gallery in "
        "Westbury, down from 71,000 the year before.",
        "citation.direction-not-in-source"),
    "'convicted A and his partner B' where the source says B was acquitted": (
        "A jury convicted Anton Reyes and his business partner Mark Tull of fraud [1].",
        "A jury convicted Anton Reyes of fraud. His co-defendant, Mark Tull, 52, was "
        "acquitted.",
        "citation.outcome-not-in-source"),
    "'approved replacing' what the source says a proposal to replace was rejected": (
        "Voters approved replacing the old ward system with an elected mayor [1].",
        "Voters rejected a proposal to replace the old ward system with an elected mayor.",
        "citation.outcome-not-in-source"),
    "'rose by' a change the source says fell, with words of its pace between": (
        "Call-outs rose by 6 per cent to about 4,100 [1].",
        "Call-outs fell more slowly, by 6 per cent, to about 4,100.",
        "citation.direction-not-in-source"),
    # jailed where the source suspends the sentence
    "'jailed for six months' where the source suspends the six-month sentence": (
        "Dale Moss was jailed for six months for the assault [1].",
        "Dale Moss, 41, was given a six-month prison sentence for the assault, suspended for "
        "two years. A prison term, the judge said, could follow any breach.",
        "citation.outcome-not-in-source"),
    "'has been jailed' where the source says 'a suspended sentence'": (
        "the landlord has been jailed for failing to fix the boiler [1] .",
        "The landlord was given a suspended sentence for failing to fix the boiler in a "
        "flat let to a family of five.",
        "citation.outcome-not-in-source"),
    "'had risen slightly' where the source says the same words 'had fallen slightly'": (
        "The union said the number of vacancies for porters had risen slightly this year [1].",
        "The union said the number of vacancies for porters had fallen slightly this year as "
        "more students took part-time work.",
        "citation.outcome-not-in-source"),
    "'head chef' for a person the source calls founder and manager, the chef another": (
        "Head chef Ana Roe said the cafe would reopen in May [1].",
        "Founder and manager Ana Roe, 52, said the cafe would reopen in May. Its head chef, "
        "Dev Saini, 31, trained in Leeds.",
        "citation.role-misattributed"),
    "a thing put in a place whose name is also a common word": (
        "The charity will open its new hostel in Kelvedon [1].",
        "Outreach worker Dan Pryce, who grew up in Kelvedon, runs the charity's night shelter. "
        "The charity will open its new hostel in Thistle, a former mill town.",
        "citation.place-misattributed"),
    "a place listed beside the source's place in a list of stops": (
        "The writer first heard the choir as a student in Ambleford [1].",
        "The choir's tour calls at Tarnby, Ambleford, Whitmoor and Seldon. The writer first heard "
        "it as a student in Whitmoor, where she lodged above a bakery.",
        "citation.place-misattributed"),
    "the end of a bridge the source gives as the other end": (
        "The mayor cut a ribbon at the Ostley end of the new footbridge [1].",
        "The footbridge links Ostley and Brannick across the river. The mayor cut a ribbon "
        "at the Brannick end on Saturday.",
        "citation.place-misattributed"),
    "a shop on a street the source gives another": (
        "The new community kitchen on Wharf Street opened on Monday [1].",
        "A cafe on Wharf Street closed last month. The new community kitchen on Mill Lane "
        "opened on Monday.",
        "citation.place-misattributed"),
    "a name whose relative clause the source gives another name": (
        "Mira Castell, whose cheddar also won the best hard cheese award, thanked her staff [1].",
        "Cheesemaker Mira Castell won the supreme title with a blue. Dairy farmer Owen Pask, 58, "
        "whose cheddar also won the best hard cheese award, said he was thrilled.",
        "citation.subject-misattributed"),
    "a name with another's words after a long description of that other": (
        "Ruth Amari, 44, climbed down the bank and pulled the dog from the river [1].",
        "Walker Ben Oyelaran, 29, a delivery driver who was crossing the footbridge on his way "
        "home, climbed down the bank and pulled the dog from the river. Ruth Amari, 44, "
        "rang the fire service.",
        "citation.subject-misattributed"),
    "a keeper named for what another did": (
        "Park keeper Sian Doyle, 52, spotted the fire and raised the alarm [1].",
        "Park keeper Sian Doyle, 52, opened the gates for the fire crews. A jogger, Tom Reilly, "
        "spotted the fire and raised the alarm at 6am.",
        "citation.subject-misattributed"),
    "three counted where the source names a pair with their ages": (
        "The pairs title went to three veteran bowlers from Ashgrove [1].",
        "The pairs title went to veteran bowlers Mary Oduya, 71, and Pat Greer, 68, of the "
        "Ashgrove club.",
        "citation.number-not-in-source"),
    "an age described with a relative clause the source says of another age": (
        "Ivo Marsh replaced Dana Kerr as manager [1]. The 58-year-old, who won the league "
        "twice as a player, has signed a two-year deal [1].",
        "Ivo Marsh, 44, won the league twice as a player and has signed a two-year deal. Dana "
        "Kerr, 58, left after four seasons.",
        "citation.subject-misattributed"),
    "two firms swapped around a long clause the source has the other way round": (
        "Valley Buses will run the booking site and pay 12 per cent of its fares to Moor "
        "Coaches [1].",
        "Moor Coaches will run the shared booking site and pay 12 per cent of its fares to "
        "Valley Buses under the deal.",
        "citation.subject-misattributed"),
    "a month past the one a length of months reaches": (
        "The six-month pilot of the night bus will run until the end of June [1].",
        "The night bus pilot started on 1 November and will run for six months, the council "
        "said.",
        "citation.number-not-in-source"),
    "a lower-cased buyer and seller swapped, the name's last word lower-cased elsewhere": (
        "the marsh estate bought the 90-hectare wood from the trust in 2019 [1] .",
        "The trust bought the 90-hectare wood from the Marsh Estate in 2019. The estate still "
        "farms the land around it.",
        "citation.outcome-not-in-source"),
    "a buyer named by \"it\" after \"and\" that the source has selling": (
        "Kelby Rowing Club will close in May, and it has agreed to buy the boats of rival "
        "Ashford Rowing Club for £9,000 [1].",
        "Kelby Rowing Club will close in May. Ashford Rowing Club has agreed to buy Kelby's "
        "eight boats and its trailer for £9,000.",
        "citation.outcome-not-in-source"),
    "a quotation alone after the speaker's attributed words in one paragraph": (
        "Club secretary Alan Dyer said: \"Once the pool goes, the club goes.\" [1]",
        "Club secretary Alan Dyer, 60, said the club had 90 members. Swimmer Nadia Kerslake, 33, "
        "said the closure would hit children. \"Where will they learn?\" she said. \"Once the "
        "pool goes, the club goes.\"",
        "citation.quote-misattributed"),
    "a quotation whose speaker the source describes as the claim's speaker's friend": (
        "Student Maya Osei said: \"There is no second chance for me.\" [1]",
        "Maya Osei, 21, said the delay was a shock. Osei's flatmate, Tom Rudd, 23, said he "
        "had left a job to study. \"There is no second chance for me,\" he said.",
        "citation.quote-misattributed"),
    "a comparison copied the other way round": (
        "Ground beetles were less common in the burnt plots than in the unburnt ones [1].",
        "Ground beetles were more common in the burnt plots than in the unburnt ones, the "
        "survey found.",
        "citation.outcome-not-in-source"),
    "a length of months two months the source names do not span": (
        "The bridge was closed 23 times in eight months [1].",
        "The swing bridge was closed 23 times between March and July because of faults.",
        "citation.number-not-in-source"),
    "a firm named with an ampersand as the buyer of the firm that bought it": (
        "Hobbs & Lane has bought the timber and fencing merchant Carrick Wood for £2.1m [1].",
        "Hobbs & Lane, which has three yards in Derwent, Ashby and Holme, was bought by the "
        "timber merchant Carrick Wood for £2.1 million.",
        "citation.outcome-not-in-source"),
    "a buyer that the source has bought after a long description of it": (
        "Tarn Valley Cheese, the creamery that began in a farm kitchen near Kelso, has bought "
        "the milk and cheese group Morrow Foods [1].",
        "Tarn Valley Cheese, the small Borders creamery that began life in a farm kitchen near "
        "Kelso in 1998, has been bought by the dairy group Morrow Foods for an undisclosed sum.",
        "citation.outcome-not-in-source"),
    "a plan's thing approved where the source rejected the plan for it": (
        "Councillors approved a 300-space car park at Marsh Lane station [1].",
        "Plans for a 300-space car park at Marsh Lane station have been rejected by "
        "councillors.",
        "citation.outcome-not-in-source"),
    "an event the source's most alike sentence puts in another town": (
        "The inquest into the crash was opened and adjourned at Farleigh on Monday [1].",
        "The inquest into the crash was opened and adjourned at the coroner's court in "
        "Wendham on Monday, and a full hearing is set for June. The driver, from Farleigh, "
        "was 58.",
        "citation.place-misattributed"),
    "a match the source's most alike sentence puts at another ground": (
        "Ashby Town came from behind to win the league quarter-final against Corley at "
        "Fenmoor Park [1].",
        "Ashby Town came from behind to win the league quarter-final against Corley at "
        "Holloway Park on a waterlogged pitch. Fenmoor Park hosts the final in March.",
        "citation.place-misattributed"),
    "an age and a role of one person where the source's sentence gives the age to another": (
        "Independent Asha Rana has won the Millbrook seat on Eastley council [1]. The "
        "64-year-old pharmacist took 1,210 votes [1].",
        "Independent Asha Rana has won the Millbrook seat on Eastley council. Ms Rana, 31, a "
        "pharmacist, took 1,210 votes, ahead of Liberal Democrat Tom Hale, 64, a retired "
        "teacher, who took 980.",
        "citation.figure-of-another-name"),
    "an age the source gives a titled name after a preposition, at its sentence's end": (
        "A tribunal ruled that Maya Fenn should not be named on the patent for the pump [1]. "
        "The 52-year-old has 21 days to appeal [1].",
        "Maya Fenn, 29, said she designed the valve while on a placement at Corvan Ltd, a "
        "firm set up by Dr Owen Price, 52. She has 21 days to appeal the ruling on the "
        "patent for the pump.",
        "citation.figure-of-another-name"),
    "a relative clause's active verb where the source's relative clause has it done to": (
        "Kelso Printworks, which owns the design agency Inkwell Studio, employs 90 people [1].",
        "Kelso Printworks, which is owned by the design agency Inkwell Studio, employs 90 "
        "people at its plant by the canal.",
        "citation.subject-misattributed"),
    "whose deputy someone was, the other way round": (
        "Nadia Cole was Ben Amis's deputy at the bus depot [1].",
        "Ben Amis was Nadia Cole's deputy at the bus depot for six years before he left in "
        "2021.",
        "citation.subject-misattributed"),
    "whose coach someone had been, by surnames, the other way round": (
        "Okafor had been one of Lund's coaches at the rowing club [1].",
        "Tove Lund, 24, won the single sculls. Lund had been one of Okafor's coaches at the "
        "rowing club before moving to Oslo.",
        "citation.subject-misattributed"),
    "what the source says of the one council it named before, by its head word": (
        "Dunmore Rowing Club opened a new public boathouse on the river in May [1].",
        "Kelby District Council has approved a budget of £2m for the riverside. The council "
        "opened a new public boathouse on the river in May, and Dunmore Rowing Club moved in.",
        "citation.subject-misattributed"),
    "words the source says of a name whose last word it also writes in lower case": (
        "Kelby Buses was fined £18,000 at Dunmore Crown Court after admitting seven offences [1].",
        "Harbour Coaches, the town's biggest operator, was fined £18,000 at Dunmore Crown "
        "Court after admitting seven offences. Kelby Buses, which runs 20 coaches, was fined "
        "£6,000.",
        "citation.subject-misattributed"),
    "a figure nearly the claim's, by more than a twelfth": (
        "The choir has grown to nearly 200 singers [1].",
        "The choir now has 180 singers, up from 90 in 2019.",
        "citation.number-not-in-source"),
    "a ceiling the source puts elsewhere": (
        "The new kiln will fire up to 8,000 bricks a day [1].",
        "The new kiln, built in Belgium, will fire up to 6,500 bricks a day once it is run in.",
        "citation.number-not-in-source"),
    "a floor the source puts elsewhere": (
        "More than 400 volunteers cleared litter from the beach [1].",
        "More than 250 volunteers cleared litter from the beach on Sunday.",
        "citation.number-not-in-source"),
    "a full date whose day and month the source gives with another year": (
        "The lighthouse keeper retired on 9 June 2021 [1].",
        "The keeper, who started on 2 May 2001, retired on 9 June 2022 after the light was "
        "automated in 2021.",
        "citation.number-not-in-source"),
    "a first name and another person's surname, both ordinary words, given with an age": (
        "The overall winner was 15-year-old Maya Cooper [1].",
        "The overall winner was 15-year-old Maya Lindqvist from Ardmore. Judge Graham Cooper, "
        "58, said her photograph of a heron stood out.",
        "citation.entity-not-in-source"),
    "an age's words the source says of a name and \"who\", of another age": (
        "A crane driver was hurt when a load fell at the docks [1]. The 61-year-old had been "
        "working at the port for three months [1].",
        "Dock worker Sam Eze, 24, was hurt when a load fell. Foreman Tom Hale, 61, said the "
        "crane had been inspected. Mr Eze, who had been working at the port for three months, "
        "is recovering.",
        "citation.subject-misattributed"),
    "a copied clause with \"also\" and the opposite verb": (
        "Bookings at the town's campsites also rose sharply over the summer [1].",
        "Hotel bookings rose by 12%. Bookings at the town's campsites fell sharply over the "
        "summer, from 9,100 to 7,400.",
        "citation.outcome-not-in-source"),
    "a copied clause with the opposite verb and its period after the source's change": (
        "Across the rest of the county, thefts of bikes also fell over the same period [1].",
        "Thefts of bikes in Ashby fell by 30% last year. Across the rest of the county, thefts "
        "of bikes rose by 6% over the same period.",
        "citation.outcome-not-in-source"),
    "a decision the source states the other way, beside another of the same head word": (
        "The panel also upheld a second complaint, of bullying by a shift manager [1].",
        "A porter has won a complaint of unfair pay against the hospital trust. The panel "
        "rejected a second complaint, of bullying by a shift manager, for lack of evidence.",
        "citation.outcome-not-in-source"),
    "a quotation of two sentences, a marker after each, that the source gives another": (
        'Ferry captain Tom Hale said: "We saw the whale at dawn. [1] It swam beside us for an '
        'hour." [1]',
        'Deckhand Ana Ruiz, 24, said the crew had been lucky. "We saw the whale at dawn. It swam '
        'beside us for an hour," she said. Captain Tom Hale, 58, said sightings were rare.',
        "citation.quote-misattributed"),
    "a quotation given to another where the passage holds the claim's surname in a word": (
        'Skipper Ruth Hale said: "We followed the whale for an hour." [1]',
        'Deckhand Ana Ruiz said the crew had been lucky. "We followed the whale for an hour," '
        'she said. Skipper Ruth Hale, 58, runs the boat.',
        "citation.quote-misattributed"),
    "a quotation given to another, the claim's speaker named with words the source ages": (
        'The bakery\'s owner, Grace Baker, said: "We sold out of bread by noon." [1]',
        'Grace Baker, 49, opened the bakery in 2015. Her assistant, Tom Okafor, said queues '
        'began at dawn. "We sold out of bread by noon," he said.',
        "citation.quote-misattributed"),
    "a contest's score the source gives otherwise, each side in it on its own": (
        "Ashby Rovers beat Kelby Town 3-1 in the cup final [1].",
        "Ashby Rovers beat Kelby Town 3-2 in the cup final. In the semi-final, Kelby had won "
        "4-1.",
        "citation.number-not-in-source"),
    "a first name and another's surname, in the possessive": (
        "Nadia Pryce's complaint was upheld by the panel [1].",
        "Nadia Oduya, 41, complained about her manager, Owen Pryce. The panel upheld Mrs "
        "Oduya's complaint.",
        "citation.entity-not-in-source"),
    "an age of another where the claim named its person after a role and a title": (
        "Curator Dr Maya Holt said the gift came from a retired farmer, and the 74-year-old "
        "said the museum had been his second home [1].",
        "Curator Dr Maya Holt, 41, said the gift came from a visitor. The donor, retired "
        "farmer Alan Pike, 74, said the museum had been his second home.",
        "citation.figure-of-another-name"),
    "a copied change with the opposite verb and another amount": (
        "The number of ferry crossings rose by 12 per cent last year [1].",
        "Fares were 12 per cent higher than the year before. The number of ferry crossings "
        "fell by 4 per cent, to 9,800.",
        "citation.outcome-not-in-source"),
    "a quotation whose pronoun's speaker stands two sentences back, past one naming no one": (
        'Warden Tom Hale said the flock "tells you the reedbed is healthy" [1].',
        'Warden Tom Hale, 52, said visitor numbers had doubled. Dr Ana Ruiz, 39, said the '
        'count did not mean a recovery. The breeding population has halved since 1990. '
        '"It tells you the reedbed is healthy," she said.',
        "citation.quote-misattributed"),
    "a figure 'once every' far from the source's, with no hedge": (
        "A tram leaves the depot once every 20 minutes [1].",
        "Trams leave the Holm Road depot every 18.5 minutes on weekdays, the operator said.",
        "citation.number-not-in-source"),
    "a copied clause with another firm's figure, its verb before the figure theirs too": (
        "The dairy employs 42 people and bottles about 900 litres of milk a day [1].",
        "Holm Farm Dairy, run by Ian Holm, 58, employs eleven people and bottles about 900 "
        "litres of milk a day. Across the valley, Crane Creamery has grown quickly and now "
        "employs 42 people.",
        "citation.number-not-in-source"),
    "a copied clause with another figure, the claim's next figure among its words": (
        "The orchard covers 40 acres of apples and sells about 9,000 bottles of cider a "
        "year [1].",
        "Ashdown Orchard, owned by Ruth Vance, 55, covers 25 acres of apples and sells about "
        "9,000 bottles of cider a year. The estate's woodland covers 40 acres.",
        "citation.number-not-in-source"),
    "a sum of two amounts, one of them stated beside it by the claim": (
        "Hiring the college pitch would cost the team about £9,000 a season, against the "
        "£2,100 it pays now [1].",
        "The team is in talks about hiring the college pitch, but the cost would be about "
        "£6,800 a season, compared with the £2,100 it pays the council now.",
        "citation.number-not-in-source"),
    "words further into the clause that the source says of another name": (
        "Fernhill Dairies was fined after admitting spilling about 4,000 litres of slurry "
        "into the brook [1].",
        "Marsh End Farm, which keeps 300 cows, was fined £18,000 at Calby Crown Court on "
        "Tuesday after admitting spilling about 4,000 litres of slurry into the brook. "
        "Fernhill Dairies, a smaller business, was fined £6,500 for leaving silage to run "
        "into a ditch.",
        "citation.subject-misattributed"),
    "a managing director the source calls its finance director": (
        "Harbour Coaches' managing director, Tom Reed, said fares would rise in May [1].",
        "Harbour Coaches' finance director, Tom Reed, 51, said fares would rise in May. Its "
        "managing director, Ana Ruiz, 47, said two routes would close.",
        "citation.role-misattributed"),
    "a head gardener's post given to the owner": (
        "Head gardener Ivy Lane said the roses had survived the frost [1].",
        "Owner Ivy Lane, 63, said the roses had survived the frost. Head gardener Sam Cole, "
        "41, who has tended the beds for 20 years, was out at dawn.",
        "citation.role-misattributed"),
    "a named bakery put in the town of another bakery": (
        "Holt Forge Bakery in Marlow plans a café by the river [1].",
        "Crane Lane Bakery in Marlow will open a second shop in May, while Holt Forge Bakery "
        "in Ashby, which bakes rye bread, plans a café by the river.",
        "citation.place-misattributed"),
    "a copied clause with another figure, its words after it a rate and a count": (
        "The merged firm will produce about 90,000 jars a year and employ 21 people [1].",
        "Hartley Preserves and Bramble Kitchen said the merged firm would produce about "
        "240,000 jars a year and employ 21 people. Hartley Preserves currently makes about "
        "90,000 jars a year.",
        "citation.number-not-in-source"),
    "a co-defendant convicted where the source clears him, past a relative clause": (
        "Co-defendant Leo Marsh, 31, was also convicted of theft [1].",
        "Dean Cole, 40, was convicted of theft. His co-defendant, Leo Marsh, 31, who was "
        "accused of driving the van, was cleared of theft.",
        "citation.outcome-not-in-source"),
    "plans approved where the source rejects them, a relative clause after them": (
        "Plans for a cable car over Kelby Gorge, which would be the longest in Wales, have "
        "been approved [1].",
        "Plans for a cable car over Kelby Gorge that would have been the longest in Wales "
        "have been rejected by the park authority.",
        "citation.outcome-not-in-source"),
    "barrels for the source's tonnes": (
        "The new plant will make 80,000 barrels a year of biodiesel [1].",
        "The plant will be capable of making 80,000 tonnes a year of biodiesel from used "
        "cooking oil.",
        "citation.number-not-in-source"),
    "a buyer described by who leads it, put on the seller's side": (
        "Harbour Leisure has bought Kelby Lido from a consortium led by swimmer Ana Pike [1].",
        "Kelby Lido has been bought by a consortium led by swimmer Ana Pike for £2 million. "
        "The sale ends 30 years of ownership by Harbour Leisure.",
        "citation.outcome-not-in-source"),
    "a post after an organization's plural possessive name": (
        "Harbour Power Networks' chief executive, Ian Reid, apologised for the cut [1].",
        "Harbour Power Networks' operations director, Ian Reid, apologised for the cut. Its "
        "chief executive, Ruth Hale, 58, said the cause was not yet known.",
        "citation.role-misattributed"),
    "a vote's odds that its tally does not back": (
        "Nurses voted by five to one to accept the offer [1].",
        "Members of the union voted by 412 to 149 in favour of the offer.",
        "citation.number-not-in-source"),
    "a rise to a level, a time between the verb and 'to'": (
        "Bookings at the lido rose last year, to 41,000 swims [1].",
        "Swimmers booked 41,000 swims at the lido last year, down from 46,500 the year "
        "before, after a cold summer.",
        "citation.direction-not-in-source"),
    "a rise by an amount, a month between the verb and 'by'": (
        "Footfall in the market rose in March by 12% [1].",
        "Footfall in the market fell by 12% in March, the traders' association said.",
        "citation.direction-not-in-source"),
    "a change the source gives another value after the claim's verb and words": (
        "Kelby's market traders say pitch fees will rise by 12% in April [1].",
        "Traders at Kelby market have been told their pitch fees will rise by 30% in April. "
        "The council's own costs rose by 12% last year.",
        "citation.number-not-in-source"),
    "a share in figures beyond an open hedge of the source's fraction": (
        "45% of members voted in the ballot [1].",
        "More than a third of members voted in the ballot, the union said.",
        "citation.number-not-in-source"),
    "a hedged figure that only a hedged difference of two unrelated figures reaches": (
        "Organisers hope to admit 2,500 runners next year, and around 380 volunteers "
        "marshalled the course [1].",
        "Around 230 volunteers marshalled the course on Sunday. Organisers hope to admit 2,500 "
        "runners next year. Last year's field was about 2,100.",
        "citation.number-not-in-source"),
    "an N-way tie the sides a source names do not make": (
        "Pellow Rovers took the league title on goal difference after a four-way tie on "
        "points [1].",
        "Pellow Rovers finished level on 61 points with Corvey Athletic and Ashmoor Town and "
        "took the title on goal difference.",
        "citation.number-not-in-source"),
    "a change 'up on' last year that the source's two levels do not make": (
        "Season-ticket sales at Brannock reached 4,800, about 30% up on last season [1].",
        "Brannock sold 4,800 season tickets this summer, up from 4,000 last season.",
        "citation.number-not-in-source"),
    "an amount of two of a currency the source names one of in words": (
        "A single fare on the ferry is just over £2 [1].",
        "A single fare on the ferry now costs just over a pound.",
        "citation.number-not-in-source"),
    "a payee of money for a thing said to have paid for it": (
        "The Harbour Trust paid £4m for the Eastgate wharf [1].",
        "Corran Shipping paid the Harbour Trust £4m for the Eastgate wharf.",
        "citation.outcome-not-in-source"),
    "a person's given name that is also a common word, changed": (
        "The quay will reopen in May, harbour manager Grace Pellow said [1].",
        "The quay will reopen in May, harbour manager Ruth Pellow said on Tuesday.",
        "citation.entity-not-in-source"),
    "a length ago that someone's age now and their age then do not make": (
        "Edith Moss, 81, rang her first peal in the tower 50 years ago [1].",
        "Edith Moss, 81, rang her 1,000th peal on Sunday. She rang her first peal in the same "
        "tower at the age of 16.",
        "citation.number-not-in-source"),
    "a winning margin that two scores under a hundred do not make": (
        "Ruth Carne won the ploughing match with 86 points, six clear of Alan Vosper [1].",
        "Ruth Carne won the county ploughing match with 86 points. Alan Vosper was second on "
        "82 points.",
        "citation.number-not-in-source"),
    "a share of the claim's amount that the source's whole does not make": (
        "the parish will put £ 36,000 , about half of last year 's car park income , into "
        "new benches . [1]",
        "The parish council is to spend £36,000 of car park income on new benches, the first "
        "in the village. The council collected £48,000 in parking charges last year from "
        "around 9,000 tickets.",
        "citation.number-not-in-source"),
}


@pytest.mark.parametrize("article, source, rule_id", UNSUPPORTED.values(), ids=list(UNSUPPORTED))
def test_unsupported_claims_are_flagged(checker: Checker, article: str, source: str,
                                        rule_id: str) -> None:
    assert rule_id in [f.rule_id for f in source_findings(checker, article, source)]


def test_a_finding_quotes_the_source_passage_the_claim_summarizes(checker: Checker) -> None:
    source = ("The harbour board met on Monday. It awarded the dredging contract to Marlow "
              "Marine for £4.2m. Work starts in spring.")
    [finding] = source_findings(checker, "The board gave the dredging contract to Marlow "
                                         "Marine for £5.1m [1].", source)
    passage = "It awarded the dredging contract to Marlow Marine for £4.2m."
    assert finding.evidence["source_passage"] == passage
    assert finding.message.endswith(f"the source says: “{passage}”")


def test_a_figure_stated_about_something_else_is_misattributed(checker: Checker) -> None:
    source = ("Voters approved the school bond by 8,412 votes. Turnout in the county was low, "
              "and the library levy passed by 2,130 ballots.")
    findings = checker.check_document(example_document(Example(
        text="Voters approved the school bond by a margin of 2,130 [1].", sources={"1": source})))
    [finding] = [f for f in findings.findings if f.rule_id == "citation.number-misattributed"]
    assert finding.source_passage == (
        "Turnout in the county was low, and the library levy passed by 2,130 ballots.")


def test_a_claim_made_of_other_words_than_its_source_is_only_information(
        checker: Checker) -> None:
    source = "The county health board opened two walk-in clinics on Monday."
    result = checker.check_document(example_document(Example(
        text="Striking paramedics blockaded ambulance depots overnight [1].",
        sources={"1": source})))
    overlap = [f for f in result.findings if f.rule_id == "citation.low-source-overlap"]
    assert [f.severity.value for f in overlap] == ["info"]


def test_a_measurement_not_in_the_source_is_shown_with_its_unit(checker: Checker) -> None:
    found = source_findings(checker, "The hailstones were 64 millimetres across [1].",
                            "The hailstones measured 64 centimetres across.")
    assert [f.message.split(" is not")[0] for f in found] == ["64 millimetres"]


def test_a_name_the_source_writes_with_a_possessive_is_in_it(checker: Checker) -> None:
    assert [f.message for f in source_findings(
        checker, "The series was made by HBO [1].",
        "It is HBO's most watched series this decade.")] == []


def test_a_reversed_change_is_shown_with_the_sources_figure_and_sentence(checker: Checker) -> None:
    source = ("Ticket sales at the Alder Theatre rose 6.2 per cent last season. The theatre "
              "staged 41 productions.")
    [finding] = source_findings(checker, "Ticket sales at the Alder Theatre fell by just over "
                                         "6% last season [1].", source)
    assert finding.rule_id == "citation.direction-not-in-source"
    assert finding.message.startswith("the cited source [1] says it rose by 6.2 per cent, not "
                                      "that it fell")
    assert finding.source_passage == ("Ticket sales at the Alder Theatre rose 6.2 "
                                                  "per cent last season.")


def test_a_misattributed_quotation_names_both_speakers_and_the_sources_words(
        checker: Checker) -> None:
    source = ("Priya Nandakumar, an emergency nurse, said colleagues were leaving. \"I cannot "
              "afford to live near the hospital,\" she said.")
    findings = source_findings(checker, "Union leader Linda Carrow said: \"I cannot afford to "
                                        "live near the hospital.\" [1]", source)
    [finding] = [f for f in findings if f.rule_id == "citation.quote-misattributed"]
    assert finding.message.startswith("the cited source [1] gives these words to Priya "
                                      "Nandakumar, not Linda Carrow")
    assert finding.source_passage == source


def test_a_sentence_said_of_another_names_both_and_quotes_the_source(checker: Checker) -> None:
    source = ("Arsenal defender Per Mertesacker has tipped compatriot Jurgen Klopp to make his "
              "mark in the Premier League.")
    findings = source_findings(checker, "jurgen klopp has tipped compatriot jurgen klopp to make "
                                        "his mark in the premier league . [1]", source)
    [finding] = [f for f in findings if f.rule_id == "citation.subject-misattributed"]
    assert finding.message.startswith(
        "the cited source [1] says this of Per Mertesacker, not Jurgen Klopp")
    assert finding.source_passage == source


def test_a_figure_the_source_says_otherwise_in_the_claims_words_shows_the_sources(
        checker: Checker) -> None:
    source = ("Struck by lightning in 1961, the bell tower was restored by volunteers in 1964. "
              "It has eight bells.")
    [finding] = source_findings(checker, "The bell tower was restored by volunteers in 1961 "
                                         "[1].", source)
    assert finding.rule_id == "citation.number-not-in-source"
    assert finding.message.startswith(
        "1961 is not the figure after “restored by volunteers in” (1964) in the cited source "
        "[1]")
    assert finding.evidence["source_passage"] == (
        "Struck by lightning in 1961, the bell tower was restored by volunteers in 1964.")


def test_a_figure_the_source_sets_before_the_claims_words_with_another_value(
        checker: Checker) -> None:
    [finding] = source_findings(
        checker, "The kiln fired 640 glazed tiles a day in its first week [1].",
        "In its first week the kiln fired 410 glazed tiles a day. The studio sold 640 mugs.")
    assert finding.message.startswith(
        "640 is not the figure before “glazed tiles a day” (410) in the cited source [1]")


def test_a_level_before_its_change_is_quoted_as_a_level(checker: Checker) -> None:
    [finding] = [found for found in source_findings(
        checker, "Turnout in the ward rose to 64% [1].",
        "Turnout in the ward was 64 per cent, down from 71 per cent in 2022.")
        if found.rule_id == "citation.direction-not-in-source"]
    assert "says it fell to 64 per cent, not that it rose" in finding.message


def test_a_pronouns_speaker_is_named_past_a_title_and_a_description(checker: Checker) -> None:
    [finding] = source_findings(
        checker, 'Engineer Tom Reed said "nobody checked the valve for six months" [1].',
        'Deputy Coroner Ann Whitby recorded a verdict of misadventure. "Nobody checked the '
        'valve for six months," she said. Engineer Tom Reed, 44, told the inquest the plant '
        'was old.')
    assert finding.rule_id == "citation.quote-misattributed"
    assert finding.message.startswith("the cited source [1] gives these words to Ann Whitby,")


def test_a_passives_subject_is_read_before_a_relative_clause(checker: Checker) -> None:
    [finding] = source_findings(
        checker, "Plans for a cable car over Kelby Gorge, which would be the longest in Wales, "
                 "have been approved [1].",
        "Plans for a cable car over Kelby Gorge that would have been the longest in Wales have "
        "been rejected by the park authority.")
    assert finding.rule_id == "citation.outcome-not-in-source"
    assert finding.message.startswith("the cited source [1] says “rejected”, not “approved” "
                                      "(Plans)")
