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
  input.value = query;
  if (!query) {
    status.textContent = "اكتب كلمة أو أكثر ثم اضغط «ابحث».";
    input.focus();
    return;
  }
  document.title = "«" + query + "» — " + document.title;
  status.textContent = "جارٍ البحث…";

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
      status.textContent = "تعذّر تحميل فهرس البحث. جرّب فهرس الفاعلين أو المسرد.";
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
      status.textContent = "لا نتائج لـ«" + query + "». جرّب كلمة أقصر أو صيغة أخرى (مثل المفرد بدل الجمع)، أو تصفّح الفاعلين والمسرد.";
      help.hidden = false;
      return;
    }
    status.textContent = hits.length === 1 ? "نتيجة واحدة لـ«" + query + "»" :
      hits.length === 2 ? "نتيجتان لـ«" + query + "»" :
      (hits.length <= 10 ? hits.length + " نتائج" : hits.length + " نتيجة") + " لـ«" + query + "»";
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
