/* On a redirect page (overrides/hooks/address_redirects.py): go on to the page at
   once, keeping the section (#id) of the address; without JavaScript the page's
   <noscript> refresh goes there too, to the top of the page. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.dataset.target) return;
  location.replace(new URL(script.dataset.target, location.href).href + location.hash);
})();
