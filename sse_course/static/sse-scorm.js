/* Quiz and exercise scores to an LMS, in the SCORM 1.2 package only (make scorm: the package
 * adds this script to its copy of every page; the book itself never loads it).
 *
 * A SCO is one page of the book; the LMS launches it with "?sse-scorm=" and the page's
 * activities (quiz:<bank>:<questions>, exercise:<id>), written by sse_course/delivery/scorm.py.
 * When the LMS's SCORM 1.2 API is found (window.API in the parent or opener chain, as SCORM 1.2
 * says), each score the page records (sse-progress.js, event "sse:progress") is sent as
 * cmi.core.score.raw (0 to 100) and cmi.core.lesson_status ("completed" when every activity is
 * done, "incomplete" before), then committed. Without an API, or on a page the LMS did not
 * launch, it does nothing: the page works exactly as in the book.
 */
(function () {
  "use strict";

  var MAX_TRIES = 7;  // SCORM 1.2's example searches this many parents

  function searchUp(win) {
    for (var tries = 0; win && tries <= MAX_TRIES; tries++) {
      try {
        if (win.API && typeof win.API.LMSInitialize === "function") return win.API;
      } catch (e) {
        return null;  // another origin: no API there for us
      }
      if (!win.parent || win.parent === win) return null;
      win = win.parent;
    }
    return null;
  }

  function findAPI() {
    var api = searchUp(window);
    if (!api) {
      try { if (window.opener) api = searchUp(window.opener); } catch (e) { api = null; }
    }
    return api;
  }

  // The page's activities, from the launch address: [{kind, id, total}].
  function launched() {
    var match = /[?&]sse-scorm=([^&#]*)/.exec(window.location.search);
    if (!match) return [];
    return decodeURIComponent(match[1]).split(",").map(function (entry) {
      var parts = entry.split(":");
      return { kind: parts[0], id: parts[1], total: parts[2] ? Number(parts[2]) : null };
    }).filter(function (a) { return (a.kind === "quiz" || a.kind === "exercise") && /^[a-z0-9-]+$/.test(a.id); });
  }

  function start() {
    var activities = launched();
    if (!activities.length || !window.SSEProgress) return;
    var api = findAPI();
    if (!api) return;
    api.LMSInitialize("");
    var status = api.LMSGetValue("cmi.core.lesson_status");
    if (!status || status === "not attempted") api.LMSSetValue("cmi.core.lesson_status", "incomplete");
    var sent = null;

    function report() {
      var records = window.SSEProgress.read().records, score = 0, total = 0, done = 0, seen = 0;
      activities.forEach(function (a) {
        var r = records[a.kind + ":" + a.id];
        var expected = a.total || (r && r.total) || 0;
        total += expected;
        if (!r || typeof r.score !== "number") return;
        seen += 1;
        score += Math.min(r.score, expected);
        var answered = typeof r.answered === "number" ? r.answered : r.total;
        if (r.total === expected && answered >= expected) done += 1;
      });
      if (!total || !seen) return;  // nothing answered yet: nothing to report
      var raw = String(Math.round(100 * score / total));
      var lesson = done === activities.length ? "completed" : "incomplete";
      if (sent === raw + lesson) return;
      sent = raw + lesson;
      api.LMSSetValue("cmi.core.score.min", "0");
      api.LMSSetValue("cmi.core.score.max", "100");
      api.LMSSetValue("cmi.core.score.raw", raw);
      api.LMSSetValue("cmi.core.lesson_status", lesson);
      api.LMSCommit("");
    }

    report();
    document.addEventListener("sse:progress", report);
    window.addEventListener("pagehide", function () {
      api.LMSCommit("");
      api.LMSFinish("");
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
