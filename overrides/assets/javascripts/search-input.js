/* Search answers every change of the query, not only typing. Material starts a search
   on "keyup" only, so text that arrives without a key finds nothing: pasted text,
   dictation, autocomplete, and some virtual keyboards and input methods (in Chromium,
   Arabic or Devanagari typed without a US key map). Each "input" event is passed on as
   the keyup Material listens for; Material ignores a keyup that leaves the query as it
   was, so a real key press does not search twice. The query is also put in Unicode
   form NFC, as the index is (search_synonyms.py): Hindi keyboards write a nukta letter
   as one character or as two. */
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
})();
