// Opens every HTML page of a built site in headless Chromium (playwright-core with Debian's
// /usr/bin/chromium, or $CHROMIUM), clicks every link on it, and prints as JSON whether any script
// of the content ran: the hostile fixture's payloads call alert() and set window.__pwned, so a
// dialog, a set __pwned or a page error is a script that ran. For HostileBrowserTest.
//
//   node hostile-pages.mjs SITE_DIR BASE_URL
//
// Pages are served as if from BASE_URL (the site's own absolute links, in emails and feeds, then
// lead back into it); any other address is answered with an empty page and counted.
import { chromium } from "playwright-core";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";

const [siteArg, base] = process.argv.slice(2);
if (!siteArg || !base) {
  console.error("usage: node hostile-pages.mjs SITE_DIR BASE_URL");
  process.exit(2);
}
const site = resolve(siteArg);
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync"];

const pages = walk(site).filter((f) => f.endsWith(".html")).map((f) => relative(site, f).split(sep).join("/")).sort();
const report = { pages: pages.length, linksClicked: 0, scriptsRun: [], pageErrors: [], badSchemes: [], outside: [] };
const clicked = new Set();

const browser = await chromium.launch({ executablePath, args });
try {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.alert = window.confirm = window.prompt = (m) => { window.__pwned = "dialog: " + m; };
  });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(base)) {
      const path = decodeURIComponent(new URL(url).pathname.slice(new URL(base).pathname.length)) || "index.html";
      const file = join(site, path.endsWith("/") ? path + "index.html" : path);
      try {
        return route.fulfill({ status: 200, body: readFileSync(file), contentType: type(file) });
      } catch {
        return route.fulfill({ status: 404, body: "" });
      }
    }
    if (!url.startsWith("data:")) {
      report.outside.push(url);
    }
    return route.fulfill({ status: 200, body: "", contentType: "text/html" });
  });
  const page = await context.newPage();
  page.on("dialog", (d) => { report.scriptsRun.push(page.url() + ": dialog " + d.message()); d.dismiss(); });
  page.on("pageerror", (e) => report.pageErrors.push(page.url() + ": " + e));
  for (const p of pages) {
    await visit(page, base + p);
    const links = await page.evaluate(() => [...document.querySelectorAll("a[href]")].map((a, i) => ({
      i, href: a.href, protocol: a.protocol, raw: a.getAttribute("href"),
    })));
    for (const link of links) {
      if (!["http:", "https:", "mailto:"].includes(link.protocol)) {
        report.badSchemes.push(p + ": " + link.raw);
      }
      // Each address is followed once; mailto: has nothing to open here, but a click on it is still made.
      if (clicked.has(link.href)) {
        continue;
      }
      clicked.add(link.href);
      // From the page as loaded, every time: a click made while an earlier one still navigates
      // would land on another page.
      if (page.url() !== base + p) {
        await visit(page, base + p);
      }
      const navigated = page.waitForNavigation({ timeout: 2000 }).catch(() => {});
      await page.evaluate((i) => {
        const a = document.querySelectorAll("a[href]")[i];
        a.removeAttribute("target");
        a.click();
      }, link.i).catch(() => {});
      await navigated;
      await page.waitForLoadState("load").catch(() => {});
      report.linksClicked++;
      await check(page, p + " → " + link.raw);
    }
  }
  console.log(JSON.stringify(report, null, 2));
} finally {
  await browser.close();
}

async function visit(page, url) {
  try {
    await page.goto(url, { waitUntil: "load" });
  } catch (e) {
    // A navigation a click started late can interrupt this one: go again once it is over.
    await page.waitForLoadState("load").catch(() => {});
    await page.goto(url, { waitUntil: "load" });
  }
  await check(page, url);
}

async function check(page, where) {
  const pwned = await page.evaluate(() => window.__pwned).catch(() => undefined);
  if (pwned) {
    report.scriptsRun.push(where + ": " + pwned);
  }
}

function walk(dir) {
  return readdirSync(dir).flatMap((n) => {
    const f = join(dir, n);
    return statSync(f).isDirectory() ? walk(f) : [f];
  });
}

function type(file) {
  const types = { ".html": "text/html", ".css": "text/css", ".js": "text/javascript", ".json": "application/json",
    ".svg": "image/svg+xml", ".xml": "application/xml", ".txt": "text/plain" };
  const dot = file.lastIndexOf(".");
  return types[file.slice(dot)] || "application/octet-stream";
}
