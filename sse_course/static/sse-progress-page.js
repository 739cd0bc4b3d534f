/* The My progress and certificate pages (sse_course/build/progress_pages.py writes their HTML and
 * the index of every quiz and exercise in the book). What the device stored comes from
 * sse-progress.js; the file for another device carries every localStorage key starting "sse-".
 * Text is only ever inserted with textContent; storage may be missing or hold anything.
 */
(function () {
  "use strict";

  var PREFIX = "sse-";
  var NAME_KEY = "sse-certificate/v1/name";
  var KEEP_ON_RESET = ["sse-projector"];  // a setting of this device, not progress
  var MAX_FILE = 2000000, MAX_KEYS = 1000, MAX_VALUE = 500000;
  var PAGE_PATH = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_.-]+)*\.html$/;

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, key) {
      return key in values ? String(values[key]) : all;
    });
  }

  // Words about a number of things (progress_pages.COUNTED): the form that the language's plural
  // rule (its catalogue's Plural-Forms, an expression of n) gives the number they count. The rule
  // comes from the build; it is run only if it holds nothing but n, numbers and operators.
  var PLURAL_RULE = /^[n0-9\s()?:%<>=!&|]+$/;
  var rules = {};
  function counted(word, values) {
    if (typeof word === "string") return fill(word, values);
    var n = Number(values[word.count]), index = n === 1 ? 0 : 1;
    if (typeof word.plural === "string" && PLURAL_RULE.test(word.plural)) {
      try {
        if (!rules[word.plural]) rules[word.plural] = new Function("n", "return Number(" + word.plural + ");");
        index = rules[word.plural](n);
      } catch (e) { /* English's rule */ }
    }
    var form = word.forms[index];
    return fill(typeof form === "string" ? form : word.forms[word.forms.length - 1], values);
  }

  function storage() {
    try {
      var s = window.localStorage;
      s.getItem(PREFIX + "probe");
      return s;
    } catch (e) {
      return null;
    }
  }

  function ourKeys(store) {
    var keys = [];
    for (var i = 0; i < store.length; i++) {
      var key = store.key(i);
      if (key && key.indexOf(PREFIX) === 0) keys.push(key);
    }
    return keys;
  }

  function say(root, text) {
    root.querySelector(".sse-progress-status").textContent = text;
  }

  // Records that are well formed, by "kind:id"; and whether the store held something unreadable.
  function stored(store) {
    var raw = store ? store.getItem(window.SSEProgress ? window.SSEProgress.key : "sse-progress/v1") : null;
    var data = window.SSEProgress ? window.SSEProgress.read() : { records: {} };
    var unreadable = false;
    if (raw !== null) {
      try {
        var parsed = JSON.parse(raw);
        unreadable = !parsed || typeof parsed !== "object" || Array.isArray(parsed);
      } catch (e) {
        unreadable = true;
      }
    }
    var records = {};
    Object.keys(data.records).forEach(function (key) {
      var r = data.records[key];
      if (r && typeof r === "object" && typeof r.score === "number" && typeof r.total === "number" &&
          isFinite(r.score) && isFinite(r.total) && r.total > 0 && r.score >= 0 && r.score <= r.total) {
        records[key] = r;
      } else {
        unreadable = true;
      }
    });
    return { records: records, last: data.last, unreadable: unreadable };
  }

  function isDone(activity, record) {
    if (!record) return false;
    if (activity.kind === "quiz") return record.answered === activity.total && record.total === activity.total;
    // The exercise page counts only the tasks checked: done when that is all of them.
    if (typeof activity.total === "number") return record.total >= activity.total;
    return typeof record.answered !== "number" || record.answered >= record.total;
  }

  function dateOf(record) {
    var date = new Date(record && record.date);
    return isNaN(date.getTime()) ? null : date;
  }

  // Each part: its activities done, and when the last of them was done (null if not complete).
  function partsProgress(data, records) {
    return data.parts.map(function (part) {
      var done = 0, total = 0, latest = null;
      part.pages.forEach(function (page) {
        page.activities.forEach(function (a) {
          total += 1;
          var record = records[a.kind + ":" + a.id];
          if (isDone(a, record)) {
            done += 1;
            var when = dateOf(record);
            if (when && (!latest || when > latest)) latest = when;
          }
        });
      });
      return { title: part.title, done: done, total: total, complete: total > 0 && done === total, date: latest };
    });
  }

  function describe(activity, record, words) {
    if (!record) return words.not_started;
    var values = { score: record.score, total: record.total, answered: record.answered };
    if (activity.kind === "quiz") return counted(isDone(activity, record) ? words.quiz_done : words.quiz_partly, values);
    return counted(isDone(activity, record) ? words.exercise_done : words.exercise_partly, values);
  }

  // --- My progress -------------------------------------------------------------------------

  function showProgress(root, data, store) {
    var words = data.words, now = stored(store);
    root.querySelectorAll(".sse-progress-activity").forEach(function (item) {
      var kind = item.getAttribute("data-kind"), id = item.getAttribute("data-id");
      var activity = null;
      data.parts.forEach(function (part) {
        part.pages.forEach(function (page) {
          page.activities.forEach(function (a) { if (a.kind === kind && a.id === id) activity = a; });
        });
      });
      if (!activity) return;
      var record = now.records[kind + ":" + id];
      item.querySelector(".sse-progress-state").textContent = describe(activity, record, words);
      item.classList.toggle("is-done", isDone(activity, record));
    });
    partsProgress(data, now.records).forEach(function (part, i) {
      var box = root.querySelector('.sse-progress-part[data-part="' + i + '"] .sse-progress-part-summary');
      if (!box) return;
      box.textContent = counted(words.part_summary, part) + (part.complete ? " \u2014 " + words.part_complete : "");
    });
    var line = root.querySelector(".sse-progress-continue");
    line.textContent = "";
    var last = now.last;
    if (last && typeof last.path === "string" && PAGE_PATH.test(last.path) && last.path.indexOf("..") < 0) {
      line.appendChild(document.createTextNode(words["continue"] + " "));
      var link = document.createElement("a");
      link.href = data.root + last.path;
      link.textContent = typeof last.title === "string" && last.title ? last.title : last.path;
      line.appendChild(link);
    } else {
      line.textContent = words.nothing_read;
    }
    return now;
  }

  function exportFile(root, data, store) {
    var items = {};
    ourKeys(store).forEach(function (key) { items[key] = store.getItem(key); });
    var file = { format: data.file.format, version: data.file.version, saved: new Date().toISOString(), items: items };
    var name = "sse-course-progress-" + new Date().toISOString().slice(0, 10) + ".json";
    var url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 1)], { type: "application/json" }));
    var link = document.createElement("a");
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
    say(root, fill(data.words.exported, { file: name }));
  }

  // The file's items, or {error: message}: every check is made before anything is changed.
  function readFile(text, data) {
    var words = data.words, file;
    try {
      file = JSON.parse(text);
    } catch (e) {
      return { error: words.import_not_json };
    }
    if (!file || typeof file !== "object" || Array.isArray(file) || file.format !== data.file.format) {
      return { error: words.import_wrong_format };
    }
    if (typeof file.version !== "number" || file.version > data.file.version) return { error: words.import_newer };
    if (file.version !== data.file.version) return { error: words.import_wrong_format };
    var items = file.items;
    if (!items || typeof items !== "object" || Array.isArray(items)) {
      return { error: fill(words.import_damaged, { reason: words.damaged_no_items }) };
    }
    var keys = Object.keys(items);
    if (keys.length > MAX_KEYS) return { error: words.import_too_big };
    for (var i = 0; i < keys.length; i++) {
      var key = keys[i], value = items[key];
      if (key.indexOf(PREFIX) !== 0 || key.length > 200) {
        return { error: fill(words.import_damaged, { reason: words.damaged_bad_name }) };
      }
      if (typeof value !== "string" || value.length > MAX_VALUE) {
        return { error: fill(words.import_damaged, { reason: words.damaged_not_text }) };
      }
      if (key === "sse-progress/v1" || key.indexOf("sse-quiz/") === 0 || key.indexOf("sse-exercise/") === 0) {
        try {
          var parsed = JSON.parse(value);
          if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("not an object");
        } catch (e) {
          return { error: fill(words.import_damaged, { reason: key }) };
        }
      }
    }
    return { items: items };
  }

  // Replace the device's progress with the file's; put everything back if the device refuses.
  function applyItems(store, items) {
    var before = {};
    ourKeys(store).forEach(function (key) { before[key] = store.getItem(key); });
    try {
      Object.keys(before).forEach(function (key) { store.removeItem(key); });
      Object.keys(items).forEach(function (key) { store.setItem(key, items[key]); });
      return true;
    } catch (e) {
      ourKeys(store).forEach(function (key) { store.removeItem(key); });
      Object.keys(before).forEach(function (key) {
        try { store.setItem(key, before[key]); } catch (ignored) { /* as much as fits */ }
      });
      return false;
    }
  }

  function importFile(root, data, store, input) {
    var words = data.words, file = input.files && input.files[0];
    if (!file) return;
    if (file.size > MAX_FILE) { say(root, words.import_too_big); input.value = ""; return; }
    var reader = new FileReader();
    reader.onload = function () {
      input.value = "";
      var result = readFile(String(reader.result), data);
      if (result.error) { say(root, result.error); return; }
      if (!applyItems(store, result.items)) { say(root, words.import_failed); return; }
      var now = showProgress(root, data, store);
      say(root, counted(words.imported, { count: Object.keys(now.records).length }));
    };
    reader.onerror = function () { input.value = ""; say(root, words.import_not_json); };
    reader.readAsText(file);
  }

  function setUpReset(root, data, store) {
    var words = data.words;
    var button = root.querySelector(".sse-progress-reset");
    var box = root.querySelector(".sse-progress-confirm");
    var yes = box.querySelector(".sse-progress-confirm-yes"), no = box.querySelector(".sse-progress-confirm-no");
    function close(focusBack) {
      box.hidden = true;
      button.setAttribute("aria-expanded", "false");
      if (focusBack) button.focus();
    }
    button.addEventListener("click", function () {
      box.hidden = false;
      button.setAttribute("aria-expanded", "true");
      yes.focus();
    });
    no.addEventListener("click", function () { close(true); });
    box.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { event.preventDefault(); close(true); }
    });
    yes.addEventListener("click", function () {
      ourKeys(store).forEach(function (key) {
        if (KEEP_ON_RESET.indexOf(key) < 0) store.removeItem(key);
      });
      close(true);
      showProgress(root, data, store);
      say(root, words.reset_done);
    });
  }

  function setUpProgress(root, data, store) {
    var now = showProgress(root, data, store);
    if (!store) {
      say(root, data.words.no_storage);
      root.querySelectorAll("button, input").forEach(function (control) { control.disabled = true; });
      return;
    }
    if (now.unreadable) say(root, data.words.store_unreadable);
    root.querySelector(".sse-progress-export").addEventListener("click", function () { exportFile(root, data, store); });
    var input = root.querySelector(".sse-progress-import input");
    input.addEventListener("change", function () { importFile(root, data, store, input); });
    setUpReset(root, data, store);
    document.addEventListener("sse:progress", function () { showProgress(root, data, store); });
  }

  // --- Certificate ----------------------------------------------------------------------------

  function paragraph(parent, className, text) {
    var p = document.createElement("p");
    p.className = className;
    p.textContent = text;
    parent.appendChild(p);
    return p;
  }

  function drawCertificate(box, data, name, parts) {
    var words = data.words;
    box.textContent = "";
    paragraph(box, "sse-certificate-heading", words.certificate_title);
    paragraph(box, "sse-certificate-line", words.certificate_intro);
    paragraph(box, "sse-certificate-name", name || words.no_name);
    paragraph(box, "sse-certificate-line", words.certificate_studied);
    paragraph(box, "sse-certificate-course", data.course);
    var complete = parts.filter(function (part) { return part.complete; });
    if (complete.length) {
      paragraph(box, "sse-certificate-line", words.certificate_parts);
      var list = document.createElement("ul");
      list.className = "sse-certificate-parts";
      complete.forEach(function (part) {
        var item = document.createElement("li");
        var when = part.date ? part.date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" }) : "";
        item.textContent = part.title + (when ? ", " + fill(words.completed_on, { date: when }) : "");
        list.appendChild(item);
      });
      box.appendChild(list);
    } else {
      paragraph(box, "sse-certificate-line", words.certificate_no_parts);
    }
    paragraph(box, "sse-certificate-note", words.certificate_note);
  }

  function setUpCertificate(root, data, store) {
    var input = root.querySelector("#sse-certificate-name");
    var screen = root.querySelector(".sse-certificate");
    // The printed sheet: a copy at the top of the body, so that print shows it alone (sse-progress-page.css).
    var sheet = document.createElement("div");
    sheet.className = "sse-certificate-sheet";
    sheet.setAttribute("aria-hidden", "true");
    document.body.appendChild(sheet);
    var name = "";
    try { name = (store && store.getItem(NAME_KEY)) || ""; } catch (e) { name = ""; }
    name = String(name).slice(0, 80);
    input.value = name;
    function draw() {
      var now = stored(store), parts = partsProgress(data, now.records), typed = input.value.trim();
      drawCertificate(screen, data, typed, parts);
      drawCertificate(sheet, data, typed, parts);
      return now;
    }
    var now = draw();
    if (!store) say(root, data.words.no_storage);
    else if (now.unreadable) say(root, data.words.store_unreadable);
    input.addEventListener("input", function () {
      draw();
      try { if (store) store.setItem(NAME_KEY, input.value.trim()); } catch (e) { /* kept for this visit */ }
    });
    root.querySelector(".sse-certificate-print").addEventListener("click", function () { window.print(); });
  }

  function start() {
    var store = storage();
    document.querySelectorAll("[data-sse-progress-page]").forEach(function (root) {
      try {
        var data = JSON.parse(root.querySelector("script.sse-progress-data").textContent);
        if (!data || !Array.isArray(data.parts) || !data.words) return;
        if (root.classList.contains("sse-certificate-page")) setUpCertificate(root, data, store);
        else setUpProgress(root, data, store);
        root.classList.add("is-ready");
      } catch (e) {
        /* Left as the plain list of activities. */
      }
      // Its "needs JavaScript" line is shown again (sse-progress-page.css).
      if (!root.classList.contains("is-ready")) root.classList.add("is-broken");
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
