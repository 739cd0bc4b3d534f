/* Quizzes in the static book: check answers, give feedback, keep score, remember answers.
 *
 * The HTML (sse_course/quiz/html.py) already holds the questions as form controls; the bank's
 * answers, feedback and the interface words sit in a <script type="application/json"> inside
 * each quiz. Quiz text is only ever inserted with textContent, never as HTML.
 * The marking rules match sse_course/quiz/grading.py.
 */
(function () {
  "use strict";

  var STORE_PREFIX = "sse-quiz/v1/";
  // Projector mode (sse-projector.js) is on: saved answers are neither shown nor saved, so a
  // trainer's rehearsal does not appear in front of the group.
  var PRESENTER_KEY = "sse-projector";

  function presenting() {
    try {
      return window.localStorage.getItem(PRESENTER_KEY) === "on";
    } catch (e) {
      return false;
    }
  }

  // Storage may be missing (privacy mode), full, or hold something we did not write.
  function loadSaved(bankId) {
    try {
      var raw = window.localStorage.getItem(STORE_PREFIX + bankId);
      var saved = raw ? JSON.parse(raw) : {};
      return saved && typeof saved === "object" && !Array.isArray(saved) ? saved : {};
    } catch (e) {
      return {};
    }
  }

  function save(bankId, answers) {
    try {
      window.localStorage.setItem(STORE_PREFIX + bankId, JSON.stringify(answers));
    } catch (e) {
      /* Not saved: the quiz still works for this visit. */
    }
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, key) {
      return key in values ? String(values[key]) : all;
    });
  }

  // The course's one rule for reading a number (sse_course/quiz/numbers.py), in sse-numbers.js,
  // which the build loads before this script.
  // In a box with a unit, the unit may be typed with the number, and millions are read as such.
  function parseNumber(text, unit, units) {
    return unit ? window.SSENumbers.readAmount(text, unit, units) : window.SSENumbers.read(text);
  }

  // The verdict ("Not quite.") is shown once, above the feedback: not again at its start.
  function withoutVerdict(text, verdict) {
    if (verdict && text.indexOf(verdict) === 0) return text.slice(verdict.length).replace(/^\s+/, "") || text;
    return text;
  }

  // Returns {correct, feedback: [text...]} or {error: stringKey}. ``shown``: the options' bank
  // indexes in the order the page shows them (the build shuffles them: quiz/order.py).
  function grade(question, response, words, shown) {
    var result = gradeOnly(question, response, words, shown);
    if (result.error) return result;
    var verdict = words[result.correct ? "correct" : "incorrect"];
    result.feedback = result.feedback.map(function (text) { return withoutVerdict(text, verdict); });
    return result;
  }

  function gradeOnly(question, response, words, shown) {
    var options = question.options || [];
    if (question.type === "single") {
      var option = options[response];
      if (response === null || option === undefined) return { error: "choose_one" };
      return { correct: option.correct, feedback: [option.feedback] };
    }
    if (question.type === "multiple") {
      var chosen = Array.isArray(response) ? response.filter(function (i) { return options[i]; }) : [];
      if (!chosen.length) return { error: "choose_some" };
      var right = [];
      options.forEach(function (o, i) { if (o.correct) right.push(i); });
      var missed = right.filter(function (i) { return chosen.indexOf(i) < 0; });
      var allRight = missed.length === 0 && chosen.every(function (i) { return options[i].correct; });
      // In the order shown: each option the learner ticked, and each right one they missed.
      var order = shown && shown.length ? shown : options.map(function (o, i) { return i; });
      var lines = [];
      order.forEach(function (i) {
        if (!options[i]) return;
        var ticked = chosen.indexOf(i) >= 0;
        if (ticked || options[i].correct) {
          lines.push(fill(words[ticked ? "ticked_option" : "missed_option"],
            { option: options[i].text, feedback: options[i].feedback }));
        }
      });
      return { correct: allRight, feedback: lines };
    }
    if (question.type === "matching") {
      // One choice index per item, in the items' order; all items right is correct.
      var choices = question.choices || [], items = question.items || [];
      var picked = Array.isArray(response) ? response : [];
      var complete = items.length > 0 && items.every(function (it, n) {
        var p = picked[n];
        return typeof p === "number" && p % 1 === 0 && p >= 0 && p < choices.length;
      });
      if (!complete) return { error: "choose_each" };
      var everyRight = true;
      var said = items.map(function (it, n) {
        var choice = choices[picked[n]], matched = choice === it.answer;
        if (!matched) everyRight = false;
        var line = fill(words[matched ? "matched_right" : "matched_wrong"], { item: it.text, choice: choice });
        return it.feedback ? line + " " + it.feedback : line;
      });
      return { correct: everyRight, feedback: said };
    }
    if (question.type === "true_false") {
      if (response !== true && response !== false) return { error: "choose_one" };
      return {
        correct: response === question.answer,
        feedback: [response ? question.feedback_true : question.feedback_false]
      };
    }
    var parsed = parseNumber(response === null ? "" : response, question.unit, question.units);
    if (parsed.error) return parsed;
    var ok = Math.abs(parsed.value - question.answer) <= question.tolerance + 1e-9;
    return { correct: ok, feedback: [ok ? question.feedback_correct : question.feedback_incorrect] };
  }

  // Read what the learner has entered for one question, in the shape grade() expects.
  function readResponse(item, question) {
    if (question.type === "matching") {
      return Array.prototype.map.call(item.querySelectorAll("select"), function (select) {
        return select.value === "" ? null : Number(select.value);
      });
    }
    var inputs = item.querySelectorAll("input");
    if (question.type === "numeric") return inputs[0].value;
    var picked = [];
    inputs.forEach(function (input) { if (input.checked) picked.push(Number(input.value)); });
    if (question.type === "multiple") return picked;
    if (!picked.length) return null;
    return question.type === "true_false" ? picked[0] === 1 : picked[0];
  }

  function writeResponse(item, question, response) {
    if (question.type === "matching") {
      var values = Array.isArray(response) ? response : [];
      item.querySelectorAll("select").forEach(function (select, n) {
        var value = typeof values[n] === "number" ? String(values[n]) : "";
        select.value = value;
        if (select.value !== value) select.value = "";  // not one of its choices
      });
      return;
    }
    var inputs = item.querySelectorAll("input");
    if (question.type === "numeric") {
      inputs[0].value = typeof response === "string" || typeof response === "number" ? String(response) : "";
      return;
    }
    var wanted = question.type === "multiple" ? (Array.isArray(response) ? response : [])
      : question.type === "true_false" ? [response === true ? 1 : response === false ? 0 : -1]
      : [response];
    inputs.forEach(function (input) { input.checked = wanted.indexOf(Number(input.value)) >= 0; });
  }

  // A pointer such as "See 'Lessons from COVID-19'" becomes a link when that section is on the
  // page: ``sections`` maps such titles to their anchors (found at build time, sphinx_ext.py).
  // The quotes of sse_course/build/quiz_section_links.py QUOTES (French guillemets included).
  var QUOTES = [['"', '"'], ["'", "'"], ["\u2018", "\u2019"], ["\u201c", "\u201d"],
    ["\u00ab\u00a0", "\u00a0\u00bb"], ["\u00ab\u202f", "\u202f\u00bb"], ["\u00ab ", " \u00bb"], ["\u00ab", "\u00bb"]];

  function appendLinked(parent, text, sections) {
    var titles = Object.keys(sections || {});
    while (text) {
      var at = -1, found = null, open = "";
      titles.forEach(function (title) {
        QUOTES.forEach(function (q) {
          var i = text.indexOf(q[0] + title + q[1]);
          if (i >= 0 && (at < 0 || i < at || (i === at && title.length > found.length))) {
            at = i; found = title; open = q[0];
          }
        });
      });
      if (at < 0) { parent.appendChild(document.createTextNode(text)); return; }
      parent.appendChild(document.createTextNode(text.slice(0, at + open.length)));
      var link = document.createElement("a");
      link.href = sections[found];
      link.textContent = found;
      parent.appendChild(link);
      text = text.slice(at + open.length + found.length);
    }
  }

  function showFeedback(item, result, words, sections) {
    var box = item.querySelector(".sse-quiz-feedback");
    box.textContent = "";
    box.classList.remove("is-correct", "is-incorrect", "is-error");
    if (result.error) {
      box.classList.add("is-error");
      box.textContent = words[result.error];
      return;
    }
    box.classList.add(result.correct ? "is-correct" : "is-incorrect");
    var verdict = document.createElement("p");
    verdict.className = "sse-quiz-verdict";
    // The word itself says right or wrong: colour and the icon only repeat it.
    verdict.textContent = (result.correct ? "\u2713 " : "\u2717 ") + words[result.correct ? "correct" : "incorrect"];
    box.appendChild(verdict);
    result.feedback.forEach(function (text) {
      if (!text) return;
      var p = document.createElement("p");
      appendLinked(p, text, sections);
      box.appendChild(p);
    });
  }

  function setUp(root) {
    var dataNode = root.querySelector("script.sse-quiz-data");
    var data;
    try {
      data = JSON.parse(dataNode.textContent);
    } catch (e) {
      return;  // The build validated the bank; a broken page is left as plain questions.
    }
    if (!data || !data.bank || !Array.isArray(data.bank.questions) || !data.strings) return;
    var bank = data.bank, words = data.strings;
    var byId = {};
    bank.questions.forEach(function (q) { byId[q.id] = q; });
    // An option's words are on the page, in its label (the data leaves them out: quiz/html.py);
    // each input's value is the option's place in the bank.
    root.querySelectorAll(".sse-quiz-question").forEach(function (item) {
      var question = byId[item.getAttribute("data-qid")];
      if (!question || !Array.isArray(question.options)) return;
      item.querySelectorAll("label.sse-quiz-option input").forEach(function (input) {
        var option = question.options[Number(input.value)];
        if (option && typeof option.text !== "string") {
          option.text = input.parentNode.textContent.replace(/^\s+|\s+$/g, "");
        }
      });
    });
    var sections = {};
    var sectionsNode = root.querySelector("script.sse-quiz-sections");
    try {
      if (sectionsNode) sections = JSON.parse(sectionsNode.textContent) || {};
    } catch (e) {
      sections = {};  // Plain text pointers, then.
    }
    // Each saved answer is {v: the question's version, a: the answer} (quiz/html.py writes the
    // versions): one saved for an older wording of a question is dropped, never shown against new
    // options; the answers to the other questions stay.
    function current(stored) {
      var kept = {};
      Object.keys(stored).forEach(function (id) {
        var entry = stored[id];
        if (Object.prototype.hasOwnProperty.call(byId, id) && entry && typeof entry === "object" &&
            entry.v === byId[id].version && "a" in entry) kept[id] = entry;
      });
      return kept;
    }
    var saved = current(loadSaved(bank.id));
    var results = {};
    var scoreBox = root.querySelector(".sse-quiz-score");
    var resetButton = root.querySelector(".sse-quiz-reset");

    function updateScore() {
      var answered = Object.keys(results);
      var correct = answered.filter(function (id) { return results[id]; }).length;
      scoreBox.textContent = answered.length ? fill(words.score, { correct: correct, total: bank.questions.length }) : "";
      resetButton.hidden = answered.length === 0;
    }

    // The quiz's score, for the My progress page (sse-progress.js).
    function recordProgress() {
      var answered = Object.keys(results);
      if (!window.SSEProgress || presenting()) return;
      if (!answered.length) { window.SSEProgress.forget("quiz", bank.id); return; }
      window.SSEProgress.record("quiz", bank.id, {
        score: answered.filter(function (id) { return results[id]; }).length,
        total: bank.questions.length, answered: answered.length, title: bank.title
      });
    }

    function check(item, question, remember) {
      var response = readResponse(item, question);
      var shown = Array.prototype.map.call(item.querySelectorAll("input"), function (input) { return Number(input.value); });
      var result = grade(question, response, words, shown);
      showFeedback(item, result, words, sections);
      if (result.error) return;
      results[question.id] = result.correct;
      if (remember && !presenting()) {
        saved[question.id] = { v: question.version, a: response };
        save(bank.id, saved);
        recordProgress();
      }
      updateScore();
    }

    // Empty every question on the page (the store is left as it is).
    function clearShown() {
      results = {};
      root.querySelectorAll(".sse-quiz-question").forEach(function (item) {
        var question = byId[item.getAttribute("data-qid")];
        if (question) writeResponse(item, question, question.type === "multiple" ? [] : null);
        var box = item.querySelector(".sse-quiz-feedback");
        box.textContent = "";
        box.classList.remove("is-correct", "is-incorrect", "is-error");
      });
      updateScore();
    }

    function showSaved() {
      root.querySelectorAll(".sse-quiz-question").forEach(function (item) {
        var question = byId[item.getAttribute("data-qid")];
        if (question && Object.prototype.hasOwnProperty.call(saved, question.id)) {
          writeResponse(item, question, saved[question.id].a);
          check(item, question, false);
        }
      });
      recordProgress();
    }

    root.querySelectorAll(".sse-quiz-question").forEach(function (item) {
      var question = byId[item.getAttribute("data-qid")];
      if (!question) return;
      var button = item.querySelector(".sse-quiz-check");
      button.hidden = false;
      button.addEventListener("click", function () { check(item, question, true); });
      // Enter in the number box checks the answer, as a learner expects.
      if (question.type === "numeric") {
        item.querySelector("input").addEventListener("keydown", function (event) {
          if (event.key === "Enter") { event.preventDefault(); check(item, question, true); }
        });
      }
    });
    if (!presenting()) showSaved();
    document.addEventListener("sse-projector", function (event) {
      clearShown();
      if (!(event.detail && event.detail.on)) {
        saved = current(loadSaved(bank.id));
        showSaved();
      }
    });

    // "Start fresh" asks first, in the page (no pop-up), and works by keyboard: Yes clears this
    // quiz's saved answers and says so; No or Escape keeps them and returns to the button.
    var confirmBox = document.createElement("div");
    confirmBox.className = "sse-quiz-confirm";
    confirmBox.hidden = true;
    confirmBox.setAttribute("role", "group");
    var confirmText = document.createElement("p");
    confirmText.id = root.id + "-confirm";
    confirmText.textContent = words.start_fresh_confirm;
    confirmBox.setAttribute("aria-labelledby", confirmText.id);
    var yes = document.createElement("button");
    yes.type = "button";
    yes.className = "sse-quiz-confirm-yes";
    yes.textContent = words.start_fresh_yes;
    var no = document.createElement("button");
    no.type = "button";
    no.className = "sse-quiz-confirm-no";
    no.textContent = words.start_fresh_no;
    confirmBox.appendChild(confirmText);
    confirmBox.appendChild(yes);
    confirmBox.appendChild(no);
    resetButton.parentNode.insertBefore(confirmBox, resetButton.nextSibling);
    resetButton.setAttribute("aria-expanded", "false");

    function closeConfirm(focusBack) {
      confirmBox.hidden = true;
      resetButton.setAttribute("aria-expanded", "false");
      if (focusBack) resetButton.focus();
    }

    resetButton.addEventListener("click", function () {
      confirmBox.hidden = false;
      resetButton.setAttribute("aria-expanded", "true");
      yes.focus();
    });
    no.addEventListener("click", function () { closeConfirm(true); });
    confirmBox.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { event.preventDefault(); event.stopPropagation(); closeConfirm(true); }
    });
    yes.addEventListener("click", function () {
      saved = {};
      save(bank.id, saved);
      closeConfirm(false);
      clearShown();
      recordProgress();
      scoreBox.textContent = words.cleared;
      var first = root.querySelector(".sse-quiz-question input, .sse-quiz-question select");
      if (first) first.focus();
    });

    root.classList.add("is-ready");
    updateScore();
  }

  // Each quiz starts on its own: one that cannot start is left as plain questions, with its
  // "needs JavaScript" note shown again (is-broken, sse-quiz.css), and never stops the quizzes
  // after it on the page.
  function start() {
    document.querySelectorAll(".sse-quiz").forEach(function (root) {
      try {
        setUp(root);
      } catch (e) {
        /* Left as plain questions. */
      }
      if (!root.classList.contains("is-ready")) root.classList.add("is-broken");
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
