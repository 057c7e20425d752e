"""The HTML report renders Markdown articles (issue 17): rendered, inert, and marked.

Markdown is rendered with raw HTML off, so whatever an article holds is shown as text or as the
few elements Markdown makes; each finding's span is marked where the rendered text shows it, and
the block holding it always.
"""

from __future__ import annotations

import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest

from factcheck import __version__
from factcheck.models import Report
from factcheck.report import RenderContext, renderer
from factcheck.report.article_html import Mark, align, article_html
from factcheck.testing.pytest_plugin import make_checker

# What Markdown (CommonMark with tables and strikethrough) can make, and our own marks.
MARKDOWN_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "s", "a", "img",
                 "code", "pre", "blockquote", "ul", "ol", "li", "hr", "br", "table", "thead",
                 "tbody", "tr", "th", "td", "mark"}
SAFE_ATTRIBUTES = {"href", "src", "alt", "title", "class", "rel", "start", "style",
                   "data-findings", "data-severity"}

HOSTILE_MARKDOWN = """\
# Report <script>window.__pwned = 1</script>

Exports rose 5% <img src=x onerror="window.__pwned = 2"> last year [3].
<svg onload="window.__pwned = 3"></svg> and <iframe src="javascript:alert(4)"></iframe>

<script>
window.__pwned = 5
</script>

[plain](javascript:alert(6)) [upper](JAVASCRIPT:alert(7)) [entity](&#106;avascript:alert(8))
[colon](javascript&colon;alert(9)) [spaced]( javascript:alert(10)) [vb](vbscript:msgbox(11))
[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxMik8L3NjcmlwdD4=)
![img](javascript:alert(13)) ![svg](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMTQpPg==)
<javascript:alert(15)> <http://example.com/ok> <mailto:desk@example.com>
[ref]: javascript:alert(16)
[titled](http://example.com "a\\" onmouseover=\\"alert(17)")

Entities: &lt;script&gt;alert(18)&lt;/script&gt; &#x3C;img src=x onerror=alert(19)&#x3E; &amp;lt;b&amp;gt;

    <script>alert(20)</script> in an indented code block

```html
<script>alert(21)</script>
```
"""


class Elements(HTMLParser):
    """Every start tag with its attributes, as a browser would read them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {name: value or "" for name, value in attrs}))

    handle_startendtag = handle_starttag


def elements(page: str) -> list[tuple[str, dict[str, str]]]:
    parser = Elements()
    parser.feed(page)
    return parser.tags


def url_is_safe(url: str) -> bool:
    # As a browser reads it: control characters and spaces around and inside the scheme go.
    scheme = re.sub(r"[\x00-\x20]", "", url).lower().split(":", 1)
    if len(scheme) == 1 or "/" in scheme[0]:
        return True  # relative
    return scheme[0] in ("http", "https", "mailto") or (
        scheme[0] == "data" and re.match(r"image/(png|gif|jpeg|webp);", scheme[1]) is not None)


def mark_at(text: str, piece: str, element_id: str, severity: str = "error") -> Mark:
    start = text.index(piece)
    end = start + len(piece)
    return Mark(element_id, severity, start, end, text.count("\n", 0, start) + 1,
                text.count("\n", 0, end) + 1)


def test_markdown_is_rendered_not_shown_raw() -> None:
    text = ("# Trade *report*\n\nExports rose **5%** in `2024`.\n\n- one\n- two\n\n"
            "| year | share |\n|---|---|\n| 2024 | 40% |\n\n> quoted\n")
    page = article_html(text, [], markdown=True)
    for fragment in ("<h1>Trade <em>report</em></h1>", "<strong>5%</strong>", "<code>2024</code>",
                     "<li>", "<td>40%</td>", "<blockquote>"):
        assert fragment in page
    assert "**" not in page and "# Trade" not in page


def test_plain_text_stays_as_written() -> None:
    text = "# Not a heading\n**not bold** <b>x</b>\n"
    assert article_html(text, [], markdown=False) == (
        "# Not a heading\n**not bold** &lt;b&gt;x&lt;/b&gt;\n")


def test_a_reference_list_stays_visible() -> None:
    # "[1]: …" is a link definition to Markdown; to a reader of the report it is a reference.
    page = article_html("Exports rose [1].\n\n[1]: https://example.com/trade\n", [],
                        markdown=True)
    assert "[1]: https://example.com/trade" in page


def test_front_matter_is_shown_as_it_is_and_marked() -> None:
    text = "---\ntitle: Trade\n---\n# Heading\n"
    page = article_html(text, [mark_at(text, "Trade", "f0-0")], markdown=True)
    assert page.startswith('<pre class="front-matter">---\ntitle: <mark ')
    assert "<h1>Heading</h1>" in page and "<hr" not in page


def test_hostile_markdown_makes_no_element_or_url_that_could_run() -> None:
    page = article_html(HOSTILE_MARKDOWN, [], markdown=True)
    found = elements(page)
    assert {tag for tag, _ in found} <= MARKDOWN_TAGS
    for tag, attributes in found:
        assert set(attributes) <= SAFE_ATTRIBUTES, (tag, attributes)
        for name in ("href", "src"):
            if name in attributes:
                assert url_is_safe(attributes[name]), (tag, attributes)
    assert not any(name == "style" for _, attributes in found for name in attributes)
    # The attacks are there to read, as text.
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=" in page
    # Entities are decoded once and shown escaped: never turned into a tag.
    assert "&lt;script&gt;alert(18)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(19)&gt;" in page
    assert "&amp;lt;b&amp;gt;" in page
    # What is a link is a safe one, marked as not the report's.
    links = [attributes for tag, attributes in found if tag == "a"]
    assert {link["href"] for link in links} == {"http://example.com/ok", "http://example.com",
                                               "mailto:desk@example.com"}
    titled = next(link for link in links if link["href"] == "http://example.com")
    assert titled["title"] == 'a" onmouseover="alert(17)'  # a title, quotes and all
    assert all(link["rel"] == "nofollow noopener noreferrer" for link in links)
    assert not [attributes for tag, attributes in found if tag == "img"]


def test_a_span_is_marked_exactly_inside_text_and_through_markup() -> None:
    text = "Intro.\n\nExports rose **5%** last year &amp; more, a \\* b [3].\n"
    marks = [mark_at(text, "rose **5%** last", "f0-0"),
             mark_at(text, "&amp; more", "f0-1", "warning"),
             mark_at(text, "a \\* b", "f0-2", "info")]
    page = article_html(text, marks, markdown=True)
    shown = {element_id: "".join(re.findall(
        rf'<mark [^>]*data-findings="[^"]*\b{element_id}\b[^"]*">([^<]*)</mark>', page))
        for element_id in ("f0-0", "f0-1", "f0-2")}
    assert shown == {"f0-0": "rose 5% last", "f0-1": "&amp; more", "f0-2": "a * b"}
    assert "<strong><mark" in page  # the mark follows the text into the bold
    # The paragraph holding them is flagged too, with the worst severity; the intro is not.
    assert '<p class="flagged error" data-severity="error" data-findings="f0-0 f0-1 f0-2">' in page
    assert "<p>Intro.</p>" in page


def test_a_span_in_a_list_table_or_code_is_marked() -> None:
    text = ("- first item\n- second 140%\n\n| a | b |\n|---|---|\n| 1 | 300% |\n\n`code 7%`\n\n"
            "```py\npy = 12%\n```\n\n    indented 13%\n")
    marks = [mark_at(text, "140%", "f0-0"), mark_at(text, "300%", "f0-1"),
             mark_at(text, "7%", "f0-2"), mark_at(text, "py = 12%", "f0-3"),
             mark_at(text, "13%", "f0-4")]
    page = article_html(text, marks, markdown=True)
    assert '<p class="tight flagged error" data-severity="error" data-findings="f0-0">second ' in page
    assert '<tr class="flagged error" data-severity="error" data-findings="f0-1">' in page
    assert '<pre class="flagged error" data-severity="error" data-findings="f0-3"><code><mark' in page
    for element_id, figure in (("f0-0", "140%"), ("f0-1", "300%"), ("f0-2", "7%"),
                               ("f0-3", "py = 12%"), ("f0-4", "13%")):
        assert f'data-findings="{element_id}">{figure}</mark>' in page


def test_text_after_a_link_is_not_traced_into_its_destination() -> None:
    text = "See [the data](https://example.com/rose) rose 5% [1].\n"
    start = text.index(" rose 5%") + 1
    runs = align(" rose 5% ", text, text.index(")"), len(text))
    assert runs is not None and runs[0].source_start == start - 1
    page = article_html(text, [mark_at(text, "rose 5%", "f0-0")], markdown=True)
    assert '<a href="https://example.com/rose" rel="nofollow noopener noreferrer">the data</a>' in page
    assert 'data-findings="f0-0">rose 5%</mark>' in page


def test_a_span_the_text_cannot_show_keeps_its_block_mark() -> None:
    # The span is the link's destination: not shown as text, but its paragraph is flagged.
    text = "Intro.\n\nSee [the data](https://example.com/2024-figures).\n"
    page = article_html(text, [mark_at(text, "2024-figures", "f0-0")], markdown=True)
    assert "<mark" not in page
    assert '<p class="flagged error" data-severity="error" data-findings="f0-0">' in page


@pytest.fixture(scope="module")
def checker():  # type: ignore[no-untyped-def]
    return make_checker(engine="python")


def test_the_report_renders_markdown_articles_and_marks_every_finding(
        checker, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    markdown = tmp_path / "story.md"
    markdown.write_text("# Trade *report*\n\nExports rose **5%** last year [3].\n\n"
                        "- The share of exports reached 140% of output [1].\n\n"
                        + HOSTILE_MARKDOWN)
    plain = tmp_path / "story.txt"
    plain.write_text("# Not a heading\n\nExports rose **5%** last year [3].\n")
    keeping = replace(checker, options=replace(checker.options, keep_text=True))
    documents = [keeping.check_path(path) for path in (markdown, plain)]
    report = Report(version=__version__, ruleset_fingerprint=checker.ruleset.fingerprint,
                    rules=checker.ruleset.infos(), documents=documents).summarize()
    page = renderer("html")(report, RenderContext(texts={d.path: d.text or "" for d in documents}))

    assert '<div class="text markdown"><h1>Trade <em>report</em></h1>' in page
    plain_pane = page[page.index('<div class="text plain">'):]
    assert plain_pane.startswith(
        '<div class="text plain"># Not a heading\n\nExports rose **5%** last year <mark')
    assert "[3]</mark>" in plain_pane
    assert page.count("<script>") == 1  # the page's own
    for number, document in enumerate(report.documents):
        marked = [f for f in document.findings if f.span is not None]
        assert marked, document.path
        for index, finding in enumerate(document.findings):
            if finding.span is not None:
                assert re.search(rf'<mark [^>]*data-findings="[^"]*\bf{number}-{index}\b', page), (
                    document.path, finding.rule_id)
    # The page's own elements aside, the article's pane holds only what Markdown makes.
    pane = page[page.index('<div class="text markdown">'):page.index('<ol class="findings">')]
    found = elements(pane)
    assert {tag for tag, _ in found} <= MARKDOWN_TAGS | {"div"}
    assert all(url_is_safe(a.get("href", "")) and url_is_safe(a.get("src", ""))
               for _, a in found)
