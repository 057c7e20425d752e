"""The grammar of stances (factcheck/extract/stances.py): its words are lexicon data
(rules/lexicons/stances.yaml), documented and extendable with `lexicons`."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from factcheck.builtin import builtin_lexicons_dir
from factcheck.extract import Lexicon, default_lexicon, extract, load_lexicon
from factcheck.extract.lexicon import WordLists
from factcheck.load import document_from_text
from factcheck.models import Claim

ROOT = Path(__file__).resolve().parents[2]
STANCES = ROOT / "factcheck" / "extract" / "stances.py"


def _claims(text: str, lexicon: Lexicon | None = None) -> list[Claim]:
    return extract(document_from_text(text, "x.md"), lexicon or default_lexicon())


def _stances(text: str, lexicon: Lexicon | None = None) -> set[tuple[str, str, str]]:
    return {(s.actor, s.topic, s.polarity.value) for c in _claims(text, lexicon)
            for s in c.stances}


def _extended(tmp_path: Path, yaml: str) -> Lexicon:
    (tmp_path / "house.yaml").write_text("kind: factcheck/lexicon\n" + yaml, encoding="utf-8")
    return load_lexicon([builtin_lexicons_dir(), tmp_path])


def test_the_stance_word_lists_are_documented() -> None:
    keys = {line.split(":", 1)[0] for line in
            (builtin_lexicons_dir() / "stances.yaml").read_text("utf-8").splitlines()
            if re.match(r"[a-z_]+:", line)} - {"kind", "stance_cues"}
    assert keys <= set(WordLists.model_fields)
    section = (ROOT / "docs" / "rules-guide.md").read_text("utf-8").split("## Lexicons", 1)[1]
    assert keys - set(re.findall(r"`(\w+)`", section)) == set()


def test_stances_py_holds_no_word_list() -> None:
    """No collection of words and no regex alternation of words in stances.py: both are in
    rules/lexicons/."""
    tree = ast.parse(STANCES.read_text("utf-8"))
    endings = {id(arg) for call in ast.walk(tree) if isinstance(call, ast.Call)
               and isinstance(call.func, ast.Attribute) and call.func.attr == "endswith"
               for arg in call.args}  # a plural's endings ("ches", "xes") are no words
    for node in ast.walk(tree):
        if isinstance(node, (ast.Set, ast.Tuple, ast.List)) and id(node) not in endings:
            words = [item.value for item in node.elts
                     if isinstance(item, ast.Constant) and isinstance(item.value, str)]
            assert len([w for w in words if re.fullmatch(r"[A-Za-z]{2,}", w)
                        and w not in WordLists.model_fields]) < 2, \
                ast.unparse(node)
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            assert not re.search(r"(?<![\\\w])[a-z]{2,}\|[a-z]{2,}", node.value), node.value


def test_after_a_bare_noun_is_a_reason_not_a_time() -> None:
    def marker(text: str) -> str | None:
        return next(s.time_marker for c in _claims(text) for s in c.stances)

    assert marker("Lena Orr defended the kiosk after complaints from traders.") is None
    assert marker("Lena Orr defended the kiosk after the vote.") == "after"
    assert marker("Lena Orr defended the kiosk after it reopened.") == "after"
    assert marker("Lena Orr defended the kiosk after years of delay.") == "after"
    assert marker("Lena Orr defended the kiosk after March.") == "after"
    assert marker("Lena Orr has defended the kiosk since 2021.") == "since 2021"


def test_the_time_marker_fixed_the_mural_article() -> None:
    text = ("Beatrice Amadi, chair of the Arts Council, defended the harbour mural after "
            "complaints from residents [1].\n\nColm Ferris, director of the Arts Council, "
            "condemned the harbour mural as a waste of public money [2].\n")
    stances = [s for c in _claims(text) for s in c.stances]
    assert [(s.actor, s.topic, s.time_marker) for s in stances] == [
        ("beatrice-amadi", "harbour mural", None), ("colm-ferris", "harbour mural", None)]


def test_the_passive_is_the_agents_position() -> None:
    assert _stances("The ferry levy was opposed by the Harbour Authority.") == {
        ("harbour-authority", "ferry levy", "oppose")}
    assert _stances("The plan to close the depot has been backed by Westby Council.") == {
        ("westby-council", "close depot plan", "support")}
    # no agent, or a verb inside what precedes: no stance
    assert _stances("Westby Council said the ferry levy was opposed.") == set()
    assert _stances("Officials at Westby Council confirmed the levy was opposed by "
                    "residents.") == set()


def test_subjects_joined_by_and_each_take_the_stance() -> None:
    assert _stances("The Harbour Authority and the Ferry Union rejected the toll.") == {
        ("harbour-authority", "toll", "oppose"), ("ferry-union", "toll", "oppose")}


def test_an_actor_that_is_not_the_subject_takes_no_stance() -> None:
    assert _stances("Drivers at Westby Council rejected the rota.") == set()
    assert _stances("Westby Council's audit panel rejected the rota.") == set()
    assert _stances("Westby Council rejected the rota, but its drivers backed it.") == {
        ("westby-council", "rota", "oppose")}


def test_a_pronoun_object_takes_the_last_topic() -> None:
    assert _stances("The Ferry Union backed the night timetable, while Westby Council "
                    "criticised it.") == {("ferry-union", "night timetable", "support"),
                                          ("westby-council", "night timetable", "oppose")}


def test_a_cue_used_as_a_noun_makes_no_stance() -> None:
    assert _stances("Westby Council increased child support payments.") == set()
    assert _stances("Westby Council will support the night timetable.") == {
        ("westby-council", "night timetable", "support")}


def test_conditions_and_the_reported_future() -> None:
    assert _stances("Westby Council would back the toll if ferries ran later.") == set()
    assert _stances("Ferries will stop if the toll is rejected by Westby Council.") == set()
    assert _stances("Westby Council said it would oppose the toll.") == {
        ("westby-council", "toll", "oppose")}
    assert _stances("Westby Council said it could oppose the toll.") == set()


def test_complements_and_later_mentions_of_one_topic() -> None:
    assert _stances("Westby Council opposed the ban on street parking.") == {
        ("westby-council", "parking street ban", "oppose")}
    text = ("Westby Council backed the ban on street parking [1]. Later, Westby Council "
            "opposed the ban [2].")
    assert {s.topic for c in _claims(text) for s in c.stances} == {"parking street ban"}
    two = ("Westby Council backed the ban on street parking [1]. Westby Council backed the "
           "ban on night flights [2]. Westby Council opposed the ban [3].")
    assert {s.topic for c in _claims(two) for s in c.stances} == {
        "parking street ban", "flight night ban", "ban"}


def test_a_lexicon_topic_as_the_head_after_nouns_of_a_kind() -> None:
    assert _stances("Westby Council opposed the harbour dredging bill.") == {
        ("westby-council", "dredging harbour bill", "oppose")}
    assert _stances("Westby Council opposed the bill.") == {("westby-council", "the-bill",
                                                              "oppose")}


def test_house_words_extend_the_grammar(tmp_path: Path) -> None:
    text = "Lena Orr backs the kiosk, assuming the rent is paid."
    assert _stances(text) == {("lena-orr", "kiosk", "support")}
    assert _stances(text, _extended(tmp_path, "condition_markers: [assuming]\n")) == set()

    text = "Lena Orr defended the kiosk after protests by traders."
    assert next(s.time_marker for c in _claims(text) for s in c.stances) is None
    lexicon = _extended(tmp_path, "time_words: [protests]\n")
    assert next(s.time_marker for c in _claims(text, lexicon) for s in c.stances) == "after"


def test_the_subject_before_of_and_before_an_acronym_in_brackets() -> None:
    assert _stances("Alderman Nils Berg of the Civic Union opposed the quarry expansion.") == {
        ("nils-berg", "quarry expansion", "oppose")}
    # The members vote, not the union: the acronym stands where its name does.
    assert _stances("Members of the Guild of Pilots (GOP) voted in favour of the "
                    "walkout.") == set()
    assert _stances("The Guild of Pilots (GOP) voted in favour of the walkout.") == {
        ("guild-of-pilots", "walkout", "support")}


def test_a_relative_clause_after_the_object_of_a_cue() -> None:
    text = ("The Dockers' Federation welcomed the night curfew at the port, which Mayor "
            "Ines Duarte has opposed since 2021.")
    assert _stances(text) == {("dockers-federation", "night curfew", "support"),
                              ("ines-duarte", "night curfew", "oppose")}


def test_a_passive_without_its_auxiliary() -> None:
    assert _stances("The quarry was opposed by the Walkers' Association and backed by the "
                    "Stone Federation.") == {("walkers-association", "quarry", "oppose"),
                                             ("stone-federation", "quarry", "support")}
    assert _stances("The levy backed by Westby Council was dropped.") == {
        ("westby-council", "levy", "support")}
    # An object before it: no noun phrase of its own, no stance.
    assert _stances("Lena Orr praised the levy backed by Westby Council.") == {
        ("lena-orr", "levy", "support")}


def test_figures_inside_an_object_and_counted_objects() -> None:
    assert _stances("Lena Orr defended the £2.5m refit of the pier.") == {
        ("lena-orr", "pier refit", "support")}
    assert _stances("Westby Council approved 1,200 new homes.") == set()
    assert _stances("Westby Council approved 300 new homes.") == set()


def test_no_topic_in_a_person_and_no_subject_in_a_modifier() -> None:
    # Criticising a person is no position on a topic; what the person owns may be one.
    assert _stances("Judge Ines Roth was criticised by the Penal Reform Trust.") == set()
    [(actor, topic, polarity)] = _stances("Judge Ines Roth's ruling was criticised by the "
                                          "Penal Reform Trust.")
    assert (actor, topic.split()[-1], polarity) == ("penal-reform-trust", "ruling", "oppose")
    # "the Harbour Guild chair Ada Moss": the guild only says which chair
    assert _stances("Harbour Guild chair Ada Moss welcomed the berth fees.") == {
        ("ada-moss", "berth fee", "support")}


def test_a_call_for_something_to_be_undone_is_a_position_against_it() -> None:
    assert _stances("Councillor Priya Shah called for the parking levy to be scrapped.") == {
        ("priya-shah", "parking levy", "oppose")}
    # one position, said twice: no contradiction
    assert _stances("Senator Ana Ruiz opposes the grant scheme and has called for it to be "
                    "axed.") == {("ana-ruiz", "grant scheme", "oppose")}
    # anything else done to it is still a call for it
    assert _stances("Mayor Lina Park called for the bypass to be built quickly.") == {
        ("lina-park", "bypass", "support")}


def test_a_country_that_ends_an_organizations_name_is_not_the_country() -> None:
    # "Age UK" and "Reform UK" are two organizations, not the UK twice
    assert not any(actor == "uk" for actor, _, _ in _stances(
        "Age UK welcomed the levy. Reform UK opposed the levy."))
    assert _stances("The UK backed the levy.") == {("uk", "levy", "support")}


def test_a_topic_phrase_of_several_words_is_found_in_either_number() -> None:
    # the lexicon lists "tariff cuts" against tariffs: praising one tariff cut is no support
    assert _stances("Senator Amy Cole praised the tariff cut on aluminium.") == {
        ("amy-cole", "tariffs", "oppose")}
    assert _stances("Senator Amy Cole criticised the export ban.") == {
        ("amy-cole", "export-controls", "oppose")}
