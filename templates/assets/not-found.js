/* Finds the site's root: the deepest folder above this address that holds the site's icon (a
   host answering every address with this page would answer with HTML, so that does not count),
   then points every link of the page there. From disk this page is only ever opened as itself. */
(function () {
  "use strict";
  var built = document.currentScript.getAttribute("data-root");
  var here = location.pathname;
  var folder = here.slice(0, here.lastIndexOf("/") + 1);
  function relink(root) {
    var links = document.querySelectorAll("a[href]");
    for (var i = 0; i < links.length; i++) {
      var href = links[i].getAttribute("href");
      if (href.charAt(0) === "#" || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(href)) {
        continue;
      }
      if (built && href.indexOf(built) !== 0) {
        continue;
      }
      links[i].setAttribute("href", root + href.slice(built.length));
    }
    document.documentElement.setAttribute("data-site-root", root);
  }
  if (location.protocol === "file:" || /\/404\.html$/.test(here)) {
    relink(folder);
    return;
  }
  if (!window.fetch || !window.Promise) {
    return;
  }
  var folders = [];
  for (var f = folder; folders.length < 16; f = f.slice(0, f.lastIndexOf("/", f.length - 2) + 1)) {
    folders.push(f);
    if (f.length <= 1) {
      break;
    }
  }
  Promise.all(folders.map(function (f) {
    return fetch(f + "assets/favicon.svg", { method: "HEAD" }).then(function (r) {
      return r.ok && !/html/i.test(r.headers.get("Content-Type") || "");
    }, function () { return false; });
  })).then(function (found) {
    var i = found.indexOf(true);
    if (i >= 0) {
      relink(folders[i]);
    }
  });
})();
