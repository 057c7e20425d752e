"""Shortcuts in extraction must find exactly what the full patterns find."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import default_lexicon
from factcheck.extract.lookup import PHRASE_LISTS

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def _by_regex(text: str) -> dict[str, list[tuple[int, int]]]:
    lookup = default_lexicon().lookup()
    return {name: [m.span() for m in lookup.pattern(name).finditer(text)]
            for name in PHRASE_LISTS}


def test_phrases_match_the_regexes_on_every_fixture_article() -> None:
    lookup = default_lexicon().lookup()
    articles = [*FIXTURES.glob("articles/*.txt"), *FIXTURES.glob("consistent/*.md"),
                *FIXTURES.glob("summaries/*.md"), *FIXTURES.glob("rules/*.md")]
    assert articles
    for article in articles:
        for line in article.read_text(encoding="utf-8").splitlines():
            assert lookup.phrases(line) == _by_regex(line), (article, line)


_LEXICON = default_lexicon()
_WORDS = sorted({phrase for name in PHRASE_LISTS for phrase in _LEXICON.phrase_list(name)})


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_WORDS), st.sampled_from(
    [" ", "  ", "\n", "-", ",", "x", "US", "İ", "Tariffs", "not"])), max_size=30))
def test_phrases_match_the_regexes_on_generated_text(parts: list[str]) -> None:
    text = " ".join(parts)
    assert _LEXICON.lookup().phrases(text) == _by_regex(text)


def test_attribution_trigger_words_never_hide_a_match() -> None:
    """Each attribution pattern runs only when a trigger word occurs: none may match without."""
    from factcheck.extract.citations import Attributions

    lines = [line for article in (*FIXTURES.glob("**/*.md"), *FIXTURES.glob("**/*.txt"))
             for line in article.read_text(encoding="utf-8").splitlines()]
    lines += ["Officials Noted it.", "The Ministry ESTIMATED 5%.", "Data From Eurostat show 3%."]
    matched = 0
    for line in lines:
        for pattern, needs in _LEXICON.lookup().derived(Attributions).patterns:
            if pattern.search(line):
                matched += 1
                assert any(word in line.lower() for word in needs), (pattern.pattern, line)
    assert matched > 20


def test_claims_built_without_validation_would_pass_it() -> None:
    # Extraction builds its models with trusted() for speed; every one must still be a model
    # that validation accepts unchanged, on every fixture and the generated corpus.
    import random

    from benchmarks.corpus import article
    from factcheck.extract import extract
    from factcheck.load import document_from_text, load_document
    from factcheck.models import Claim

    documents = [load_document(path) for path in [
        *FIXTURES.glob("articles/*.txt"), *FIXTURES.glob("consistent/*.md"),
        *FIXTURES.glob("summaries/*.md")]]
    documents += [document_from_text(article(random.Random(seed), 40)[0]) for seed in range(10)]
    checked = 0
    for document in documents:
        for claim in extract(document, _LEXICON):
            assert Claim.model_validate_json(claim.model_dump_json()) == claim, claim.text
            checked += 1
    assert checked > 500
