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
  // other language). The button is always there; on a device without a voice for that
  // language it says so, in the page's language, and how to add one. It reads what the
  // section says: not the contents list, permalinks, notices or these controls.
  var labels = document.getElementById("read-aloud-labels");
  if (!labels) return;
  var synth = window.speechSynthesis;
  var canSpeak = Boolean(synth) && typeof window.SpeechSynthesisUtterance !== "undefined";
  var NOT_READ = ".headerlink, .site-page-toc, .read-aloud, .read-aloud-note, .site-notice, .site-side-by-side";

  function voiceFor(language) {
    var voices = canSpeak ? synth.getVoices() : [];
    for (var i = 0; i < voices.length; i++) {
      if (voices[i].lang.toLowerCase().split(/[-_]/)[0] === language) return voices[i];
    }
    return null;
  }

  function readable(node) {
    var copy = node.cloneNode(true);
    if (copy.matches && copy.matches(NOT_READ)) return "";
    Array.prototype.forEach.call(copy.querySelectorAll(NOT_READ), function (skip) { skip.remove(); });
    return copy.textContent;
  }

  function sectionText(heading) {
    var parts = [readable(heading)];
    for (var node = heading.nextElementSibling; node && !/^H[12]$/.test(node.tagName); node = node.nextElementSibling) {
      // Not sections with buttons of their own (the bilingual handout's rows).
      if (!node.querySelector(".read-aloud")) parts.push(readable(node));
    }
    return parts.join(" ").replace(/\s+/g, " ").trim();
  }

  function showIdle(button) {
    button.setAttribute("aria-pressed", "false");
    button.textContent = labels.getAttribute("data-read");
  }

  function sayNoVoice(button) {
    var note = button.nextElementSibling;
    if (!note || !note.classList.contains("read-aloud-note")) {
      note = document.createElement("p");
      note.className = "read-aloud-note site-print-hide";
      note.setAttribute("role", "status");
      note.lang = button.lang;
      note.dir = button.dir;
      button.insertAdjacentElement("afterend", note);
    }
    note.textContent = labels.getAttribute("data-no-voice");
  }

  function addButtons() {
    var headings = document.querySelectorAll("article.md-content__inner > h1[id], article.md-content__inner > h2[id], " +
      "article.md-content__inner .handout-col > h2[id]");
    Array.prototype.forEach.call(headings, function (heading) {
      var next = heading.nextElementSibling;
      if (next && next.classList.contains("read-aloud")) return;  // added before
      var language = heading.closest("[lang]").lang.toLowerCase().split("-")[0];
      var button = document.createElement("button");
      button.type = "button";
      button.className = "read-aloud md-button site-print-hide";
      // Its label is in the page's language, also in the other language's column.
      button.lang = document.documentElement.lang;
      button.dir = document.documentElement.dir || "ltr";
      showIdle(button);
      button.addEventListener("click", function () {
        var voice = voiceFor(language);  // asked now: voices can arrive after the page
        if (!voice) {
          sayNoVoice(button);
          return;
        }
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
})();
