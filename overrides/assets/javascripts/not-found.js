/* The 404 page is served at whatever address was not found, so its links are relative
   to the site root and its <base href> says where that is (overrides/hooks/
   document_language.py; under a sub-path the server sets it). Material resolves its
   own base (its search index) against the address instead: point it at the page's
   language root (data-base, relative to the site root) before Material's bundle
   reads it. */
(function () {
  "use strict";
  var config = document.getElementById("__config");
  var script = document.currentScript;
  if (!config || !script || !document.querySelector("base[href]")) return;
  var data = JSON.parse(config.textContent);
  data.base = new URL(script.dataset.base || ".", document.baseURI).href;
  config.textContent = JSON.stringify(data);
})();
