/* Full-text search of the briefing: articles, people, organizations and sources.

   The index is made at build time (see docs/search.md): assets/search-index.js says where each
   shard of terms starts; assets/search/t<n>.js hold terms with their documents and BM25 scores;
   assets/search/<kind><n>.js hold what a result shows. Files are loaded as <script> elements, not
   with fetch(), so that the page works opened from disk (file://) too. Optional: without this
   script the page links to the pages that list everything.

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
  /* The script runs, so the note for readers without it goes. */
  Array.prototype.slice.call(status.querySelectorAll("noscript")).forEach(function (n) {
    n.parentNode.removeChild(n);
  });
  var idle = status.textContent;

  var PAGE = 10;
  var PAUSE = 100; /* ms without typing before a search loads files */
  var ANNOUNCE_AFTER = 400; /* ms without typing before the status says how many were found */
  var MAX_TERM = 60;
  var PREFIX_LENGTH = 3; /* a shorter last word is looked for whole */
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
        file.done = true;
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
    var prefix = WORD_END.test(text) && last.length >= PREFIX_LENGTH ? last : null;
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
    if (index.shards.length === 0) {
      return []; /* a site with nothing to find */
    }
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
    var before = start > 0 ? "… " : "";
    if (start + LIMIT >= sentence.length) {
      return before + sentence.slice(start);
    }
    var end = sentence.lastIndexOf(" ", start + LIMIT);
    return before + sentence.slice(start, end > start ? end : start + LIMIT) + " …";
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
  var ranked = []; /* the results shown, best first */
  var shown = 0;
  var lastQuery = null;
  var waiting = null;
  var announcing = null;

  /* The files holding the text of results [from, from + PAGE) of order, and where each result is. */
  function pageOf(order, from) {
    var page = order.slice(from, from + PAGE).map(locate);
    var names = [];
    page.forEach(function (p) {
      if (names.indexOf(p.file) < 0) {
        names.push(p.file);
      }
    });
    return { page: page, names: names };
  }

  /* Results [from, from + PAGE) of order as list items, once their files are loaded. */
  function items(order, from, query) {
    var wanted = pageOf(order, from);
    return Promise.all(wanted.names.map(load)).then(function (loaded) {
      var byName = {};
      wanted.names.forEach(function (n, i) {
        byName[n] = loaded[i][0];
      });
      return wanted.page.map(function (p) {
        return result(query, byName[p.file][p.at], p.code);
      });
    });
  }

  function isLoaded(name) {
    return files[name] !== undefined && files[name].done === true;
  }

  var typedLength = 0;

  /*
   * Runs at every change of the box. A search whose files are all loaded shows at once, and so does
   * one that did not come letter by letter (pasted, or from the address); one typed that must load
   * files first waits for a pause in the typing, so that a word typed quickly loads the files of the
   * word, not those of each of its beginnings.
   */
  function search() {
    var typed = Math.abs(input.value.length - typedLength) === 1;
    typedLength = input.value.length;
    var query = parse(input.value);
    var generation = ++current;
    remember(input.value);
    clearTimeout(waiting);
    clearTimeout(announcing);
    if (query.terms.length === 0) {
      found.hidden = true;
      lists.forEach(function (l) {
        l.hidden = false;
      });
      announce(idle, 0);
      return;
    }
    var shardNames = shardsFor(query).map(function (s) {
      return "t" + s;
    });
    function failed() {
      if (generation === current) {
        announce("The search index could not be loaded.", 0);
      }
    }
    function showFirstPage(order) {
      items(order, 0, query).then(function (list) {
        if (generation === current) {
          show(query, order, list);
        }
      }).catch(failed);
    }
    function rankAndShow(mayWait) {
      Promise.all(shardNames.map(load)).then(function (shards) {
        if (generation !== current) {
          return;
        }
        var order = rank(query, shards);
        if (typed && mayWait && !pageOf(order, 0).names.every(isLoaded)) {
          waiting = setTimeout(function () {
            showFirstPage(order);
          }, PAUSE);
        } else {
          showFirstPage(order);
        }
      }).catch(failed);
    }
    if (!typed || shardNames.every(isLoaded)) {
      rankAndShow(true);
    } else {
      waiting = setTimeout(function () {
        rankAndShow(false);
      }, PAUSE);
    }
  }

  function show(query, order, list) {
    ranked = order;
    lastQuery = query;
    while (hits.firstChild) {
      hits.removeChild(hits.firstChild);
    }
    list.forEach(function (li) {
      hits.appendChild(li);
    });
    hits.setAttribute("data-query", query.text);
    shown = list.length;
    more.hidden = shown >= ranked.length;
    lists.forEach(function (l) {
      l.hidden = true;
    });
    found.hidden = false;
    var n = ranked.length;
    announce(n === 0
      ? "No results for \u201c" + query.text + "\u201d."
      : n + (n === 1 ? " result" : " results") + " for \u201c" + query.text + "\u201d.", ANNOUNCE_AFTER);
  }

  /* The status is a live region: it changes once typing has paused, not at every letter. */
  function announce(text, delay) {
    clearTimeout(announcing);
    if (delay === 0) {
      status.textContent = text;
    } else {
      announcing = setTimeout(function () {
        status.textContent = text;
      }, delay);
    }
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
    var generation = current;
    items(ranked, from, lastQuery).then(function (list) {
      if (generation !== current) {
        return;
      }
      list.forEach(function (li) {
        hits.appendChild(li);
      });
      shown = from + list.length;
      more.hidden = shown >= ranked.length;
      if (list.length) {
        list[0].querySelector("a").focus();
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
