/* Full-text search of the briefing: articles, people, organizations and sources.

   The index is made at build time (see docs/search.md): assets/search-index.js says where each
   shard of terms starts; assets/search/t<n>.js hold terms with their documents and BM25 scores;
   assets/search/<kind><n>.js hold what a result shows. Files are loaded as <script> elements, not
   with fetch(), so that the page works opened from disk (file://) too. Optional: without this
   script the page lists everything.

   Words become terms as the build makes them (dev.briefing.discover.SearchText): change both
   together. Content is only ever put in the page as text (textContent), never as HTML. */
(function () {
  "use strict";
  var index = window.briefingSearchIndex;
  var form = document.querySelector("form.search-form");
  var input = document.getElementById("q");
  var status = document.getElementById("search-status");
  var found = document.getElementById("search-found");
  var me = document.currentScript;
  if (!index || index.version !== 2 || !form || !input || !status || !found || !me) {
    return;
  }
  var hits = found.querySelector("ol");
  var more = document.getElementById("search-more");
  var lists = Array.prototype.slice.call(document.querySelectorAll(".search-group"));
  var idle = status.textContent;

  var PAGE = 10;
  var MAX_TERM = 60;
  var PREFIX_SHARDS = 4; /* at most this many shards of completions for the word being typed */
  var PREFIX_WEIGHT = 0.8; /* a completion counts less than the word itself */
  var LABELS = { a: "Article", p: "Person", o: "Organization", s: "Source" };
  var WORD = /[\p{L}\p{N}\p{M}]+(?:['\u2019][\p{L}\p{N}\p{M}]+)*/gu;
  var WORD_END = /[\p{L}\p{N}\p{M}]$/u;
  var ASCII = /^[A-Za-z0-9]+$/;
  var DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  var DIGIT = new Int8Array(128);
  for (var d = 0; d < DIGITS.length; d++) {
    DIGIT[DIGITS.charCodeAt(d)] = d;
  }

  /* Where the index files are: beside this script, and the site root above it. */
  var assets = me.getAttribute("src").replace(/[^\/]*$/, "");
  var root = assets.replace(/assets\/$/, "");
  var folder = assets + "search/";

  var total = 0;
  var kinds = index.kinds.map(function (k) {
    var kind = { code: k.code, first: total, count: k.count, perFile: k.perFile };
    total += k.count;
    return kind;
  });

  /* Files already asked for, by name: a promise of the arguments their script passed to add(). */
  var files = {};
  window.briefingSearch = {
    add: function (name) {
      var file = files[name];
      if (file) {
        file.resolve(Array.prototype.slice.call(arguments, 1));
      }
    }
  };
  function load(name) {
    if (!files[name]) {
      var file = {};
      file.promise = new Promise(function (resolve, reject) {
        file.resolve = resolve;
        file.reject = reject;
      });
      var script = document.createElement("script");
      script.src = folder + name + ".js";
      script.onerror = function () {
        delete files[name];
        file.reject(new Error("cannot load " + script.src));
      };
      files[name] = file;
      document.head.appendChild(script);
    }
    return files[name].promise;
  }

  function fold(word) {
    if (ASCII.test(word)) {
      return word.toLowerCase();
    }
    var s = word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    return s.replace(/['\u2019]s$/, "").replace(/['\u2019]/g, "");
  }

  /* The query's terms; the last is also a prefix while it is being typed. */
  function parse(text) {
    var terms = [];
    (text.match(WORD) || []).forEach(function (w) {
      var t = fold(w);
      if (t.length <= MAX_TERM && terms.indexOf(t) < 0) {
        terms.push(t);
      }
    });
    var last = terms.length ? fold((text.match(WORD) || []).pop()) : "";
    var prefix = WORD_END.test(text) && last.length >= 2 ? last : null;
    return { text: text.trim(), terms: terms, prefix: prefix };
  }

  /* The shard holding a term: the last one starting at or before it. */
  function shardOf(term) {
    var starts = index.shards;
    var lo = 0;
    var hi = starts.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= term) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  function shardsFor(query) {
    var wanted = {};
    query.terms.forEach(function (t) {
      wanted[shardOf(t)] = true;
    });
    if (query.prefix) {
      var from = shardOf(query.prefix);
      var to = Math.min(shardOf(query.prefix + "\uffff"), from + PREFIX_SHARDS - 1);
      for (var s = from; s <= to; s++) {
        wanted[s] = true;
      }
    }
    return Object.keys(wanted).map(Number);
  }

  /* Adds a term's postings to scores: each document's score times weight, the best per document. */
  function decode(postings, weight, scores) {
    var doc = 0;
    var i = 0;
    var n = postings.length;
    while (i < n) {
      var c;
      var shift = 0;
      var gap = 0;
      var value = 0;
      do {
        c = DIGIT[postings.charCodeAt(i++)];
        gap |= (c & 31) << shift;
        shift += 5;
      } while (c & 32);
      shift = 0;
      do {
        c = DIGIT[postings.charCodeAt(i++)];
        value |= (c & 31) << shift;
        shift += 5;
      } while (c & 32);
      doc += gap;
      var score = value * weight;
      if (score > scores[doc]) {
        scores[doc] = score;
      }
    }
  }

  /* Every matching document, best first: those matching more of the words, then by score. */
  function rank(query, shards) {
    var score = new Float64Array(total);
    var matched = new Uint8Array(total);
    query.terms.forEach(function (term) {
      var mine = new Float64Array(total);
      var isPrefix = term === query.prefix;
      shards.forEach(function (shard) {
        var terms = shard[0];
        var postings = shard[1];
        var i = lowerBound(terms, term);
        if (terms[i] === term) {
          decode(postings[i], 1, mine);
        }
        if (isPrefix) {
          for (var j = terms[i] === term ? i + 1 : i; j < terms.length && terms[j].lastIndexOf(term, 0) === 0; j++) {
            decode(postings[j], PREFIX_WEIGHT, mine);
          }
        }
      });
      for (var doc = 0; doc < total; doc++) {
        if (mine[doc] > 0) {
          score[doc] += mine[doc];
          matched[doc]++;
        }
      }
    });
    var docs = [];
    for (var doc = 0; doc < total; doc++) {
      if (matched[doc]) {
        docs.push(doc);
      }
    }
    return docs.sort(function (a, b) {
      return matched[b] - matched[a] || score[b] - score[a] || a - b;
    });
  }

  function lowerBound(sorted, value) {
    var lo = 0;
    var hi = sorted.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (sorted[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /* The file holding a document's text, and its place in it. */
  function locate(doc) {
    for (var k = 0; k < kinds.length; k++) {
      var kind = kinds[k];
      if (doc < kind.first + kind.count) {
        var n = doc - kind.first;
        return { code: kind.code, file: kind.code + Math.floor(n / kind.perFile), at: n % kind.perFile };
      }
    }
    return null;
  }

  function matches(query, term) {
    return query.terms.indexOf(term) >= 0 || (query.prefix !== null && term.lastIndexOf(query.prefix, 0) === 0);
  }

  /* How many of the query's words a text has. */
  function wordsIn(query, text) {
    var seen = [];
    (text.match(WORD) || []).forEach(function (w) {
      var t = fold(w);
      if (matches(query, t) && seen.indexOf(t) < 0) {
        seen.push(t);
      }
    });
    return seen.length;
  }

  /* Text with the query's words in <mark>, as DOM nodes. */
  function highlighted(query, text, into) {
    var at = 0;
    text.replace(WORD, function (w, offset) {
      if (matches(query, fold(w))) {
        into.appendChild(document.createTextNode(text.slice(at, offset)));
        var mark = document.createElement("mark");
        mark.textContent = w;
        into.appendChild(mark);
        at = offset + w.length;
      }
      return w;
    });
    into.appendChild(document.createTextNode(text.slice(at)));
    return into;
  }

  /* A long sentence cut to the part around its first match. */
  function around(query, sentence) {
    var LIMIT = 240;
    if (sentence.length <= LIMIT) {
      return sentence;
    }
    var first = 0;
    var m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(sentence)) !== null) {
      if (matches(query, fold(m[0]))) {
        first = m.index;
        break;
      }
    }
    WORD.lastIndex = 0;
    var start = Math.max(0, first - 80);
    if (start > 0) {
      start = sentence.indexOf(" ", start) + 1;
    }
    var end = sentence.lastIndexOf(" ", start + LIMIT);
    return (start > 0 ? "… " : "") + sentence.slice(start, end > start ? end : start + LIMIT) + " …";
  }

  function result(query, doc, code) {
    var li = document.createElement("li");
    li.className = "search-hit";
    var link = document.createElement("a");
    link.href = root + doc.u;
    highlighted(query, doc.t, link);
    var kind = document.createElement("span");
    kind.className = "kind";
    kind.textContent = LABELS[code] || "";
    li.appendChild(link);
    li.appendChild(document.createTextNode(" "));
    li.appendChild(kind);
    if (doc.m) {
      li.appendChild(highlighted(query, doc.m, paragraph("meta")));
    }
    var best = -1;
    var most = 0;
    doc.s.forEach(function (sentence, i) {
      var n = wordsIn(query, sentence);
      if (n > most) {
        most = n;
        best = i;
      }
    });
    if (best >= 0) {
      li.appendChild(highlighted(query, around(query, doc.s[best]), paragraph("quote")));
    } else if (code === "a" && doc.s.length) {
      li.appendChild(highlighted(query, around(query, doc.s[0]), paragraph("quote")));
    }
    return li;
  }

  function paragraph(className) {
    var p = document.createElement("p");
    p.className = className;
    return p;
  }

  var current = 0; /* the latest search: an older one finishing late shows nothing */
  var ranked = [];
  var shown = 0;
  var lastQuery = null;

  function show(from, query, generation) {
    var page = ranked.slice(from, from + PAGE).map(locate);
    var wanted = {};
    page.forEach(function (p) {
      wanted[p.file] = true;
    });
    var names = Object.keys(wanted);
    return Promise.all(names.map(load)).then(function (loaded) {
      if (generation !== current) {
        return;
      }
      var byName = {};
      names.forEach(function (n, i) {
        byName[n] = loaded[i][0];
      });
      page.forEach(function (p) {
        hits.appendChild(result(query, byName[p.file][p.at], p.code));
      });
      shown = from + page.length;
      more.hidden = shown >= ranked.length;
    });
  }

  function search() {
    var query = parse(input.value);
    var generation = ++current;
    remember(input.value);
    if (query.terms.length === 0) {
      found.hidden = true;
      lists.forEach(function (l) {
        l.hidden = false;
      });
      status.textContent = idle;
      return Promise.resolve();
    }
    var needed = shardsFor(query);
    return Promise.all(needed.map(function (s) {
      return load("t" + s);
    })).then(function (shards) {
      if (generation !== current) {
        return;
      }
      ranked = rank(query, shards);
      lastQuery = query;
      while (hits.firstChild) {
        hits.removeChild(hits.firstChild);
      }
      return show(0, query, generation).then(function () {
        if (generation !== current) {
          return;
        }
        lists.forEach(function (l) {
          l.hidden = true;
        });
        found.hidden = false;
        var n = ranked.length;
        status.textContent = n === 0
          ? "No results for \u201c" + query.text + "\u201d."
          : n + (n === 1 ? " result" : " results") + " for \u201c" + query.text + "\u201d.";
      });
    }).catch(function () {
      if (generation === current) {
        status.textContent = "The search index could not be loaded.";
      }
    });
  }

  /* Keeps the query in the address, so that reloading or going back shows the same results. */
  function remember(q) {
    try {
      var url = q.trim() ? "?q=" + encodeURIComponent(q.trim()) : window.location.pathname;
      window.history.replaceState(null, "", url);
    } catch (e) {
      /* Some browsers refuse this on file:// pages; the search works the same. */
    }
  }

  /* Arrow keys move between the search box and the results' links. */
  function onKey(e) {
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") {
      return;
    }
    var links = [input].concat(Array.prototype.slice.call(hits.querySelectorAll("a")));
    var at = links.indexOf(document.activeElement);
    if (at < 0 || found.hidden) {
      return;
    }
    var next = at + (e.key === "ArrowDown" ? 1 : -1);
    if (next >= 0 && next < links.length) {
      links[next].focus();
      e.preventDefault();
    }
  }

  more.addEventListener("click", function () {
    var from = shown;
    show(from, lastQuery, current).then(function () {
      var first = hits.children[from];
      if (first) {
        first.querySelector("a").focus();
      }
    });
  });
  input.addEventListener("input", search);
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    search();
  });
  found.addEventListener("keydown", onKey);
  input.addEventListener("keydown", onKey);

  var q = new URLSearchParams(window.location.search).get("q");
  if (q) {
    input.value = q;
    search();
  }
})();
