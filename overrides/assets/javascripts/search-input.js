/* Search answers every change of the query, not only typing. Material starts a search
   on "keyup" only, so text that arrives without a key finds nothing: pasted text,
   dictation, autocomplete, and some virtual keyboards and input methods (in Chromium,
   Arabic or Devanagari typed without a US key map). Each "input" event is passed on as
   the keyup Material listens for; Material ignores a keyup that leaves the query as it
   was, so a real key press does not search twice. The query is also put in Unicode
   form NFC, as the index is (search_synonyms.py): Hindi keyboards write a nukta letter
   as one character or as two. And the results' scroll area is a tab stop only while
   there is something to scroll (below). */
(function () {
  "use strict";
  var query = document.querySelector("input[data-md-component=search-query]");
  if (!query) return;
  query.addEventListener("input", function (event) {
    if (event.isComposing) return;  // the input method sends "input" again when done
    var normal = query.value.normalize("NFC");
    if (normal !== query.value) query.value = normal;
    query.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
  });

  // The results' scroll area is a tab stop (Material's tabindex="0") so that a keyboard
  // can scroll it: only while there is something to scroll, not for "no results" (a
  // tab stop with nothing to do; IBM element_tabbable_role_valid).
  var area = document.querySelector(".md-search__scrollwrap");
  var results = document.querySelector("[data-md-component=search-result]");
  if (!area || !results || typeof MutationObserver === "undefined") return;
  var update = function () {
    requestAnimationFrame(function () {
      area.tabIndex = area.scrollHeight > area.clientHeight + 1 ? 0 : -1;
    });
  };
  new MutationObserver(update).observe(results, { childList: true, subtree: true, characterData: true });
  window.addEventListener("resize", update);
  update();
})();
