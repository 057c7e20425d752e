"""One declaration of the facts rules match (factcheck/models/fact.py): what the fact builder
emits, the test strategies generate, the docs list and `factcheck schema facts` prints all agree
with it."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.extract import default_lexicon, extract
from factcheck.facts import build_facts, ledger_facts
from factcheck.load import load_document
from factcheck.load.ledger import load_ledger
from factcheck.models.fact import FACT_MODELS, Fact, FactKind, fields_table
from factcheck.sources import read_sources
from factcheck.testing.strategies import facts
from tests.conftest import generated_block

ROOT = Path(__file__).resolve().parents[1]
LEDGER = load_ledger([ROOT / "fixtures" / "ledgers" / "us-china-trade.yaml"])
ARTICLES = [ROOT / "fixtures" / "articles" / "seed-us-china-tariffs.txt",
            *sorted((ROOT / "fixtures" / "beats").rglob("*.md"))[:40],
            *sorted((ROOT / "fixtures" / "zh").rglob("*.md"))[:10],
            *sorted((ROOT / "fixtures" / "summaries").glob("*.md"))]


def conforms(fact: Fact) -> None:
    # strict: a count where a float is declared, or "1" where a bool is, is drift
    FACT_MODELS[fact.kind].model_validate(fact.fields, strict=True)


def test_the_docs_field_table_is_the_generated_one() -> None:
    assert generated_block("fact-fields") == fields_table(), (
        "docs/rules-guide.md's field table is out of date: paste fields_table() between the "
        "markers")


def test_every_fact_built_from_the_fixtures_has_its_declared_fields_and_types() -> None:
    lexicon = default_lexicon()
    kinds = set()
    for path in ARTICLES:
        document = load_document(path, [])
        claims = extract(document, lexicon)
        built = [*build_facts(document, claims, {"trump": "Donald Trump"},
                              sources=read_sources(document, lexicon)),
                 *ledger_facts(LEDGER, claims)]
        ids = [fact.id for fact in built]
        assert len(ids) == len(set(ids)), (path, sorted({i for i in ids if ids.count(i) > 1}))
        for fact in built:
            conforms(fact)
            kinds.add(fact.kind)
    # derived facts come from rules that derive them (tests/engine/test_derive.py)
    expected = set(FACT_MODELS) - {FactKind.DERIVED}
    assert kinds == expected, f"no fixture produced {expected - kinds}"


@settings(max_examples=60, deadline=None)
@given(facts())
def test_generated_facts_have_the_declared_fields_and_types(generated: list[Fact]) -> None:
    for fact in generated:
        conforms(fact)


def test_the_printed_schema_defines_every_kind_with_its_fields() -> None:
    result = CliRunner().invoke(app, ["schema", "facts"])
    assert result.exit_code == 0, result.output
    schema = json.loads(result.stdout)
    for kind, model in FACT_MODELS.items():
        assert set(schema["$defs"][kind.value]["properties"]) == set(model.model_fields)


def test_fact_ids_stay_unique_when_a_claim_has_stances_and_cited_sources(tmp_path: Path) -> None:
    article = tmp_path / "article.md"
    article.write_text("Mayor Ana Reyes supports the tram plan and opposes the parking levy "
                       "[1][2].\n", encoding="utf-8")
    (tmp_path / "article.sources").mkdir()
    for ref in ("1", "2"):
        (tmp_path / "article.sources" / f"{ref}.txt").write_text(
            "Mayor Ana Reyes backed the tram plan.", encoding="utf-8")
    lexicon = default_lexicon()
    document = load_document(article, [])
    claims = extract(document, lexicon)
    assert len(claims[0].stances) == 2
    facts = build_facts(document, claims, sources=read_sources(document, lexicon))
    assert {FactKind.STANCE, FactKind.CITED_SOURCE} <= {fact.kind for fact in facts}
    ids = [fact.id for fact in facts]
    assert len(ids) == len(set(ids))
