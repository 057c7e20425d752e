"use strict";
// Article text and findings are untrusted: the DOM is built with textContent only.
(function () {
  const token = document.querySelector('meta[name="factcheck-token"]').content;
  const root = document.getElementById("documents");
  const progress = document.getElementById("progress");
  let items = [];
  let current = -1;

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function highlighted(text, findings) {
    const box = el("div", "article");
    const cuts = new Set([0, text.length]);
    findings.forEach(function (f) {
      if (f.span) { cuts.add(Math.min(f.span.start, text.length)); cuts.add(Math.min(f.span.end, text.length)); }
    });
    const points = Array.from(cuts).sort(function (a, b) { return a - b; });
    for (let i = 0; i + 1 < points.length; i++) {
      const start = points[i], end = points[i + 1];
      const covering = findings.filter(function (f) { return f.span && f.span.start <= start && f.span.end >= end && f.span.end > f.span.start; });
      const piece = text.slice(start, end);
      if (!covering.length) { box.appendChild(document.createTextNode(piece)); continue; }
      const rank = { error: 3, warning: 2, info: 1 };
      const worst = covering.reduce(function (a, b) { return rank[b.severity] > rank[a.severity] ? b : a; });
      const mark = el("mark", worst.severity, piece);
      mark.dataset.fingerprints = covering.map(function (f) { return f.fingerprint; }).join(" ");
      box.appendChild(mark);
    }
    return box;
  }

  function decide(finding, status, note, label) {
    fetch("/api/decision", {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Factcheck-Token": token },
      body: JSON.stringify({ fingerprint: finding.fingerprint, status: status, note: note })
    }).then(function (response) {
      if (!response.ok) throw new Error("HTTP " + response.status);
      return response.json();
    }).then(function (decision) {
      finding.decision = decision;
      label.textContent = decision.status;
      label.className = "decision " + decision.status;
      count();
    }).catch(function (error) { label.textContent = "not saved: " + error.message; });
  }

  function count() {
    const done = items.filter(function (item) { return item.finding.decision; }).length;
    progress.textContent = done + " of " + items.length + " findings decided";
  }

  function focus(index) {
    if (!items.length) return;
    current = (index + items.length) % items.length;
    document.querySelectorAll(".current").forEach(function (n) { n.classList.remove("current"); });
    const item = items[current];
    item.node.classList.add("current");
    document.querySelectorAll("mark").forEach(function (m) {
      if ((m.dataset.fingerprints || "").split(" ").indexOf(item.finding.fingerprint) >= 0) m.classList.add("current");
    });
    item.node.scrollIntoView({ block: "center" });
  }

  function render(state) {
    state.documents.forEach(function (doc) {
      const section = el("section", "document");
      section.appendChild(el("h2", null, doc.path));
      if (doc.error) section.appendChild(el("p", "error", doc.error));
      section.appendChild(highlighted(doc.text, doc.findings));
      const list = el("ol", "findings");
      doc.findings.forEach(function (finding) {
        const li = el("li", "finding " + finding.severity);
        li.id = "finding-" + finding.fingerprint;
        const head = el("div");
        head.appendChild(el("span", "rule", finding.severity + " " + finding.rule_id + " "));
        head.appendChild(el("span", "message", finding.message));
        const label = el("span", "decision" + (finding.decision ? " " + finding.decision.status : ""),
          finding.decision ? finding.decision.status : "");
        head.appendChild(label);
        li.appendChild(head);
        if (finding.claim_text) li.appendChild(el("blockquote", null, finding.claim_text));
        if (finding.suggestion) li.appendChild(el("p", "suggestion", "Suggestion: " + finding.suggestion));
        const note = el("textarea");
        note.placeholder = "Note (optional)";
        note.setAttribute("aria-label", "note");
        if (finding.decision) note.value = finding.decision.note || "";
        li.appendChild(note);
        const accept = el("button", "accept", "Accept");
        const dismiss = el("button", "dismiss", "Dismiss");
        accept.addEventListener("click", function () { decide(finding, "accepted", note.value, label); });
        dismiss.addEventListener("click", function () { decide(finding, "dismissed", note.value, label); });
        li.appendChild(accept);
        li.appendChild(dismiss);
        list.appendChild(li);
        items.push({ finding: finding, node: li, accept: accept, dismiss: dismiss });
      });
      section.appendChild(list);
      root.appendChild(section);
    });
    count();
  }

  document.addEventListener("keydown", function (event) {
    if (event.target.tagName === "TEXTAREA") return;
    if (event.key === "j") focus(current + 1);
    else if (event.key === "k") focus(current - 1);
    else if ((event.key === "a" || event.key === "d") && items[current]) {
      (event.key === "a" ? items[current].accept : items[current].dismiss).click();
    }
  });

  fetch("/api/state").then(function (r) { return r.json(); }).then(render);
})();
