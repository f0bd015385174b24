// Side by side: the page ?page=<path> in two languages (?left=, ?right=), one row per
// section, aligned by the heading ids every language shares. Links inside keep the pair.
(function () {
  "use strict";
  // The form at the top of each page (hidden without JavaScript: the view needs it).
  Array.prototype.forEach.call(document.querySelectorAll("form.site-side-by-side[hidden]"), function (form) {
    form.hidden = false;
  });
  var root = document.querySelector("[data-side-by-side]");
  if (!root) return;
  var locales = JSON.parse(root.getAttribute("data-locales"));
  var params = new URLSearchParams(window.location.search);
  var path = params.get("page") || "";
  var left = params.get("left");
  var right = params.get("right");
  if (!/^([a-z0-9-]+\/)?$/.test(path) || !locales[left] || !locales[right]) return;

  function sections(html) {
    var article = new DOMParser().parseFromString(html, "text/html").querySelector("article.md-content__inner");
    var out = [];
    var current = null;
    var notices = [];  // "draft translation" or "not translated": shown with the text
    Array.prototype.forEach.call(article.children, function (node) {
      if (node.matches(".site-help, .site-downloads, .site-handouts, .site-side-by-side, .handout-footer")) return;
      if (node.matches(".site-notice")) { notices.push(node); return; }
      if (node.matches(".site-fallback-content")) {  // untranslated: the Dutch text inside
        Array.prototype.forEach.call(node.children, function (child) { handle(child); });
        return;
      }
      handle(node);
    });
    function handle(node) {
      if (/^H[12]$/.test(node.tagName) && node.id) {
        current = {id: node.id, nodes: current ? [] : notices};
        out.push(current);
      }
      if (current) current.nodes.push(node);
    }
    return out;
  }

  function pairLink(href, base) {
    var url = new URL(href, base);
    for (var code in locales) {
      var localeRoot = new URL(locales[code].root, window.location.href).href;
      if (url.origin === window.location.origin && url.href.indexOf(localeRoot) === 0) {
        var rest = url.href.slice(localeRoot.length).split("#")[0];
        if (/^([a-z0-9-]+\/)?$/.test(rest)) {
          return "?page=" + rest + "&left=" + left + "&right=" + right + url.hash;
        }
      }
    }
    return url.href;
  }

  function column(code, section, base) {
    var cell = document.createElement("div");
    cell.className = "handout-col";
    cell.lang = code;
    cell.dir = locales[code].dir;
    (section ? section.nodes : []).forEach(function (node) {
      var copy = document.importNode(node, true);
      if (copy.id) copy.id = copy.id + "-" + code;
      Array.prototype.forEach.call(copy.querySelectorAll("[id]"), function (el) { el.id = el.id + "-" + code; });
      Array.prototype.forEach.call(copy.querySelectorAll("a[href]"), function (a) {
        a.setAttribute("href", pairLink(a.getAttribute("href"), base));
      });
      cell.appendChild(copy);
    });
    return cell;
  }

  function load(code) {
    var base = new URL(locales[code].root + path, window.location.href);
    return fetch(base).then(function (response) { return response.text(); }).then(function (html) {
      return {code: code, base: base, sections: sections(html)};
    });
  }

  Promise.all([load(left), load(right)]).then(function (pages) {
    var byId = {};
    pages[1].sections.forEach(function (section) { byId[section.id] = section; });
    var pair = document.createElement("div");
    pair.className = "handout-pair side-by-side";
    pair.dir = "ltr";
    pages[0].sections.forEach(function (section) {
      var row = document.createElement("div");
      row.className = "handout-row";
      row.id = section.id;
      row.appendChild(column(left, section, pages[0].base));
      row.appendChild(column(right, byId[section.id], pages[1].base));
      pair.appendChild(row);
    });
    root.replaceChildren(pair);
    if (window.location.hash) {
      var target = document.getElementById(window.location.hash.slice(1));
      if (target) target.scrollIntoView();
    }
  });
})();
