/* Search on demand. Material fetches the search index and starts its search worker
   (which then loads lunr's language files; for Hindi that includes wordcut.js, 155 KiB)
   as soon as any page opens. A reader opening one chapter on a phone pays for that
   without ever searching. This script runs before Material's bundle and holds both
   back until the reader opens search; Material already shows its "Initialising
   search" message for that moment. It changes nothing else: other requests and
   workers go through untouched. If Material stops using XMLHttpRequest or Worker for
   search, search still works and only loads early again (the weight budget test,
   tests/test_page_weight.py, then fails). The worker started is workers/site-search.js,
   which loads Material's (its address is the first message) and puts the reader's
   words in the forms the index holds. */
(function () {
  "use strict";
  var toggle = document.querySelector('input[data-md-toggle="search"]');
  var form = document.forms.namedItem("search");
  if (!toggle || !form) return;

  var release;
  var opened = new Promise(function (resolve) { release = resolve; });
  toggle.addEventListener("change", function () { if (toggle.checked) release(); });
  form.addEventListener("focusin", function () { release(); });

  var isSearchIndex = function (url) { return /\/search\/search_index\.json(\?|$)/.test(String(url)); };
  var isSearchWorker = function (url) { return /\/workers\/search\.[^/]*\.js(\?|$)/.test(String(url)); };

  // Material requests the index with XMLHttpRequest: delay send(), not open().
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.searchIndexRequest = isSearchIndex(new URL(url, document.baseURI));
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var request = this, body = arguments;
    if (!request.searchIndexRequest) return send.apply(request, body);
    opened.then(function () { send.apply(request, body); });
  };

  // Material talks to its worker through postMessage and "message" events only: a
  // stand-in queues the messages and starts the real worker once search opens.
  var NativeWorker = window.Worker;
  window.Worker = function (url, options) {
    if (!isSearchWorker(new URL(url, document.baseURI))) return new NativeWorker(url, options);
    var standIn = new EventTarget(), queue = [], worker = null;
    standIn.postMessage = function (message) {
      if (worker) worker.postMessage(message); else queue.push(message);
    };
    standIn.terminate = function () { if (worker) worker.terminate(); queue = []; };
    opened.then(function () {
      var material = new URL(url, document.baseURI);
      worker = new NativeWorker(new URL("site-search.js", material), options);
      worker.postMessage({ type: "site-search-worker", url: String(material) });
      worker.addEventListener("message", function (event) {
        standIn.dispatchEvent(new MessageEvent("message", { data: event.data }));
      });
      queue.splice(0).forEach(function (message) { worker.postMessage(message); });
    });
    return standIn;
  };
  window.Worker.prototype = NativeWorker.prototype;
})();
