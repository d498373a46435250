// Drives a built site's search page in headless Chromium (playwright-core with Debian's
// /usr/bin/chromium, or $CHROMIUM) and prints what it saw as JSON, for SearchBrowserTest to check
// and bench/search-speed.sh to report.
//
//   node search-page.mjs check SITE_DIR QUERY...     types each QUERY into search.html opened from disk
//   node search-page.mjs time SITE_DIR QUERY...      time from keystroke to results, files loaded
//                                                    (median of $REPEAT runs, 5 by default)
//
// Pages are opened from file:// (the hard case: no fetch()) and, for `time`, also over HTTP from a
// server on 127.0.0.1, as a host would serve them.
import { chromium } from "playwright-core";
import { createServer } from "node:http";
import { readFileSync, statSync } from "node:fs";
import { join, normalize, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

const [mode, siteArg, ...queries] = process.argv.slice(2);
if (!["check", "time"].includes(mode) || !siteArg || queries.length === 0) {
  console.error("usage: node search-page.mjs check|time SITE_DIR QUERY...");
  process.exit(2);
}
const site = resolve(siteArg);
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
// Without the background-networking flags Chromium keeps trying hosts a closed network refuses.
const args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync"];

const browser = await chromium.launch({ executablePath, args });
try {
  const out = [];
  if (mode === "check") {
    for (const q of queries) {
      out.push(await check(q));
    }
  } else {
    out.push(...(await time(queries)));
  }
  console.log(JSON.stringify(out, null, 2));
} finally {
  await browser.close();
}

/**
 * Installs, before the page's scripts run, a record of each change of the search box and of each
 * list of results shown (the list names the query it shows in data-query).
 */
async function recorded(context) {
  await context.addInitScript(() => {
    window.__search = { inputs: [], shown: [] };
    document.addEventListener("input", () => window.__search.inputs.push(performance.now()), true);
    document.addEventListener("DOMContentLoaded", () => {
      const list = document.querySelector("#search-found ol");
      new MutationObserver(() => window.__search.shown.push([performance.now(), list.getAttribute("data-query")]))
        .observe(list, { attributes: true, childList: true });
    });
  });
}

/** Types the query, waits for its results, and returns what a reader would get. */
async function check(query) {
  const context = await browser.newContext();
  await recorded(context);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  const url = pathToFileURL(join(site, "search.html")).href;
  await page.goto(url);
  await page.locator("#q").pressSequentially(query);
  await page.waitForFunction((q) => document.getElementById("search-status").textContent.includes("\u201c" + q + "\u201d"), query);
  const result = await page.evaluate((q) => ({
    query: q,
    status: document.getElementById("search-status").textContent,
    liveRegion: document.getElementById("search-status").getAttribute("aria-live")
      || document.getElementById("search-status").getAttribute("role"),
    found: document.getElementById("search-found").outerHTML,
    foundVisible: !document.getElementById("search-found").hidden,
    listsHidden: [...document.querySelectorAll(".search-group")].every((g) => g.hidden),
    address: location.search,
    // Content is text: markup in a title must not become elements or run.
    documentTitle: document.title,
    elementsInHits: [...new Set([...document.querySelectorAll("#search-found li *")].map((e) => e.tagName.toLowerCase()))],
  }), query);
  await page.keyboard.press("ArrowDown");
  result.focusedAfterArrowDown = await page.evaluate(() => document.activeElement.outerHTML);
  await page.keyboard.press("ArrowDown");
  result.focusedAfterTwoArrowDowns = await page.evaluate(() => document.activeElement.outerHTML);
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  result.focusedBackInBox = await page.evaluate(() => document.activeElement.id === "q");

  // The address the form submits to, opened as a link: the same results without typing.
  const linked = await context.newPage();
  await linked.goto(url + "?q=" + encodeURIComponent(query));
  await linked.waitForFunction((q) => document.getElementById("search-status").textContent.includes("\u201c" + q + "\u201d"), query);
  result.linkedStatus = await linked.evaluate(() => document.getElementById("search-status").textContent);

  // Without JavaScript the page links to the pages listing everything, says why, and shows no
  // empty results section.
  const plain = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await plain.newPage();
  await noJs.goto(url + "?q=" + encodeURIComponent(query));
  result.withoutJavaScript = {
    foundVisible: await noJs.locator("#search-found").isVisible(),
    listedLinks: await noJs.locator(".search-group li a").count(),
    visibleLinks: await noJs.locator(".search-group li a:visible").count(),
    status: await noJs.locator("#search-status").innerText(),
  };
  result.errors = errors;
  result.loaded = await loadedFiles(page);
  return result;
}

/** For each query, on a fresh page: keystroke-to-results times and the index files it loaded. */
async function time(queries) {
  const server = await serve(site);
  const results = [];
  try {
    for (const origin of ["file", "http"]) {
      const url = origin === "file" ? pathToFileURL(join(site, "search.html")).href
        : `http://127.0.0.1:${server.address().port}/search.html`;
      for (const query of queries) {
        // Each measured REPEAT times (default 5) on fresh pages; the median is reported.
        const runs = [];
        for (let i = 0; i < Number(process.env.REPEAT || 5); i++) {
          runs.push(await timeOne(url, query));
        }
        const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
        const first = runs[0];
        first.once.ms = median(runs.map((r) => r.once.ms));
        first.typed.ms = median(runs.map((r) => r.typed.ms));
        first.againMs = median(runs.map((r) => r.againMs));
        first.runs = runs.length;
        results.push({ origin, ...first });
      }
    }
  } finally {
    server.close();
  }
  return results;
}

async function timeOne(url, query) {
  const shownFor = (page) => page.waitForFunction((q) => document.querySelector("#search-found ol")
    .getAttribute("data-query") === q, query);
  // One search: the query arrives at once (pasted, or the address's ?q=) on a page with nothing loaded.
  const pastedContext = await browser.newContext();
  await recorded(pastedContext);
  const pasted = await pastedContext.newPage();
  await pasted.goto(url);
  await pasted.locator("#q").fill(query);
  await shownFor(pasted);
  const once = { ms: await lastInputToResults(pasted, query), ...(await loadedFiles(pasted)) };
  const status = await pasted.evaluate(() => new Promise((ok) => setTimeout(() =>
    ok(document.getElementById("search-status").textContent), 600)));
  await pastedContext.close();

  // Typed as a person types, a key every 150 ms, on a fresh page: files load as the words grow.
  const context = await browser.newContext();
  await recorded(context);
  const page = await context.newPage();
  await page.goto(url);
  await page.locator("#q").pressSequentially(query, { delay: 150 });
  await shownFor(page);
  const typed = { ms: await lastInputToResults(page, query), ...(await loadedFiles(page)) };
  // The same query typed again, every file it needs loaded: what a keystroke costs.
  await page.locator("#q").fill("");
  await page.locator("#q").pressSequentially(query, { delay: 150 });
  await page.waitForFunction((q) => {
    const shown = window.__search.shown;
    return shown.filter(([, text]) => text === q).length >= 2;
  }, query);
  const again = await lastInputToResults(page, query);
  await context.close();
  return { query, status, once, typed, againMs: again };
}

/** Milliseconds from the last change of the box to the list showing the query's results. */
async function lastInputToResults(page, query) {
  return page.evaluate((q) => {
    const inputs = window.__search.inputs;
    const last = inputs[inputs.length - 1];
    const done = window.__search.shown.find(([t, text]) => t >= last && text === q);
    return Math.round((done[0] - last) * 10) / 10;
  }, query);
}

/** The index files the page loaded, and their sizes on disk. */
async function loadedFiles(page) {
  // Each file is a script element (performance entries leave out file:// loads).
  const names = await page.evaluate(() => [...document.scripts].map((s) => s.src)
    .filter((n) => n.includes("/assets/search")));
  const files = names.map((n) => {
    const path = n.startsWith("file:") ? fileURLToPath(n) : join(site, new URL(n).pathname);
    return { file: path.slice(site.length + 1), bytes: statSync(path).size, gzipped: gzipSync(readFileSync(path)).length };
  });
  const sum = (key) => files.reduce((s, f) => s + f[key], 0);
  return { files: files.length, bytes: sum("bytes"), gzipped: sum("gzipped"), loaded: files.map((f) => f.file) };
}

/** A static file server for the site on 127.0.0.1, as a host would serve it (no compression). */
function serve(root) {
  const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml" };
  const server = createServer((req, res) => {
    const path = normalize(join(root, decodeURIComponent(new URL(req.url, "http://x").pathname)));
    if (!path.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = readFileSync(path);
      res.writeHead(200, { "content-type": types[path.slice(path.lastIndexOf("."))] || "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(server)));
}
