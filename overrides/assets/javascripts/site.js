// Two small reading aids; strings come from the page (data-*), in its language.
(function () {
  "use strict";

  // The language switcher keeps the section: ids are the same in every language.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.md-select__link[hreflang]");
    if (link && window.location.hash) {
      link.href = link.href.split("#")[0] + window.location.hash;
    }
  }, true);

  // Read aloud: a button under each section heading reads that section with the
  // browser's own speech synthesis (nothing is sent anywhere), in the section's
  // language: the page's, or a column's on the bilingual handout (Dutch beside the
  // other language). Shown only when the browser has a voice for that language.
  var labels = document.getElementById("read-aloud-labels");
  var synth = window.speechSynthesis;
  if (!labels || !synth || typeof window.SpeechSynthesisUtterance === "undefined") return;

  function voiceFor(language) {
    var voices = synth.getVoices();
    for (var i = 0; i < voices.length; i++) {
      if (voices[i].lang.toLowerCase().split(/[-_]/)[0] === language) return voices[i];
    }
    return null;
  }

  function sectionText(heading) {
    var parts = [heading.textContent.replace(/[¶#]$/, "")];
    for (var node = heading.nextElementSibling; node && !/^H[12]$/.test(node.tagName); node = node.nextElementSibling) {
      // Not a button, nor sections with buttons of their own (the bilingual handout's rows).
      if (!node.classList.contains("read-aloud") && !node.querySelector(".read-aloud")) parts.push(node.textContent);
    }
    return parts.join(" ").replace(/\s+/g, " ").trim();
  }

  function showIdle(button) {
    button.setAttribute("aria-pressed", "false");
    button.textContent = labels.getAttribute("data-read");
  }

  function addButtons() {
    var headings = document.querySelectorAll("article.md-content__inner > h1[id], article.md-content__inner > h2[id], " +
      "article.md-content__inner .handout-col > h2[id]");
    Array.prototype.forEach.call(headings, function (heading) {
      var next = heading.nextElementSibling;
      if (next && next.classList.contains("read-aloud")) return;  // added before
      var voice = voiceFor(heading.closest("[lang]").lang.toLowerCase().split("-")[0]);
      if (!voice) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "read-aloud md-button";
      // Its label is in the page's language, also in the other language's column.
      button.lang = document.documentElement.lang;
      button.dir = document.documentElement.dir || "ltr";
      showIdle(button);
      button.addEventListener("click", function () {
        var speaking = button.getAttribute("aria-pressed") === "true";
        synth.cancel();
        Array.prototype.forEach.call(document.querySelectorAll(".read-aloud"), showIdle);
        if (speaking) return;
        var utterance = new window.SpeechSynthesisUtterance(sectionText(heading));
        utterance.lang = voice.lang;
        utterance.voice = voice;
        utterance.onend = function () { showIdle(button); };
        button.setAttribute("aria-pressed", "true");
        button.textContent = labels.getAttribute("data-stop");
        synth.speak(utterance);
      });
      heading.insertAdjacentElement("afterend", button);
    });
  }

  addButtons();
  if ("onvoiceschanged" in synth) synth.addEventListener("voiceschanged", addButtons);
})();
