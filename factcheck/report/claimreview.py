"""schema.org ClaimReview JSON-LD, one review per flagged claim, for publishing fact-checks."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from factcheck.models import Finding, Report, Severity
from factcheck.report import RenderContext

RATINGS = {Severity.ERROR: (1, "Inconsistent"), Severity.WARNING: (2, "Needs context"),
           Severity.INFO: (3, "Minor issue")}


def render(report: Report, context: RenderContext) -> str:
    today = dt.date.today().isoformat()
    by_claim: dict[tuple[str, str], list[Finding]] = {}
    for finding in report.findings():
        if finding.claim_text:
            by_claim.setdefault((finding.path, finding.claim_text), []).append(finding)
    reviews: list[dict[str, Any]] = []
    for (path, claim_text), findings in by_claim.items():
        worst = max(findings, key=lambda f: f.severity.rank).severity
        value, name = RATINGS[worst]
        if all(f.rule_id.startswith("citation.") for f in findings):
            name = "Unsupported" if worst is not Severity.INFO else name
        reviews.append({
            "@context": "https://schema.org", "@type": "ClaimReview",
            "datePublished": today, "claimReviewed": claim_text,
            "author": {"@type": "Organization", "name": "factcheck"},
            "reviewRating": {"@type": "Rating", "ratingValue": value, "bestRating": 5,
                             "worstRating": 1, "alternateName": name},
            "itemReviewed": {"@type": "Claim", "appearance": [{"@type": "CreativeWork",
                                                               "url": path}]},
            "reviewBody": " ".join(f"{f.rule_id}: {f.message}." for f in findings),
        })
    return json.dumps(reviews, indent=2, ensure_ascii=False) + "\n"
