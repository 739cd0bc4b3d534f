/* The learner's progress on this device, for every page (small on purpose).
 *
 * window.SSEProgress.record(kind, id, info): kind "quiz" or "exercise", id the quiz bank id or
 * the exercise notebook's stem, info {score, total, title} (and, from quizzes, answered). The
 * record is kept in localStorage under "sse-progress/v1" and announced as the document event
 * "sse:progress" (detail: the record). Each page also notes itself as the last page read, for
 * "Continue where you left off" on the My progress page (sse-progress-page.js reads both).
 * Storage may be missing, full or hold anything: then nothing is kept and nothing breaks.
 */
(function () {
  "use strict";

  var KEY = "sse-progress/v1";
  var ID = /^[a-z0-9][a-z0-9-]{0,80}$/;

  function count(n) { return typeof n === "number" && isFinite(n) && n >= 0 && n <= 10000; }

  function read() {
    var data = null;
    try { data = JSON.parse(window.localStorage.getItem(KEY)); } catch (e) { data = null; }
    if (!data || typeof data !== "object" || Array.isArray(data)) data = {};
    if (!data.records || typeof data.records !== "object" || Array.isArray(data.records)) data.records = {};
    return data;
  }

  function write(data) {
    try { window.localStorage.setItem(KEY, JSON.stringify(data)); return true; } catch (e) { return false; }
  }

  function record(kind, id, info) {
    info = info || {};
    if ((kind !== "quiz" && kind !== "exercise") || !ID.test(String(id)) || !count(info.score) ||
        !count(info.total) || info.score > info.total) return null;
    var entry = { kind: kind, id: String(id), score: info.score, total: info.total,
      title: String(info.title || id).slice(0, 200), date: new Date().toISOString() };
    if (count(info.answered)) entry.answered = Math.min(info.answered, info.total);
    var data = read(), key = kind + ":" + entry.id, old = data.records[key];
    // The same result again keeps its first date: the certificate shows when a part was done.
    if (old && old.score === entry.score && old.total === entry.total && old.answered === entry.answered &&
        typeof old.date === "string") entry.date = old.date;
    data.records[key] = entry;
    write(data);
    try {
      document.dispatchEvent(new CustomEvent("sse:progress", { detail: entry }));
    } catch (e) { /* An old browser: the record is kept all the same. */ }
    return entry;
  }

  // "Start fresh" on a quiz: its record goes too.
  function forget(kind, id) {
    var data = read(), key = kind + ":" + id;
    if (!Object.prototype.hasOwnProperty.call(data.records, key)) return;
    delete data.records[key];
    write(data);
    try {
      document.dispatchEvent(new CustomEvent("sse:progress", { detail: { kind: kind, id: String(id), forgotten: true } }));
    } catch (e) { /* nothing to announce */ }
  }

  // This page, as a path from the book's root (the folder above _static/, where this script is).
  function notePage() {
    var script = document.currentScript;
    if (!script || !script.src || document.querySelector("[data-sse-not-last-read]")) return;
    var root = script.src.replace(/_static\/sse-progress\.js(\?.*)?$/, "");
    var here = window.location.href.split("#")[0].split("?")[0];
    if (here.indexOf(root) !== 0) return;
    var path = here.slice(root.length) || "index.html";
    var heading = document.querySelector("main h1") || document.querySelector("h1");
    var title = heading ? heading.textContent.replace(/[#\u00b6]\s*$/, "").trim() : document.title;
    var data = read();
    data.last = { path: path, title: title.slice(0, 200), date: new Date().toISOString() };
    write(data);
  }

  window.SSEProgress = { record: record, forget: forget, read: read, key: KEY };
  notePage();
})();
