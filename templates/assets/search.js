/* Filters the search page's lists as you type. Optional: without it the page lists everything.
   The index comes from assets/search-index.js (a script, not fetch(), so file:// works too). */
(function () {
  "use strict";
  var data = window.briefingSearchIndex;
  var form = document.querySelector("form.search-form");
  var input = document.getElementById("q");
  var status = document.getElementById("search-status");
  if (!data || !form || !input || !status) {
    return;
  }
  function fold(s) {
    return String(s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  var text = {};
  data.articles.forEach(function (a) {
    text[a.path] = fold([a.title, a.summary].join(" "));
  });
  data.people.forEach(function (p) {
    text[p.path] = fold([p.name, p.headline].concat(p.aliases).join(" "));
  });
  var items = Array.prototype.slice.call(document.querySelectorAll("li[data-path]"));
  var groups = Array.prototype.slice.call(document.querySelectorAll(".search-group"));

  function apply() {
    var terms = fold(input.value).split(/\s+/).filter(Boolean);
    var shown = 0;
    items.forEach(function (li) {
      var hay = text[li.getAttribute("data-path")] || fold(li.textContent);
      var match = terms.every(function (t) { return hay.indexOf(t) !== -1; });
      li.hidden = !match;
      if (match) {
        shown++;
      }
    });
    groups.forEach(function (g) {
      g.hidden = !g.querySelector("li[data-path]:not([hidden])");
    });
    status.textContent = terms.length === 0
      ? "Type to filter articles and people."
      : shown + (shown === 1 ? " match" : " matches") + " for \"" + input.value.trim() + "\".";
  }

  var q = new URLSearchParams(window.location.search).get("q");
  if (q) {
    input.value = q;
  }
  input.addEventListener("input", apply);
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    apply();
  });
  apply();
})();
