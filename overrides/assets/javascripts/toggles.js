/* Material's drawer, search and phone table of contents are hidden checkboxes
   (#__drawer, #__search, #__toc) that Material's CSS and JavaScript watch. Material
   toggles them with <label for>; this site uses buttons and plain elements that say
   which checkbox they toggle in data-md-for (hooks/material_markup.py says why). A
   click on one clicks its checkbox, as the label did, so Material sees the same
   "change" event; buttons keep aria-expanded in step. Loaded before Material's
   bundle: a state the browser restored into a checkbox (back, reload) is cleared
   first, as Material's autocomplete="off" did. */
(function () {
  "use strict";
  var toggles = document.querySelectorAll("input.md-toggle[id]");
  for (var i = 0; i < toggles.length; i++) toggles[i].checked = false;

  document.addEventListener("click", function (event) {
    var control = event.target.closest && event.target.closest("[data-md-for]");
    if (!control || (event.target.closest("a") && control.contains(event.target.closest("a")))) return;
    var toggle = document.getElementById(control.getAttribute("data-md-for"));
    if (!toggle) return;
    toggle.click();
    // Material focused the search field on a click on its header label: so does this.
    var query = document.querySelector("input[data-md-component=search-query]");
    if (toggle.id === "__search" && toggle.checked && query) query.focus();
  });

  var buttons = document.querySelectorAll("button[data-md-for]");
  Array.prototype.forEach.call(buttons, function (button) {
    var toggle = document.getElementById(button.getAttribute("data-md-for"));
    if (!toggle) { button.hidden = true; return; }
    var sync = function () { button.setAttribute("aria-expanded", String(toggle.checked)); };
    toggle.addEventListener("change", sync);
    sync();
  });
})();
