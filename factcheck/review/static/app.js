"use strict";
// Article text and findings are untrusted: the DOM is built with textContent only.
(function () {
  const token = document.querySelector('meta[name="factcheck-token"]').content;
  const root = document.getElementById("documents");
  const progress = document.getElementById("progress");
  const ruleFilter = document.getElementById("filter-rule");
  const severityFilter = document.getElementById("filter-severity");
  const decisionFilter = document.getElementById("filter-decision");
  const dismissRule = document.getElementById("dismiss-rule");
  const bulkStatus = document.getElementById("bulk-status");
  const keys = document.getElementById("keys");
  const keysToggle = document.getElementById("keys-toggle");
  const RANK = { error: 3, warning: 2, info: 1 };
  let items = [];  // one per finding: { finding, node, label, note, article }
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
      const worst = covering.reduce(function (a, b) { return RANK[b.severity] > RANK[a.severity] ? b : a; });
      const mark = el("mark", worst.severity, piece);
      mark.dataset.fingerprints = covering.map(function (f) { return f.fingerprint; }).join(" ");
      box.appendChild(mark);
    }
    return box;
  }

  function post(path, body) {
    return fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Factcheck-Token": token },
      body: JSON.stringify(body)
    }).then(function (response) {
      if (!response.ok) throw new Error("HTTP " + response.status);
      return response.json();
    });
  }

  // One fingerprint can stand for several findings (the same claim flagged twice): all show it.
  function record(fingerprint, decision) {
    items.forEach(function (item) {
      if (item.finding.fingerprint !== fingerprint) return;
      item.finding.decision = decision;
      item.label.textContent = decision.status;
      item.label.className = "decision " + decision.status;
      item.note.value = decision.note || "";
    });
  }

  function decide(item, status) {
    post("/api/decision", { fingerprint: item.finding.fingerprint, status: status, note: item.note.value })
      .then(function (decision) { record(item.finding.fingerprint, decision); refresh(); })
      .catch(function (error) { item.label.textContent = "not saved: " + error.message; });
  }

  function dismissAll(ruleId) {
    post("/api/bulk-decision", { rule_id: ruleId, status: "dismissed", note: "dismissed with every finding of " + ruleId })
      .then(function (result) {
        Object.keys(result.decisions).forEach(function (fingerprint) { record(fingerprint, result.decisions[fingerprint]); });
        bulkStatus.textContent = "Dismissed " + result.decided + " findings of " + ruleId + ".";
        refresh();
      })
      .catch(function (error) { bulkStatus.textContent = "not saved: " + error.message; });
  }

  function matches(item) {
    const finding = item.finding;
    const decision = finding.decision ? finding.decision.status : "open";
    return (!ruleFilter.value || finding.rule_id === ruleFilter.value) &&
      (!severityFilter.value || finding.severity === severityFilter.value) &&
      (!decisionFilter.value || decision === decisionFilter.value);
  }

  function shown(index) { return !items[index].node.classList.contains("hidden"); }

  // The index of the next finding the filters show, going by `step` from `from` and wrapping
  // round; -1 when they show none.
  function nextShown(from, step) {
    const start = from < 0 && step < 0 ? 0 : from;
    for (let n = 1; n <= items.length; n++) {
      const index = ((start + step * n) % items.length + items.length) % items.length;
      if (shown(index)) return index;
    }
    return -1;
  }

  // Applies the filters. A decision can hide the current finding (filtering "open" ones):
  // the next one shown becomes current, so an editor goes on down the list.
  function refresh() {
    items.forEach(function (item) { item.node.classList.toggle("hidden", !matches(item)); });
    const visible = new Set(items.filter(function (item, index) { return shown(index); })
      .map(function (item) { return item.finding.fingerprint; }));
    document.querySelectorAll("mark[data-fingerprints]").forEach(function (mark) {
      const any = mark.dataset.fingerprints.split(" ").some(function (f) { return visible.has(f); });
      mark.classList.toggle("filtered", !any);
    });
    if (current >= 0 && !shown(current)) focus(nextShown(current, 1));
    const rule = ruleFilter.value;
    const ofRule = items.filter(function (item) { return item.finding.rule_id === rule; }).length;
    dismissRule.disabled = !rule;
    dismissRule.textContent = rule ? "Dismiss all " + ofRule + " findings of " + rule : "Dismiss all findings of the rule";
    count();
  }

  function count() {
    const done = items.filter(function (item) { return item.finding.decision; }).length;
    const visible = items.filter(function (item, index) { return shown(index); }).length;
    progress.textContent = done + " of " + items.length + " findings decided; " + visible + " shown";
  }

  // Scrolls the article's own pane, not the window, to the finding's place in the text.
  function centreIn(pane, element) {
    const paneBox = pane.getBoundingClientRect(), box = element.getBoundingClientRect();
    pane.scrollTop += (box.top - paneBox.top) - (pane.clientHeight - box.height) / 2;
  }

  function focus(index) {
    document.querySelectorAll(".current").forEach(function (n) { n.classList.remove("current"); });
    current = index;
    if (index < 0) return;
    const item = items[index];
    item.node.classList.add("current");
    let first = null;
    item.article.querySelectorAll("mark").forEach(function (m) {
      if ((m.dataset.fingerprints || "").split(" ").indexOf(item.finding.fingerprint) < 0) return;
      m.classList.add("current");
      first = first || m;
    });
    item.node.scrollIntoView({ block: "center" });
    if (first) centreIn(item.article, first);
  }

  function toggleKeys(show) {
    keys.hidden = show === undefined ? !keys.hidden : !show;
    keysToggle.setAttribute("aria-expanded", String(!keys.hidden));
  }

  function findingItem(finding, article) {
    const li = el("li", "finding " + finding.severity);
    li.id = "finding-" + finding.fingerprint;
    li.dataset.rule = finding.rule_id;
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
    const item = { finding: finding, node: li, label: label, note: note, article: article };
    accept.addEventListener("click", function () { decide(item, "accepted"); });
    dismiss.addEventListener("click", function () { decide(item, "dismissed"); });
    li.appendChild(accept);
    li.appendChild(dismiss);
    li.addEventListener("click", function (event) {
      if (!event.target.closest("button, textarea")) focus(items.indexOf(item));
    });
    return item;
  }

  function render(state) {
    const perRule = {};
    state.documents.forEach(function (doc) {
      const section = el("section", "document");
      section.appendChild(el("h2", null, doc.path));
      if (doc.error) section.appendChild(el("p", "error", doc.error));
      const article = highlighted(doc.text, doc.findings);
      section.appendChild(article);
      const list = el("ol", "findings");
      doc.findings.forEach(function (finding) {
        const item = findingItem(finding, article);
        list.appendChild(item.node);
        items.push(item);
        perRule[finding.rule_id] = (perRule[finding.rule_id] || 0) + 1;
      });
      section.appendChild(list);
      root.appendChild(section);
    });
    Object.keys(perRule).sort().forEach(function (rule) {
      ruleFilter.appendChild(new Option(rule + " (" + perRule[rule] + ")", rule));
    });
    refresh();
  }

  [ruleFilter, severityFilter, decisionFilter].forEach(function (filter) {
    filter.addEventListener("change", refresh);
  });
  dismissRule.addEventListener("click", function () { if (ruleFilter.value) dismissAll(ruleFilter.value); });
  keysToggle.addEventListener("click", function () { toggleKeys(); });
  // A place in the text shows its finding.
  root.addEventListener("click", function (event) {
    const mark = event.target.closest("mark[data-fingerprints]");
    if (!mark) return;
    const fingerprint = mark.dataset.fingerprints.split(" ")[0];
    const index = items.findIndex(function (item) { return item.finding.fingerprint === fingerprint; });
    if (index >= 0) focus(index);
  });

  document.addEventListener("keydown", function (event) {
    const typing = /^(TEXTAREA|INPUT|SELECT)$/.test(event.target.tagName);
    if (event.key === "Escape") {
      if (typing) event.target.blur();
      toggleKeys(false);
      return;
    }
    if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
    const item = items[current];
    switch (event.key) {
      case "j": focus(nextShown(current, 1)); break;
      case "k": focus(nextShown(current, -1)); break;
      case "a": if (item) decide(item, "accepted"); break;
      case "d": if (item) decide(item, "dismissed"); break;
      case "D": if (item) dismissAll(item.finding.rule_id); break;
      case "n": if (item) item.note.focus(); break;
      case "/": ruleFilter.focus(); break;
      case "?": toggleKeys(); break;
      default: return;
    }
    event.preventDefault();  // "/" and "n" must not be typed into what they focus
  });

  fetch("/api/state").then(function (r) { return r.json(); }).then(render);
})();
