/* casecheck's HTML report: filters the cases, copies a message, opens the rule docs to print.
   The page reads in full without it; the CSP allows this script by its hash only. */
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var severity = document.getElementById("filter-severity");
  var type = document.getElementById("filter-type");
  var status = document.getElementById("filter-status");
  var cases = Array.prototype.slice.call(document.querySelectorAll("article.case"));

  function apply() {
    var wanted = severity.value, kind = type.value, shown = 0;
    cases.forEach(function (article) {
      var has = article.getAttribute("data-severities").split(" ");
      var visible = (!kind || article.getAttribute("data-type") === kind) &&
        (!wanted || has.indexOf(wanted) >= 0);
      article.hidden = !visible;
      var row = document.getElementById("row-" + article.id.slice(5));
      if (row) { row.hidden = !visible; }
      article.querySelectorAll(".severity-group").forEach(function (group) {
        group.hidden = !!wanted && wanted !== "none" &&
          group.getAttribute("data-severity") !== wanted;
      });
      if (visible) { shown += 1; }
    });
    status.textContent = form.getAttribute("data-status")
      .replace("{shown}", shown).replace("{total}", cases.length);
  }

  if (form && severity && type && status) {
    form.hidden = false;
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    severity.addEventListener("change", apply);
    type.addEventListener("change", apply);
    apply();
  }

  function copied(button, ok) {
    var label = button.textContent;
    button.textContent = button.getAttribute(ok ? "data-done" : "data-failed");
    setTimeout(function () { button.textContent = label; }, 2000);
  }

  function fallback(button, source) {
    var range = document.createRange();
    range.selectNodeContents(source);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (error) { ok = false; }
    selection.removeAllRanges();
    copied(button, ok);
  }

  document.querySelectorAll("button.copy").forEach(function (button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      var message = source.textContent;
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(message).then(function () { copied(button, true); },
          function () { fallback(button, source); });
      } else {
        fallback(button, source);
      }
    });
  });

  var folded = [];
  window.addEventListener("beforeprint", function () {
    folded = Array.prototype.filter.call(document.querySelectorAll("details"),
      function (details) { return !details.open; });
    folded.forEach(function (details) { details.open = true; });
  });
  window.addEventListener("afterprint", function () {
    folded.forEach(function (details) { details.open = false; });
    folded = [];
  });
}());
