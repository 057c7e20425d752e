"use strict";
// Filters and keyboard navigation. The page's text is already escaped server-side; this script
// reads only attributes it generated (ids, classes) and never writes HTML.
(function () {
  var findings = Array.prototype.slice.call(document.querySelectorAll("li.finding"));
  var current = -1;
  function visible() { return findings.filter(function (f) { return !f.classList.contains("hidden"); }); }
  function marksFor(item) {
    return document.querySelectorAll('mark[data-findings~="' + item.id + '"]');
  }
  function focus(step) {
    var shown = visible();
    if (!shown.length) return;
    var at = shown.indexOf(findings[current]);
    var next = shown[(at + step + shown.length) % shown.length];
    document.querySelectorAll(".current").forEach(function (n) { n.classList.remove("current"); });
    current = findings.indexOf(next);
    next.classList.add("current");
    marksFor(next).forEach(function (m) { m.classList.add("current"); });
    var mark = marksFor(next)[0];
    (mark || next).scrollIntoView({ block: "center" });
    next.scrollIntoView({ block: "nearest" });
  }
  function applyFilters() {
    var severities = {};
    document.querySelectorAll("input[data-severity]").forEach(function (box) { severities[box.dataset.severity] = box.checked; });
    var rule = document.getElementById("rule-filter").value;
    findings.forEach(function (f) {
      var show = severities[f.dataset.severity] && (!rule || f.dataset.rule === rule);
      f.classList.toggle("hidden", !show);
    });
    // A highlight stays while any of its findings is shown.
    document.querySelectorAll("mark[data-findings]").forEach(function (m) {
      var shown = m.dataset.findings.split(" ").some(function (id) {
        var f = document.getElementById(id);
        return f && !f.classList.contains("hidden");
      });
      m.classList.toggle("filtered", !shown);
    });
  }
  document.querySelectorAll("input[data-severity], #rule-filter").forEach(function (el) { el.addEventListener("change", applyFilters); });
  document.querySelectorAll("mark[data-findings]").forEach(function (m) {
    m.addEventListener("click", function () {
      var first = document.getElementById(m.dataset.findings.split(" ")[0]);
      if (first) { current = findings.indexOf(first) - 1; focus(1); }
    });
  });
  document.querySelectorAll("a.related").forEach(function (a) {
    a.addEventListener("click", function (event) {
      event.preventDefault();
      var target = document.getElementById(a.dataset.target);
      if (target) { target.scrollIntoView({ block: "center" }); target.classList.add("current"); }
    });
  });
  document.addEventListener("keydown", function (event) {
    if (event.target.tagName === "SELECT" || event.target.tagName === "INPUT") return;
    if (event.key === "j" || event.key === "n") focus(1);
    else if (event.key === "k" || event.key === "p") focus(-1);
  });
})();
