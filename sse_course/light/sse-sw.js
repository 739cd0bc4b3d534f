/* The course's service worker. sse_course/light/offline.py writes it into the built site as
   /sse-sw.js, with this build's settings in place of the line below:
   VERSION (a hash of the build), SHELL (what every page loads), FILES (the whole course),
   COURSE_BYTES and NOT_HANDLED (paths left to the network, e.g. the JupyterLite site). */
/* BUILD SETTINGS */
"use strict";

const SCOPE = new URL(self.registration.scope);
// Caches are shared by the site's workers: the English book's (scope /) and each edition's
// (/pt-BR/, ...). Each worker's names carry its scope, so none deletes another's copy.
const PREFIX = `sse-course|${SCOPE.pathname}|`;
const READ = `${PREFIX}${VERSION}-read`;    // pages the reader opened, and what they need
const WHOLE = `${PREFIX}${VERSION}-whole`;  // the whole course, only if the reader asked for it
const COMPLETE = "__sse-whole-course-complete__";
const site = (path) => new URL(path, SCOPE).href;
const withoutQuery = (url) => { const u = new URL(url); u.search = ""; u.hash = ""; return u.href; };

function handled(url) {
  if (url.origin !== SCOPE.origin || !url.href.startsWith(SCOPE.href)) return false;
  const path = url.pathname.slice(SCOPE.pathname.length);
  return !NOT_HANDLED.some((prefix) => path.startsWith(prefix));
}

async function fetchInto(cache, url, mode) {
  // A network error throws (the caller decides); a missing file (404) is skipped.
  const response = await fetch(new Request(url, { cache: mode }));
  if (response.ok) await cache.put(withoutQuery(url), response);
  return response.ok;
}

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const read = await caches.open(READ);
    // "no-cache": revalidate with the server, so nothing from an older build comes from the
    // browser's HTTP cache (an unchanged file costs a few bytes, not a new download).
    for (const path of SHELL) await fetchInto(read, site(path), "no-cache");
    // What the reader kept from an older build is fetched again from this one. If the network
    // fails now, the install fails and the older copy stays whole: never a mix of the two.
    for (const name of await caches.keys()) {
      if (!name.startsWith(PREFIX) || name === READ || name === WHOLE) continue;
      const old = await caches.open(name);
      if (name.endsWith("-whole")) {
        if (await old.match(COMPLETE)) await saveWholeCourse(() => {});
        continue;
      }
      for (const request of await old.keys()) {
        const url = new URL(request.url);
        if (handled(url) && !(await read.match(request))) await fetchInto(read, url.href, "no-cache");
      }
    }
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== READ && name !== WHOLE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

async function fromCache(request) {
  for (const name of [READ, WHOLE]) {
    const hit = await (await caches.open(name)).match(request, { ignoreSearch: true });
    if (hit) return hit;
  }
  return undefined;
}

function notSavedPage() {
  const text = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Not saved on this device</title></head>
<body style="font-family:sans-serif;max-width:36em;margin:2em auto;padding:0 1em;line-height:1.5">
<h1>This page is not saved on this device</h1>
<p>You have no connection now. The pages you have already read open without one.
To read every page offline, open the welcome page when you are online and choose
"Save the whole course for offline reading".</p>
<p><a href="${site(START)}">Go to the welcome page</a> or go back.</p></body></html>`;
  return new Response(text, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } });
}

// Online, every request goes to the network as if there were no worker (so a new build shows
// at once), and a copy of each page read is kept. Offline, the kept copy is served.
async function networkFirst(event) {
  const request = event.request;
  try {
    const response = await fetch(request);
    if (response.ok && response.type === "basic") {
      const copy = response.clone();
      event.waitUntil(caches.open(READ).then((cache) => cache.put(withoutQuery(request.url), copy)));
    }
    return response;
  } catch (error) {
    const saved = await fromCache(request);
    if (saved) return saved;
    if (request.mode === "navigate") return notSavedPage();
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || !handled(url)) return;
  event.respondWith(networkFirst(event));
});

async function saveWholeCourse(report) {
  const whole = await caches.open(WHOLE);
  let done = 0;
  const queue = FILES.slice();
  async function worker() {
    while (queue.length) {
      const path = queue.shift();
      if (!(await whole.match(site(path)))) {
        // A page already read is copied, not downloaded again. The rest bypasses the browser's
        // HTTP cache ("no-store"), so that "Remove the saved course" really removes it.
        const kept = await (await caches.open(READ)).match(site(path));
        if (kept) await whole.put(site(path), kept);
        else await fetchInto(whole, site(path), "no-store");
      }
      done += 1;
      report({ type: "progress", done, total: FILES.length });
    }
  }
  await Promise.all([worker(), worker(), worker()]);
  await whole.put(COMPLETE, new Response("1"));
}

self.addEventListener("message", (event) => {
  const data = event.data || {};
  const port = event.ports && event.ports[0];
  const reply = (message) => { if (port) port.postMessage(message); };
  if (data.type === "keep") {
    // The first page a reader opens loads before the worker runs: keep it (and its images)
    // now. They come from the browser's cache, so this costs no data.
    event.waitUntil((async () => {
      const read = await caches.open(READ);
      for (const url of data.urls || []) {
        const parsed = new URL(url, SCOPE);
        if (handled(parsed) && !(await read.match(withoutQuery(parsed.href)))) {
          try { await fetchInto(read, parsed.href, "default"); } catch (error) { /* offline: try later */ }
        }
      }
      reply({ type: "kept" });
    })());
  } else if (data.type === "status") {
    event.waitUntil((async () => {
      const whole = await caches.open(WHOLE);
      reply({ type: "status", saved: Boolean(await whole.match(COMPLETE)), bytes: COURSE_BYTES, version: VERSION });
    })());
  } else if (data.type === "save-course") {
    event.waitUntil(saveWholeCourse(reply).then(
      () => reply({ type: "saved" }),
      (error) => reply({ type: "error", message: String(error) }),
    ));
  } else if (data.type === "forget-course") {
    event.waitUntil(caches.delete(WHOLE).then(() => reply({ type: "forgotten" })));
  }
});
