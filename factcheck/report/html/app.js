"use strict";
// Filters, keyboard navigation, and the link between a finding and its place in the text. The
// page's text is already escaped server-side; this script reads only attributes it generated
// (ids, classes, data-*) and never writes HTML.
(function () {
  var findings = Array.prototype.slice.call(document.querySelectorAll("li.finding"));
  var current = -1;

  function visible() { return findings.filter(function (f) { return !f.classList.contains("hidden"); }); }
  // Marks (the exact span) and flagged blocks (its paragraph, heading, row) name their findings.
  function placesOf(item) { return document.querySelectorAll('[data-findings~="' + item.id + '"]'); }
  function paneOf(item) { return item.closest("article").querySelector(".text"); }
  // The exact span where the text shows one, else the block holding it.
  function placeOf(item) {
    var pane = paneOf(item);
    if (!pane) return null;
    return pane.querySelector('mark[data-findings~="' + item.id + '"]') ||
      pane.querySelector('[data-findings~="' + item.id + '"]');
  }
  // Scrolls one pane, not the window: the other pane stays where the reader left it.
  function centreIn(pane, element) {
    var paneBox = pane.getBoundingClientRect(), box = element.getBoundingClientRect();
    pane.scrollTop += (box.top - paneBox.top) - (pane.clientHeight - box.height) / 2;
  }
  function select(item) {
    document.querySelectorAll(".current").forEach(function (n) { n.classList.remove("current"); });
    current = findings.indexOf(item);
    item.classList.add("current");
    placesOf(item).forEach(function (m) { m.classList.add("current"); });
    item.closest("article").scrollIntoView({ block: "nearest" });
    var place = placeOf(item);
    if (place) centreIn(paneOf(item), place);
    centreIn(item.parentElement, item);
  }
  function step(by) {
    var shown = visible();
    if (!shown.length) return;
    var at = shown.indexOf(findings[current]);
    select(shown[(at + by + shown.length) % shown.length]);
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
    document.querySelectorAll("[data-findings]").forEach(function (m) {
      var shown = m.dataset.findings.split(" ").some(function (id) {
        var f = document.getElementById(id);
        return f && !f.classList.contains("hidden");
      });
      m.classList.toggle("filtered", !shown);
    });
  }
  document.querySelectorAll("input[data-severity], #rule-filter").forEach(function (el) { el.addEventListener("change", applyFilters); });
  document.addEventListener("click", function (event) {
    var related = event.target.closest("a.related");
    if (related) {
      event.preventDefault();
      var target = document.getElementById(related.dataset.target);
      if (target) select(target);
      return;
    }
    // A finding shows its place in the text; a place in the text shows its (first) finding.
    var item = event.target.closest("li.finding");
    if (item) {
      if (!event.target.closest("a, summary, details")) select(item);
      return;
    }
    var place = event.target.closest("[data-findings]");
    if (place) {
      var first = document.getElementById(place.dataset.findings.split(" ")[0]);
      if (first) select(first);
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.target.tagName === "SELECT" || event.target.tagName === "INPUT") return;
    if (event.key === "j" || event.key === "n") step(1);
    else if (event.key === "k" || event.key === "p") step(-1);
    else if (event.key === "Enter" && event.target.matches && event.target.matches("li.finding")) select(event.target);
  });
})();
