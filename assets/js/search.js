// The search page: builds a lunr index (English + Arabic pipelines: normalisation of alef/hamza, taa marbuta,
// alef maqsura, tashkeel and tatweel, plus Arabic stemming) from search-index.json, which the build writes, and
// shows ranked results for the ?q= in the address. Loaded only on this page; the page works without it.
(function () {
  "use strict";
  var results = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var input = document.getElementById("search-q");
  var help = document.getElementById("search-help");
  if (!results || typeof lunr === "undefined") {
    return;
  }
  help.hidden = true;
  var base = results.getAttribute("data-base");
  var query = (new URLSearchParams(window.location.search).get("q") || "").trim();
  // The status line's words come from the page (data-* of #search-status, from the interface-text bundle).
  function text(name, args) {
    return (status.getAttribute("data-" + name) || "").replace(/\{(\d)\}/g, function (all, i) {
      return args && args[i] !== undefined ? String(args[i]) : all;
    });
  }
  // n results in the form the number takes, chosen as the build's counted nouns choose it (text/Counted.java); a
  // language without that form has no data-count-<form>, and other stands in.
  function counted(n) {
    var rest = n % 100;
    var form = n === 1 ? "one" : n === 2 ? "two" : rest >= 3 && rest <= 10 ? "few" : rest >= 11 ? "many" : "other";
    return text(status.hasAttribute("data-count-" + form) ? "count-" + form : "count-other", [n]);
  }
  input.value = query;
  if (!query) {
    status.textContent = text("prompt");
    input.focus();
    return;
  }
  document.title = "«" + query + "» — " + document.title;
  status.textContent = text("searching");

  fetch(results.getAttribute("data-index"))
    .then(function (response) { return response.json(); })
    .then(function (docs) {
      var byId = {};
      var index = lunr(function () {
        this.use(lunr.multiLanguage("en", "ar"));
        this.ref("id");
        this.field("t", { boost: 8 });
        this.field("x");
        this.metadataWhitelist = ["position"];
        docs.forEach(function (doc) { byId[doc.id] = doc; this.add(doc); }, this);
      });
      show(search(index, query), byId);
    })
    .catch(function () {
      status.textContent = text("failed");
      help.hidden = false;
    });

  // Every word of the query, as written (through the Arabic and English pipelines) and as a prefix.
  function search(index, text) {
    var words = lunr.tokenizer(text).map(function (token) { return token.toString(); });
    return index.query(function (q) {
      words.forEach(function (word) {
        q.term(word, { boost: 10 });
        q.term(word, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 1 });
      });
    });
  }

  function show(hits, byId) {
    results.textContent = "";
    if (hits.length === 0) {
      status.textContent = text("none", [query]);
      help.hidden = false;
      return;
    }
    status.textContent = text("found", [counted(hits.length), query]);
    hits.slice(0, 50).forEach(function (hit) {
      var doc = byId[hit.ref];
      var item = document.createElement("li");
      item.className = "search-result";
      var link = document.createElement("a");
      link.href = base + doc.u;
      link.textContent = doc.t;
      var section = document.createElement("span");
      section.className = "search-result__section";
      section.textContent = doc.s;
      var excerpt = document.createElement("p");
      excerpt.className = "search-result__excerpt";
      highlight(excerpt, doc.x, firstPosition(hit.matchData));
      item.appendChild(link);
      item.appendChild(section);
      item.appendChild(excerpt);
      results.appendChild(item);
    });
  }

  function firstPosition(matchData) {
    var found = null;
    Object.keys(matchData.metadata).forEach(function (term) {
      var fields = matchData.metadata[term];
      if (fields.x && fields.x.position && (!found || fields.x.position[0][0] < found[0])) {
        found = fields.x.position[0];
      }
    });
    return found;
  }

  // About twenty words around the first match, the match itself in <mark>; built as text nodes, never as HTML.
  function highlight(element, text, position) {
    if (!position) {
      element.textContent = text.slice(0, 160) + (text.length > 160 ? "…" : "");
      return;
    }
    var start = Math.max(0, text.lastIndexOf(" ", Math.max(0, position[0] - 80)));
    var end = text.indexOf(" ", Math.min(text.length, position[0] + position[1] + 80));
    if (end < 0) { end = text.length; }
    element.appendChild(document.createTextNode((start > 0 ? "… " : "") + text.slice(start, position[0])));
    var mark = document.createElement("mark");
    mark.textContent = text.slice(position[0], position[0] + position[1]);
    element.appendChild(mark);
    element.appendChild(document.createTextNode(text.slice(position[0] + position[1], end) + (end < text.length ? " …" : "")));
  }
})();
