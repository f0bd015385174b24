/* Material's search worker, with the reader's words put in the forms the index holds.
   search-on-demand.js starts this file instead of Material's worker and first sends it
   Material's worker address; this file loads that worker and hands it every message,
   a query rewritten word by word:
   - stop words ("de", "van", "ve", "का") go: Material adds a wildcard to each word, and
     lunr does not filter stop words from wildcard terms, so "met" matched "meten",
     "methode", ... on every page;
   - in Turkish and Hindi its root, if the index has it (as the start of one of its
     words): lunr's Turkish stemmer, which Material's pipeline never runs on wildcard
     terms, and for Hindi, whose lunr stemmer does nothing, its ending (ों, ें, ियाँ,
     ...) taken off;
   - otherwise a word the index has stays as typed;
   - otherwise the longest of its shorter forms that the index has: without the
     language's suffixes and clitics (Turkish "kızımın", Arabic "وبالشرطة", Hindi
     "तस्वीरें", or the word cut back letter by letter), written as the index writes it
     (Arabic without hamza or diacritics, Hindi without nukta: search_synonyms.py adds
     those forms);
   - otherwise a word of the index one or two letters away (a misspelling);
   - otherwise the word as typed (Material then shows it as missing).
   Nothing leaves the browser; no word is stored. */
(function () {
  "use strict";
  var nativeAdd = self.addEventListener.bind(self);
  var materialListeners = [];
  var waiting = [];
  var loaded = false;
  var language = "en";
  var index = null;

  // Material's worker registers its "message" listener with addEventListener: keep it
  // here, to hand it the rewritten messages.
  self.addEventListener = function (type, listener, options) {
    if (type === "message") materialListeners.push(listener);
    else nativeAdd(type, listener, options);
  };

  function deliver(data) {
    if (data && data.type === 0 && data.data && data.data.config) language = data.data.config.lang[0];
    if (data && data.type === 2 && typeof data.data === "string") data = { type: 2, data: rewrite(data.data) };
    materialListeners.forEach(function (listener) { listener({ data: data }); });
  }

  function captureIndex() {
    // The lunr index Material builds, to look words up in its vocabulary.
    var build = self.lunr.Builder.prototype.build;
    self.lunr.Builder.prototype.build = function () {
      index = build.apply(this, arguments);
      return index;
    };
  }

  nativeAdd("message", function (event) {
    var data = event.data;
    if (data && data.type === "site-search-worker") {
      Promise.resolve(importScripts(data.url)).then(function () {
        captureIndex();
        loaded = true;
        waiting.splice(0).forEach(deliver);
      });
    } else if (loaded) {
      deliver(data);
    } else {
      waiting.push(data);
    }
  });

  // Sranan has no lunr language: its everyday function words.
  var SRN_STOP = ["a", "na", "fu", "di", "e", "mi", "yu", "en", "den", "wan", "taki", "san", "so", "no",
                  "ini", "go", "kon", "sa", "ben", "o", "te", "efu", "nanga", "tapu", "disi", "dati"];
  var AR_MARKS = /[\u064B-\u065F\u0670\u0640]/g;
  var AR_CLITICS = /^(?:[وف]?(?:[بكل]?ال|لل|[بكل])|[وف])(?=...)/;
  var AR_SUFFIXES = /(?:ها|هم|هن|كم|كن|نا|ني|ات|ون|ين|ان|ي|ك|ه|ة)$/;

  function isStop(word) {
    if (word.length < 2) return true;
    if (language === "en") return SRN_STOP.indexOf(word) !== -1;
    var filter = self.lunr[language] && self.lunr[language].stopWordFilter;
    return Boolean(filter) && !filter(new self.lunr.Token(word));
  }

  function spelled(word) {
    // As search_synonyms.py spells the index's variants.
    if (language === "ar") {
      return word.replace(AR_MARKS, "").replace(/[أإآ]/g, "ا").replace(/ى/g, "ي").replace(/ة/g, "ه");
    }
    if (language === "hi") return word.replace(/\u093C/g, "").replace(/\u0901/g, "\u0902");
    return word;
  }

  function inIndex(prefix) {
    if (!index || !prefix) return false;
    var set = self.lunr.TokenSet.fromString(prefix + "*");
    return index.tokenSet.intersect(set).toArray().length > 0;
  }

  function stems(word) {
    var forms = [word];
    if (language === "ar") {
      var bare = word.replace(AR_CLITICS, "");
      forms.push(bare, bare.replace(AR_SUFFIXES, ""), word.replace(AR_SUFFIXES, ""));
    }
    var stemmer = self.lunr[language] && self.lunr[language].stemmer;
    if (stemmer && language !== "hi") forms.push(String(stemmer(new self.lunr.Token(word))));
    return forms;
  }

  function shorter(word) {
    // Cut back letter by letter, never below 4 letters or 60 % of the word.
    var forms = [];
    var least = Math.max(4, Math.ceil(word.length * 0.6));
    for (var end = word.length - 1; end >= least; end--) forms.push(word.slice(0, end));
    return forms;
  }

  var HI_SUFFIXES = /(?:ियों|ियाँ|ियां|ाओं|ाएँ|ाएं|ों|ें|ीं|ी|ा|े|ो)$/;

  function root(word) {
    // The word without its ending, for the languages that put meaning in endings.
    if (language === "hi") return word.replace(HI_SUFFIXES, "");
    if (language !== "tr") return word;  // Arabic: the stemmer's roots proved too broad
    return String(self.lunr.tr.stemmer(new self.lunr.Token(word)));
  }

  function findable(word) {
    // Its root first: "fotoğrafı" matches only "fotoğrafı(nı)", "fotoğraf" all its forms.
    var stem = root(word);
    if (stem.length >= 3 && stem !== word && inIndex(stem)) return stem;
    var typed = [word, spelled(word)];
    for (var i = 0; i < typed.length; i++) if (inIndex(typed[i])) return typed[i];
    var candidates = [];
    typed.forEach(function (form) {
      stems(form).forEach(function (stem) { candidates.push(stem); candidates = candidates.concat(shorter(stem)); });
      candidates = candidates.concat(shorter(form));
    });
    var best = "";
    candidates.forEach(function (form) {
      if (form.length >= 3 && form.length > best.length && form !== word && inIndex(form)) best = form;
    });
    if (best) return best;
    var distance = word.length >= 8 ? 2 : word.length >= 5 ? 1 : 0;
    if (distance && index) {
      var near = index.tokenSet.intersect(self.lunr.TokenSet.fromFuzzyString(word, distance)).toArray();
      if (near.length) return near.sort()[0];
    }
    return word;
  }

  function rewrite(query) {
    if (!index || /["+\-~^:*]/.test(query)) return query;  // lunr's own syntax: as typed
    var separator = self.lunr.tokenizer.separator;
    var words = query.normalize("NFC").toLowerCase().split(separator).filter(Boolean);
    var kept = words.filter(function (word) { return !isStop(word); });
    if (!kept.length) return query;
    var found = [];
    kept.forEach(function (word) {
      var form = findable(word);
      if (found.indexOf(form) === -1) found.push(form);
    });
    return found.join(" ");
  }
})();
