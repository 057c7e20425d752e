"""The Aho-Corasick phrase search must find exactly what the word-list regexes find."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import default_lexicon
from factcheck.extract.lookup import PHRASE_LISTS

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def _by_regex(text: str) -> dict[str, list[tuple[int, int]]]:
    lookup = default_lexicon().lookup()
    return {name: [m.span() for m in lookup.patterns[name].finditer(text)]
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
