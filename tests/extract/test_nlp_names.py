"""`--nlp spacy`: names read by spaCy too, an optional extra (factcheck/extract/nlp.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.extract import ARTICLE, article_parts, default_lexicon, extract
from factcheck.extract import nlp as nlp_module
from factcheck.load import document_from_text
from tests.conftest import SEED

runner = CliRunner()
SPACY = article_parts("spacy")


@dataclass
class _Entity:
    label_: str
    start_char: int
    end_char: int


class _Model:
    """A stand-in for the spaCy pipeline: the entities of given phrases, wherever they stand."""

    def __init__(self, phrases: dict[str, str]) -> None:
        self.phrases = phrases

    def __call__(self, text: str) -> Any:
        ents = [_Entity(label, text.index(phrase), text.index(phrase) + len(phrase))
                for phrase, label in self.phrases.items() if phrase in text]

        @dataclass
        class Doc:
            ents: list[_Entity]
        return Doc(sorted(ents, key=lambda entity: entity.start_char))


@pytest.fixture
def model(monkeypatch: pytest.MonkeyPatch) -> _Model:
    stand_in = _Model({"the Kestrel Trust": "ORG", "Harwood's": "PERSON", "June": "DATE",
                       "harbour board": "ORG"})
    monkeypatch.setattr(nlp_module, "pipeline", lambda: stand_in)
    return stand_in


def _names(text: str, parts: Any = SPACY) -> list[str]:
    return [name.text for claim in extract(document_from_text(text, "x.md"), default_lexicon(),
                                           parts=parts)
            for name in claim.names]


def test_the_models_names_join_the_heuristics_in_cased_text(model: _Model) -> None:
    text = "In June the harbour board paid the Kestrel Trust and Harwood's firm [1]."
    heuristic = _names(text, ARTICLE)
    both = _names(text)
    assert "harbour board" in both and "harbour board" not in heuristic  # the model's own
    assert "Kestrel Trust" in both and "Harwood" in both  # article and possessive trimmed
    assert set(heuristic) <= set(both)
    assert "June" not in both  # a date is the figure rules' business, not a name


def test_lower_cased_and_chinese_claims_keep_the_heuristics(model: _Model) -> None:
    lower = "the harbour board paid neymar for the survey [1]."
    assert _names(lower) == _names(lower, ARTICLE)
    chinese = "港务局批准了疏浚合同，局长王文涛表示【1】。"
    assert _names(chinese) == _names(chinese, ARTICLE)


@pytest.mark.skipif(nlp_module.available(), reason="spaCy is installed here")
@pytest.mark.parametrize("command", ["check", "extract"])
def test_without_the_extra_nlp_spacy_is_one_line_naming_the_install(command: str) -> None:
    result = runner.invoke(app, [command, str(SEED), "--nlp", "spacy", "--no-config"])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and nlp_module.INSTALL in lines[0]


def test_the_configuration_chooses_the_reader_and_the_command_line_overrides_it(
        tmp_path: Path) -> None:
    config = tmp_path / "factcheck.toml"
    config.write_text('nlp = "spacy"\n', encoding="utf-8")
    shown = runner.invoke(app, ["check", "--show-config", "--config", str(config),
                                "--nlp", "heuristics"])
    assert 'nlp = "heuristics"  # command line' in shown.output
    overridden = runner.invoke(app, ["check", str(SEED), "--config", str(config),
                                     "--nlp", "heuristics", "--fail-on", "never"])
    assert overridden.exit_code == 0, overridden.output


@pytest.mark.skipif(not nlp_module.available(), reason="needs the nlp extra")
def test_spacy_reads_names_of_a_real_sentence() -> None:
    names = _names("Senator Dana Whitfield met executives of Northwind Shipping in Oslo [1].")
    assert {"Dana Whitfield", "Northwind Shipping", "Oslo"} <= set(names)


@pytest.mark.skipif(nlp_module.available(), reason="spaCy is installed here")
def test_the_language_server_falls_back_to_the_heuristics_without_the_extra() -> None:
    from factcheck.lsp.checking import _names_reader

    assert _names_reader("spacy") == "heuristics"
    assert _names_reader(None) == "heuristics"
    assert _names_reader("heuristics") == "heuristics"
