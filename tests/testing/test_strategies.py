"""The shipped strategies generate valid objects, and extraction reads generated articles back."""

from __future__ import annotations

import re

from hypothesis import given, settings

from factcheck.dsl.compiler import compile_rules
from factcheck.dsl.schema import RuleSpec
from factcheck.extract import default_lexicon, extract
from factcheck.load import document_from_text
from factcheck.models import Claim, Document, Quantity
from factcheck.testing.articles import Article, consistent_articles
from factcheck.testing.strategies import claims, documents, quantities


@given(quantities())
def test_quantities_are_valid(quantity: Quantity) -> None:
    assert Quantity.model_validate(quantity.model_dump()) == quantity


@given(claims())
def test_claims_are_valid(claim: Claim) -> None:
    assert Claim.model_validate_json(claim.model_dump_json()) == claim


@given(documents())
def test_documents_have_exact_blocks(document: Document) -> None:
    for block in document.blocks:
        assert document.text[block.span.start:block.span.end].strip()
    assert len(extract(document, default_lexicon())) >= len(document.blocks)


@given(consistent_articles())
def test_extraction_round_trip_on_generated_articles(article: Article) -> None:
    """Every figure written into a generated statement is extracted back from the article."""
    document = document_from_text(article.render(), "generated.md")
    found = {figure for c in extract(document, default_lexicon()) for q in c.quantities
             for figure in re.findall(r"\d[\d,]*", q.text)}
    for statement in article.statements:
        for figure in re.findall(r"\d[\d,]*", statement.text):
            assert figure in found, (figure, statement.text, found)


def test_plugin_offers_the_strategies(factcheck_strategies) -> None:  # type: ignore[no-untyped-def]
    # Drawn from, not only present: each fixture strategy gives what its name says.
    @given(factcheck_strategies.consistent_articles(),
           factcheck_strategies.planted_articles(factcheck_strategies.Planted.RATIO_MISMATCH),
           factcheck_strategies.quantities(), factcheck_strategies.rule_specs())
    @settings(max_examples=10, deadline=None)
    def draws(article: Article, planted: Article, quantity: Quantity, rule: RuleSpec) -> None:
        assert isinstance(article, Article) and article.statements
        assert "twice the" in planted.render()  # the planted ratio mismatch
        assert Quantity.model_validate(quantity.model_dump()) == quantity
        assert [compiled.id for compiled in compile_rules([rule]).rules] == [rule.id]

    draws()
