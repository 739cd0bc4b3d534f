/* Pages read stay readable offline: registers the course's service worker (/sse-sw.js, built by
   sse_course/light/offline.py) and runs the welcome page's "Save the whole course" box.
   Nothing happens under file:// (the offline zip), inside a frame (a SCORM package in an LMS),
   in the JupyterLite site, or on a page with <meta name="sse-offline" content="off">. */
(function () {
  "use strict";
  if (!("serviceWorker" in navigator) || !/^https?:$/.test(location.protocol)) return;
  if (window.top !== window.self) return;
  if (document.querySelector('meta[name="sse-offline"][content="off"]')) return;
  var script = document.currentScript || document.querySelector('script[src*="sse-offline.js"]');
  var root = new URL("../", new URL(script.src, location.href)).href;  // _static/../
  if (location.href.indexOf(root + "lite/") === 0) return;

  function send(worker, message, onReply) {
    var channel = new MessageChannel();
    channel.port1.onmessage = function (event) { if (onReply) onReply(event.data); };
    worker.postMessage(message, [channel.port2]);
  }

  function keepThisPage(worker) {
    var urls = [location.href];
    performance.getEntriesByType("resource").forEach(function (entry) {
      if (entry.name.indexOf(root) === 0) urls.push(entry.name);
    });
    send(worker, { type: "keep", urls: urls });
  }

  function saveBox(worker) {
    var W = window.SSEWords || {};  // in the page's language: sse-words.js (sse_course/build/site_words.py)
    var box = document.querySelector(".sse-offline-save");
    if (!box) return;
    var start = box.querySelector(".sse-offline-start");
    var undo = box.querySelector(".sse-offline-undo");
    var bar = box.querySelector("progress");
    var status = box.querySelector(".sse-offline-status");
    function show(saved) {
      start.hidden = saved;
      undo.hidden = !saved;
      bar.hidden = true;
      start.disabled = false;
      undo.disabled = false;
    }
    box.hidden = false;
    send(worker, { type: "status" }, function (reply) {
      show(reply.saved);
      if (reply.saved) status.textContent = W.offline_saved;
    });
    start.addEventListener("click", function () {
      start.disabled = true;
      bar.hidden = false;
      bar.value = 0;
      status.textContent = W.offline_saving;
      send(worker, { type: "save-course" }, function (reply) {
        if (reply.type === "progress") {
          bar.max = reply.total;
          bar.value = reply.done;
          var percent = Math.round(100 * reply.done / reply.total);
          bar.setAttribute("aria-valuetext", percent + "%");
          if (percent % 25 === 0 || reply.done === reply.total) status.textContent = String(W.offline_progress).replace("{percent}", percent);
        } else if (reply.type === "saved") {
          show(true);
          status.textContent = W.offline_done;
        } else if (reply.type === "error") {
          show(false);
          status.textContent = W.offline_stopped;
        }
      });
    });
    undo.addEventListener("click", function () {
      undo.disabled = true;
      send(worker, { type: "forget-course" }, function () {
        show(false);
        status.textContent = W.offline_removed;
      });
    });
  }

  window.addEventListener("load", function () {
    navigator.serviceWorker.register(root + "sse-sw.js", { scope: root }).then(function () {
      return navigator.serviceWorker.ready;
    }).then(function (registration) {
      keepThisPage(registration.active);
      saveBox(registration.active);
    }).catch(function () { /* no worker (private mode, old browser): the page works as before */ });
  });
})();
