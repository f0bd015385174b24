/* Short search results. Material shows each result with the whole text of its section:
   a long section made a result of a screen or more on a phone, its highlighted words
   below the fold. Each result's text is cut here to a passage of at most TEXT_LIMIT
   characters around its first highlighted word, marked "…" where text was left out;
   title and text together stay under 600 characters (tests/test_search.py). The link
   still leads to the whole section. */
(function () {
  "use strict";
  var TEXT_LIMIT = 360;
  var BEFORE_MARK = 80;  // characters kept before the first highlighted word
  var list = document.querySelector("[data-md-component=search-result] .md-search-result__list");
  if (!list || typeof MutationObserver === "undefined") return;
  var KEEP = "h1, h2, .md-search-result__icon, .md-tags, .md-search-result__terms";

  function pieces(nodes) {
    // The text in reading order, as [text, highlighted] pairs, a space between blocks.
    var out = [], lastBlock = null;
    nodes.forEach(function (node) {
      var walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      for (var text = node.nodeType === 3 ? node : walker.nextNode(); text; text = walker.nextNode()) {
        var block = text.parentElement ? text.parentElement.closest("p, li, pre, article") : null;
        if (lastBlock && block !== lastBlock) out.push([" ", false]);
        lastBlock = block;
        out.push([text.data, Boolean(text.parentElement && text.parentElement.closest("mark"))]);
        if (node.nodeType === 3) break;
      }
    });
    return out;
  }

  function shorten(article) {
    if (article.hasAttribute("data-site-short")) return;
    article.setAttribute("data-site-short", "");
    var teaser = Array.prototype.filter.call(article.childNodes, function (node) {
      return !(node.nodeType === 1 && node.matches(KEEP));
    });
    var parts = pieces(teaser);
    var whole = parts.map(function (part) { return part[0]; }).join("").replace(/\s+/g, " ");
    if (whole.length <= TEXT_LIMIT) return;
    var offset = 0, firstMark = 0;
    for (var i = 0; i < parts.length; i++) {
      if (parts[i][1]) { firstMark = offset; break; }
      offset += parts[i][0].length;
    }
    var start = Math.max(0, firstMark - BEFORE_MARK), end = start + TEXT_LIMIT;
    var passage = document.createElement("p");
    if (start > 0) passage.appendChild(document.createTextNode("… "));
    offset = 0;
    parts.forEach(function (part) {
      var from = Math.max(start, offset), to = Math.min(end, offset + part[0].length);
      if (from < to) {
        var text = document.createTextNode(part[0].slice(from - offset, to - offset).replace(/\s+/g, " "));
        if (part[1]) {
          var mark = document.createElement("mark");
          mark.appendChild(text);
          passage.appendChild(mark);
        } else {
          passage.appendChild(text);
        }
      }
      offset += part[0].length;
    });
    if (end < offset) passage.appendChild(document.createTextNode(" …"));
    teaser.forEach(function (node) { node.remove(); });
    var heading = article.querySelector("h1, h2");
    article.insertBefore(passage, heading ? heading.nextSibling : article.firstChild);
  }

  new MutationObserver(function () {
    Array.prototype.forEach.call(list.querySelectorAll(".md-search-result__article:not([data-site-short])"), shorten);
  }).observe(list, { childList: true, subtree: true });
})();
