// Quick exit: the link after the skip link, the button, or Shift pressed three times
// within 5 seconds, hides the
// page at once and replaces this history entry with a neutral site, so Back does not
// return here. Messages come from the page (data-*), in its language.
// Every page also closes what the reader opened (menu, search, contents, a folded
// block) when it is left, by quick exit or a link: Back, or the browser's page cache,
// then never shows another page of this site with its menu open.
(function () {
  "use strict";
  var openAtLoad = Array.prototype.slice.call(document.querySelectorAll("details[open]"));

  function closeWhatWasOpened() {
    Array.prototype.forEach.call(document.querySelectorAll("input.md-toggle:checked"), function (toggle) {
      toggle.checked = false;
      toggle.dispatchEvent(new Event("change"));  // Material follows its checkboxes' changes
    });
    var query = document.querySelector("input[data-md-component=search-query]");
    if (query) query.value = "";
    // Folded blocks the reader opened, and search results' "more" lists, fold again.
    Array.prototype.forEach.call(document.querySelectorAll("details[open]"), function (details) {
      if (openAtLoad.indexOf(details) === -1) details.open = false;
    });
  }
  window.addEventListener("pagehide", closeWhatWasOpened);

  var root = document.querySelector("[data-quick-exit]");
  if (!root) return;
  var links = document.querySelectorAll("[data-quick-exit-link]");
  var status = root.querySelector("[data-quick-exit-status]");
  var target = links[0].getAttribute("href");
  var presses = 0;
  var timer = null;

  function say(message) {
    status.textContent = message;
  }

  function leave(event) {
    if (event) event.preventDefault();
    document.documentElement.classList.add("quick-exit--leaving");
    say(root.getAttribute("data-quick-exit-leaving"));
    document.title = "";
    closeWhatWasOpened();
    try { window.sessionStorage.clear(); } catch (error) { /* storage blocked */ }
    window.location.replace(target);
  }

  Array.prototype.forEach.call(links, function (link) { link.addEventListener("click", leave); });

  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") {
      return;
    }
    presses += 1;
    if (presses >= 3) {
      presses = 0;
      leave();
      return;
    }
    say(root.getAttribute(presses === 1 ? "data-quick-exit-press-2" : "data-quick-exit-press-1"));
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      presses = 0;
      say(root.getAttribute("data-quick-exit-expired"));
    }, 5000);
  });
})();
