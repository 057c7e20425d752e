"""Reusable properties any rule pack can be checked against (pytest, or `factcheck rules fuzz`).

Each property takes a Checker and draws its own articles; it raises AssertionError with a
readable message when a rule misbehaves, and hypothesis shrinks the article to a minimal one.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.dsl.ruleset import RuleSet
from factcheck.dsl.schema import Example
from factcheck.load import document_from_text
from factcheck.models import Finding, Severity
from factcheck.pipeline import Checker
from factcheck.testing.articles import COUNTRIES, Article, Planted, consistent_articles, planted_articles
from factcheck.testing.examples import (
    OwnExample,
    fires,
    own_examples,
    reformatted,
    rename_mapping,
    renamed,
    reordered,
    rescaled,
)


def check_article(checker: Checker, article: Article, path: str = "generated.md") -> list[Finding]:
    loaded = document_from_text(article.render(), path)
    sources = article.sources()
    document = loaded.model_copy(update={"references": tuple(
        ref.model_copy(update={"text": sources.get(ref.id)}) for ref in loaded.references)})
    return checker.check_document(document).findings


def signature(findings: list[Finding]) -> Counter[tuple[str, tuple[str, ...]]]:
    """What a finding is, apart from where: rule id and its claims' normalized texts."""
    return Counter(
        (f.rule_id, tuple(sorted(" ".join(text.split()).lower()
                                 for text in [f.claim_text, *(r.text for r in f.related)])))
        for f in findings)


def _loud(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity in (Severity.ERROR, Severity.WARNING)]


def _show(article: Article, findings: list[Finding]) -> str:
    listed = "\n".join(f"  {f.rule_id}: {f.message}" for f in findings)
    return f"\n--- article ---\n{article.render()}--- findings ---\n{listed}"


def silent_on_consistent(checker: Checker, article: Article) -> None:
    loud = _loud(check_article(checker, article))
    assert not loud, "a rule fired on a consistent article" + _show(article, loud)


def fires_on_planted(checker: Checker, article: Article, kind: Planted) -> None:
    findings = check_article(checker, article)
    assert any(f.rule_id == kind.value for f in findings), (
        f"{kind.value} did not fire on its planted inconsistency" + _show(article, findings))


def invariant_under_reordering(checker: Checker, article: Article, seed: int) -> None:
    order = list(range(len(article.statements)))
    random.Random(seed).shuffle(order)
    before = signature(check_article(checker, article))
    after = signature(check_article(checker, article.reordered(order)))
    assert before == after, (f"findings changed when claims were reordered: {before} vs {after}"
                             + _show(article.reordered(order), []))


def invariant_under_formatting(checker: Checker, article: Article) -> None:
    from dataclasses import replace

    before = signature(check_article(checker, article))
    after = signature(check_article(checker, replace(article, bullets=not article.bullets)))
    assert before == after, f"findings changed with Markdown formatting: {before} vs {after}"


def invariant_under_renaming(checker: Checker, article: Article, seed: int) -> None:
    names = list(COUNTRIES)
    shuffled = names[:]
    random.Random(seed).shuffle(shuffled)
    renamed = article.renamed(dict(zip(names, shuffled, strict=True)))
    rules = Counter(f.rule_id for f in check_article(checker, article))
    renamed_rules = Counter(f.rule_id for f in check_article(checker, renamed))
    assert rules == renamed_rules, (f"findings changed when actors were renamed: {rules} vs "
                                    f"{renamed_rules}" + _show(renamed, []))


def invariant_under_scaling(checker: Checker, article: Article, factor: int) -> None:
    """Multiplying every figure of the article and its sources by one factor keeps the verdicts
    of ratio and value rules: they compare figures with each other, not with constants."""
    scaled = article.scaled(factor)
    rules = ("numeric.ratio-mismatch", "numeric.value-conflict")
    before = Counter(f.rule_id for f in check_article(checker, article) if f.rule_id in rules)
    after = Counter(f.rule_id for f in check_article(checker, scaled) if f.rule_id in rules)
    assert before == after, (f"ratio/value findings changed when figures were scaled by "
                             f"{factor}: {before} vs {after}" + _show(scaled, []))


def deterministic_and_total(checker: Checker, text: str) -> None:
    document = document_from_text(text, "arbitrary.md")
    first = checker.check_document(document).findings
    second = checker.check_document(document_from_text(text, "arbitrary.md")).findings
    assert first == second, "checking the same text twice gave different findings"


def _show_example(own: OwnExample, case: Example) -> str:
    sources = "".join(f"--- source [{ref}] ---\n{text}\n" for ref, text in case.sources.items())
    return f"\n--- article ---\n{case.text.rstrip()}\n{sources}"


def example_holds(checker: Checker, own: OwnExample) -> None:
    """The example as written: a flag example fires its rule, a pass example does not."""
    fired = fires(checker, own.rule_id, own.case)
    assert fired == own.must_flag, (
        f"{own.rule_id} examples.{own.label}: "
        f"{'expected a finding, got none' if own.must_flag else 'unexpected finding'}"
        + _show_example(own, own.case))


def example_invariant(checker: Checker, own: OwnExample, changed: Example, how: str) -> None:
    """The rule gives the example the same verdict after a transformation."""
    before = fires(checker, own.rule_id, own.case)
    after = fires(checker, own.rule_id, changed)
    assert before == after, (
        f"{own.rule_id} examples.{own.label} {'fired' if before else 'was silent'} as written "
        f"and {'fired' if after else 'was silent'} when {how}" + _show_example(own, changed))


@dataclass(frozen=True)
class Property:
    name: str
    build: Callable[[Checker], Callable[[], None]]  # a hypothesis test bound to a checker


def properties(planted: tuple[Planted, ...] = tuple(Planted),
               own: tuple[OwnExample, ...] = ()) -> list[Property]:
    """Every property as a ready-to-run hypothesis test for one checker.

    ``planted``: the inconsistencies that must be caught (each names the built-in rule that
    catches it); ``own``: the examples of the pack under test, which must keep their verdicts
    under the same transformations as the generated articles (see ``pack_properties``).
    """
    # The invariants are checked on articles of every planted kind, whichever rules are loaded.
    every = tuple(Planted)

    def consistent(checker: Checker) -> Callable[[], None]:
        @given(consistent_articles())
        def test(article: Article) -> None:
            silent_on_consistent(checker, article)
        return test

    def planted_test(kind: Planted) -> Callable[[Checker], Callable[[], None]]:
        def build(checker: Checker) -> Callable[[], None]:
            @given(planted_articles(kind))
            def test(article: Article) -> None:
                fires_on_planted(checker, article, kind)
            return test
        return build

    def reordering(checker: Checker) -> Callable[[], None]:
        @given(st.one_of(consistent_articles(), *(planted_articles(k) for k in every)),
               st.integers(min_value=0, max_value=2**16))
        def test(article: Article, seed: int) -> None:
            invariant_under_reordering(checker, article, seed)
        return test

    def formatting(checker: Checker) -> Callable[[], None]:
        @given(st.one_of(consistent_articles(), *(planted_articles(k) for k in every)))
        def test(article: Article) -> None:
            invariant_under_formatting(checker, article)
        return test

    def renaming(checker: Checker) -> Callable[[], None]:
        @given(st.one_of(consistent_articles(), *(planted_articles(k) for k in every)),
               st.integers(min_value=0, max_value=2**16))
        def test(article: Article, seed: int) -> None:
            invariant_under_renaming(checker, article, seed)
        return test

    def scaling(checker: Checker) -> Callable[[], None]:
        kinds = (Planted.RATIO_MISMATCH, Planted.VALUE_CONFLICT)
        @given(st.one_of(consistent_articles(), *(planted_articles(k) for k in kinds)),
               st.sampled_from([10, 1000]))
        def test(article: Article, factor: int) -> None:
            invariant_under_scaling(checker, article, factor)
        return test

    def total(checker: Checker) -> Callable[[], None]:
        @given(st.text(max_size=400))
        def test(text: str) -> None:
            deterministic_and_total(checker, text)
        return test

    own_properties = _own_example_properties(own) if own else []
    return [
        Property("silent on consistent articles", consistent),
        *(Property(f"fires on planted {kind.name.lower().replace('_', ' ')}", planted_test(kind))
          for kind in planted),
        Property("invariant under claim reordering", reordering),
        Property("invariant under Markdown formatting", formatting),
        Property("invariant under renaming actors", renaming),
        Property("ratio and value findings invariant under scaling figures", scaling),
        Property("deterministic and never crashes on arbitrary text", total),
        *own_properties,
    ]


def _own_example_properties(own: tuple[OwnExample, ...]) -> list[Property]:
    scalable = tuple(example for example in own if example.scale_free and not example.case.ledger)

    def as_written(checker: Checker) -> Callable[[], None]:
        @given(st.just(own))  # one run over every example: hypothesis stops after it
        def test(examples: tuple[OwnExample, ...]) -> None:
            for example in examples:
                example_holds(checker, example)
        return test

    def reordering(checker: Checker) -> Callable[[], None]:
        @given(st.sampled_from(own), st.integers(min_value=0, max_value=2**16))
        def test(example: OwnExample, seed: int) -> None:
            example_invariant(checker, example, reordered(example.case, seed),
                              "its sentences were reordered")
        return test

    def formatting(checker: Checker) -> Callable[[], None]:
        @given(st.sampled_from(own), st.sampled_from(["prose", "paragraphs", "bullets"]))
        def test(example: OwnExample, style: str) -> None:
            example_invariant(checker, example, reformatted(example.case, style),
                              f"reformatted as {style}")
        return test

    def renaming(checker: Checker) -> Callable[[], None]:
        @given(st.sampled_from(own), st.integers(min_value=0, max_value=2**16))
        def test(example: OwnExample, seed: int) -> None:
            mapping = rename_mapping(seed)
            swapped = ", ".join(f"{a}→{b}" for a, b in mapping.items()
                                if a != b and a in example.case.text)
            example_invariant(checker, example, renamed(example.case, mapping),
                              f"actors were renamed ({swapped or 'none named'})")
        return test

    def scaling(checker: Checker) -> Callable[[], None]:
        @given(st.sampled_from(scalable), st.sampled_from([10, 1000]))
        def test(example: OwnExample, factor: int) -> None:
            example_invariant(checker, example, rescaled(example.case, factor),
                              f"its figures were multiplied by {factor}")
        return test

    found = [
        Property("own examples hold as written", as_written),
        Property("own examples invariant under sentence reordering", reordering),
        Property("own examples invariant under Markdown formatting", formatting),
        Property("own examples invariant under renaming actors", renaming),
    ]
    if scalable:
        found.append(Property("own examples invariant under scaling figures", scaling))
    return found


def pack_properties(ruleset: RuleSet, own_rule_ids: set[str]) -> list[Property]:
    """The properties for a rule set whose own (not built-in) rules are ``own_rule_ids``: a
    planted inconsistency must be caught only when the rule that catches it is loaded, and the
    own rules are fuzzed through their examples."""
    loaded = {info.id for info in ruleset.infos()}
    planted = tuple(kind for kind in Planted if kind.value in loaded)
    return properties(planted, tuple(own_examples(ruleset, own_rule_ids)))


def run_property(prop: Property, checker: Checker, examples: int, seed: int | None
                 ) -> str | None:
    """None if the property held; else hypothesis' report with the minimal article."""
    import io

    from hypothesis import reporting
    from hypothesis import seed as fix_seed

    test = prop.build(checker)
    test = settings(max_examples=examples, deadline=None, database=None,
                    print_blob=False)(test)
    if seed is not None:
        test = fix_seed(seed)(test)
    output = io.StringIO()
    try:
        def report(value: object) -> None:
            output.write(f"{value}\n")

        with reporting.with_reporter(report):
            test()
    except AssertionError as error:
        return f"{output.getvalue()}{error}"
    except Exception as error:  # a crash is a broken property too
        return f"{output.getvalue()}{type(error).__name__}: {error}"
    return None
