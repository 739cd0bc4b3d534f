/* Exercises in the static book: every task checked in the page, with no kernel.
 *
 * The HTML (sse_course/exercises/html.py) holds each task's controls; its data (the task's
 * to_json(), from the same Python definition the notebook checks with) sits in a
 * <script type="application/json"> inside the task. The checks here are those of
 * sse_course/exercises/ (classification.py, calculation.py, canvas.py and the canvases' rules);
 * tests/exercise_answers.json holds the answers both must mark alike. Numbers are read by
 * sse-numbers.js, the rule of sse_course/quiz/numbers.py. Text is only ever inserted with
 * textContent. Answers are kept on the device (localStorage "sse-exercise/v1/<exercise>"), each
 * with the version of the task it answers; nothing leaves the device.
 */
(function () {
  "use strict";

  var STORE_PREFIX = "sse-exercise/v1/";
  var PRESENTER_KEY = "sse-projector";

  function presenting() {
    try {
      return window.localStorage.getItem(PRESENTER_KEY) === "on";
    } catch (e) {
      return false;
    }
  }

  // Storage may be missing (privacy mode), full, or hold something we did not write.
  function loadSaved(exercise) {
    try {
      var raw = window.localStorage.getItem(STORE_PREFIX + exercise);
      var saved = raw ? JSON.parse(raw) : {};
      return saved && typeof saved === "object" && !Array.isArray(saved) ? saved : {};
    } catch (e) {
      return {};
    }
  }

  function saveAnswer(exercise, task, version, answer) {
    if (presenting()) return;
    try {
      var saved = loadSaved(exercise);
      saved[task] = { version: version, answer: answer };
      window.localStorage.setItem(STORE_PREFIX + exercise, JSON.stringify(saved));
    } catch (e) {
      /* Not kept: the exercise still works for this visit. */
    }
  }

  // The saved answer to this version of the task, or undefined: an answer to an older version
  // of the task is dropped, never shown against new items or choices.
  function savedAnswer(exercise, data) {
    var entry = loadSaved(exercise)[data.task];
    if (!entry || typeof entry !== "object" || entry.version !== data.version) return undefined;
    return entry.answer;
  }

  function trim(text) {
    return String(text === null || text === undefined ? "" : text).replace(/^[\s\ufeff]+|[\s\ufeff]+$/g, "");
  }

  // A sentence of the page's words (sse_course/exercises/html.py WORDS, in the page's language)
  // with its {placeholders} filled in.
  function fill(template, values) {
    return String(template).replace(/\{(\w+)\}/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole;
    });
  }

  // A number with ``places`` decimals, as the page's language writes it: words.number_style is
  // its CLDR style (sse_course/locales/numbers.json, as sse_course/formatting.py writes numbers),
  // absent in English, which is the course's own (1,200.50).
  function money(value, places, words) {
    var style = words && words.number_style;
    if (!style) return value.toLocaleString("en-US", { minimumFractionDigits: places, maximumFractionDigits: places });
    var parts = Math.abs(value).toFixed(places).split(".");
    var whole = parts[0];
    if (whole.length >= 3 + style.minimum_grouping) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, style.group);
    return (value < 0 ? "-" : "") + whole + (parts[1] ? style.decimal + parts[1] : "");
  }

  // Unicode category S, as unicodedata in Python (a string: the linter reads ES5 literals). A
  // browser older than the "u" flag and \p{} (Chrome 64, Firefox 78, Safari 11.1) throws on it:
  // there the currency signs and the ASCII and Latin-1 symbols stand in for the category.
  function symbolTest() {
    try {
      return new RegExp("\\p{S}", "u");
    } catch (e) {
      return /[$+<=>^`|~\u00a2-\u00a6\u00a8\u00a9\u00ac\u00ae-\u00b1\u00b4\u00b8\u00d7\u00f7\u20a0-\u20c0]/;
    }
  }

  // An amount with the currency the learner wrote, where the language puts it (amount_with_currency
  // in formatting.py): "Br 36.50" in English, "36,50 Br" in French, "₹36,50" and "Br 36,50" in
  // Spanish (CLDR's currency spacing: a no-break space unless the sign's end is itself a symbol).
  function withCurrency(currency, amount, words) {
    var style = words && words.number_style, sign = trim(currency);
    if (!style) return currency + " " + amount;
    if (!sign) return amount;
    var pattern = style.currency, symbol = symbolTest();
    if (pattern.indexOf("\u00a4{amount}") >= 0 && !symbol.test(sign.charAt(sign.length - 1))) {
      pattern = pattern.replace("\u00a4{amount}", "\u00a4\u00a0{amount}");
    }
    if (pattern.indexOf("{amount}\u00a4") >= 0 && !symbol.test(sign.charAt(0))) {
      pattern = pattern.replace("{amount}\u00a4", "{amount}\u00a0\u00a4");
    }
    return pattern.replace("\u00a4", sign).replace("{amount}", amount);
  }

  // ---- The checks: each returns {status, message, hint}, as sse_course/exercises/feedback.py.

  function checkItem(data, item, given) {
    var words = data.words || {};
    var choices = { choices: data.choices.join(", ") };
    if (!trim(given)) return { status: "blank", message: fill(words.choose_one_of, choices) };
    var choice = null;
    data.choices.forEach(function (c) { if (trim(given).toLowerCase() === c.toLowerCase()) choice = c; });
    if (choice === null) return { status: "invalid", message: fill(words.not_a_choice, choices) };
    if (choice === item.answer) return { status: "correct", message: item.why };
    return { status: "incorrect", message: fill(words.answer_is_not, { choice: choice, why: item.why }) };
  }

  // The unit in the page's language, as calculation.py's unit_words (words.units: those it changes).
  function unitWord(unit, words) { return (words.units || {})[unit] || unit; }

  function checkNumber(data, given, words) {
    var unit = unitWord(data.unit, words);
    if (!trim(given)) return { status: "blank", message: fill(words.type_in_unit, { unit: unit }) };
    var read = window.SSENumbers.readAmount(String(given), data.unit, words.units);
    if (read.error) {
      return { status: "invalid", message: words[read.error === "number_ambiguous" ? "number_ambiguous" : "not_a_number"] };
    }
    if (Math.abs(read.value - data.expected) <= data.tolerance + 1e-9) {
      return { status: "correct", message: data.explanation };
    }
    var said = fill(words[read.value > data.expected ? "too_high" : "too_low"], { number: shownNumber(read.value, words), unit: unit });
    return { status: "incorrect", message: said, hint: data.hint };
  }

  // A number as the feedback shows it, as quantity() in sse_course/formatting.py.
  function shownNumber(value, words) {
    if (Math.abs(value) >= 1e15) return Number(value.toPrecision(3)).toExponential();
    var whole = Math.round(value);
    if (Math.abs(value - whole) < 0.005) return money(whole === 0 ? 0 : whole, 0, words);
    return money(value, 2, words);
  }

  // The canvases' rules and worked-out lines, by the names their Python functions have.
  var RULES = {
    price_covers_materials_and_pay: function (v, words) {
      var variable = v.materials + v.minutes / 60 * v.hourly_rate;
      if (v.price <= variable) return fill(words.price_too_low, { price: money(v.price, 2, words), cost: money(variable, 2, words) });
      return null;
    },
    enough_members: function (v, words) {
      return v.members < 2 ? words.too_few_members : null;
    }
  };

  var DERIVED = {
    costing_lines: function (v, words) {
      var variable = v.materials + v.minutes / 60 * v.hourly_rate;
      var unitCost = variable + v.fixed_costs / v.sales;
      var contribution = v.price - variable;
      var items = v.fixed_costs / contribution;
      var whole = Math.max(Math.ceil(items - 1e-9), v.fixed_costs > 0 ? 1 : 0);
      var surplus = v.sales * (v.price - variable) - v.fixed_costs;
      return [
        [words.unit_cost, withCurrency(v.currency, money(unitCost, 2, words), words)],
        [words.break_even, money(whole, 0, words)],
        [words.surplus_a_month, surplus >= 0 ? withCurrency(v.currency, money(surplus, 2, words), words)
          : fill(words.loss_of, { amount: withCurrency(v.currency, money(-surplus, 2, words), words) })]
      ];
    },
    months_to_raise: function (v, words) {
      var monthly = v.members * v.contribution, need = v.working_capital, text;
      if (need === 0) text = words.no_working_capital;
      else if (monthly === 0) text = words.no_contributions;
      else text = fill(words.months_of_contributions, { months: Math.ceil(need / monthly), monthly: money(monthly, 0, words) });
      return [[words.time_to_raise, text]];
    }
  };

  function shortNumber(value) {
    return String(Number(value.toPrecision(6)));
  }

  // {problems: [...], values: {...}}, as Canvas.check in canvas.py.
  function checkCanvas(data, given, words) {
    var problems = [], values = {};
    data.fields.forEach(function (f) {
      var text = trim(given[f.key]);
      if (!text) {
        if (f.required) problems.push(fill(words.fill_in, { label: f.label }));
        return;
      }
      if (f.kind === "text") { values[f.key] = text; return; }
      if (f.kind === "choice") {
        var choice = null;
        f.choices.forEach(function (c) { if (text.toLowerCase() === c.toLowerCase()) choice = c; });
        if (choice === null) problems.push(fill(words.field_choose_one_of, { label: f.label, choices: f.choices.join(", ") }));
        else values[f.key] = choice;
        return;
      }
      var read = window.SSENumbers.readAmount(text, f.money ? "money" : f.unit, words.units);
      if (read.error) {
        problems.push(fill(words.field_problem, { label: f.label, problem: words[read.error === "number_ambiguous" ? "number_ambiguous" : "not_a_number"] }));
        return;
      }
      var n = read.value;
      if (f.kind === "whole" && n !== Math.round(n)) {
        problems.push(fill(words.not_whole, { label: f.label, number: shortNumber(n), example: Math.max(1, Math.round(n)) }));
      } else if (f.minimum !== null && n < f.minimum) {
        problems.push(fill(words.too_small, { label: f.label, number: shortNumber(n), minimum: shortNumber(f.minimum) }));
      } else if (f.maximum !== null && n > f.maximum) {
        problems.push(fill(words.too_large, { label: f.label, number: shortNumber(n), maximum: shortNumber(f.maximum) }));
      } else {
        values[f.key] = n;
      }
    });
    if (!problems.length) {
      data.rules.forEach(function (name) {
        var problem = RULES[name](values, words);
        if (problem) problems.push(problem);
      });
    }
    return { problems: problems, values: values };
  }

  // ---- Showing feedback

  function showFeedback(box, result, words) {
    box.textContent = "";
    box.className = "sse-exercise-feedback";
    box.classList.add(result.status === "correct" ? "is-correct" : result.status === "incorrect" ? "is-incorrect" : "is-error");
    var verdict = document.createElement("p");
    verdict.className = "sse-exercise-verdict";
    verdict.textContent = words["label_" + result.status];  // the words say right or wrong, not the colour
    box.appendChild(verdict);
    var message = document.createElement("p");
    message.textContent = result.message;
    box.appendChild(message);
    if (result.hint) {
      var hint = document.createElement("p");
      hint.className = "sse-exercise-hint";
      hint.textContent = fill(words.hint, { hint: result.hint });
      box.appendChild(hint);
    }
  }

  // ---- Progress: one record per exercise, over the tasks of its page.

  // A task's score counts from its saved answer too (restored on load, not re-recorded), so an
  // exercise done over two visits is recorded whole when the second visit checks a task.
  var scores = {};

  function note(data, name, score, total) {
    var own = scores[data.exercise] = scores[data.exercise] || {};
    own[name] = { score: score, total: total };
    return own;
  }

  function record(data, name, score, total) {
    var own = note(data, name, score, total);
    var sum = 0, count = 0;
    Object.keys(own).forEach(function (key) { sum += own[key].score; count += own[key].total; });
    try {
      if (window.SSEProgress && typeof window.SSEProgress.record === "function") {
        window.SSEProgress.record("exercise", data.exercise, { score: sum, total: count, title: data.exercise_title });
      }
    } catch (e) {
      /* Progress is not kept; the exercise still works. */
    }
  }

  // ---- Setting up each kind of task

  function setUpClassification(root, data) {
    var selects = root.querySelectorAll("select[data-item]");
    var scoreBox = root.querySelector(".sse-exercise-score");
    function check(remember) {
      var answers = [], correct = 0;
      selects.forEach(function (select) {
        var item = data.items[Number(select.getAttribute("data-item"))];
        var result = checkItem(data, item, select.value);
        if (result.status === "correct") correct++;
        answers.push(select.value);
        showFeedback(select.parentNode.querySelector(".sse-exercise-feedback"), result, data.words);
      });
      var total = data.items.length;
      scoreBox.textContent = fill(correct === total ? data.words.all_correct : data.words.some_correct,
        { title: data.title, correct: correct, total: total });
      if (remember) {
        saveAnswer(data.exercise, data.task, data.version, answers);
        record(data, data.task, correct, total);
      } else {
        note(data, data.task, correct, total);
      }
    }
    root.querySelector(".sse-exercise-check").addEventListener("click", function () { check(true); });
    return function show(saved) {
      if (!Array.isArray(saved) || saved.length !== selects.length) return;
      selects.forEach(function (select, i) {
        if (typeof saved[i] === "string" && (saved[i] === "" || data.choices.indexOf(saved[i]) >= 0)) select.value = saved[i];
      });
      check(false);
    };
  }

  function setUpNumeric(root, data, words) {
    var input = root.querySelector("input");
    var box = root.querySelector(".sse-exercise-feedback");
    function check(remember) {
      var result = checkNumber(data, input.value, words);
      showFeedback(box, result, words);
      if (result.status === "blank") return;
      if (remember) {
        saveAnswer(data.exercise, data.task, data.version, input.value);
        record(data, data.task, result.status === "correct" ? 1 : 0, 1);
      } else {
        note(data, data.task, result.status === "correct" ? 1 : 0, 1);
      }
    }
    root.querySelector(".sse-exercise-check").addEventListener("click", function () { check(true); });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter") { event.preventDefault(); check(true); }
    });
    return function show(saved) {
      if (typeof saved !== "string" || saved.length > 60) return;
      input.value = saved;
      check(false);
    };
  }

  function setUpCanvas(root, data, words) {
    var form = root.querySelector("form");
    var box = root.querySelector(".sse-exercise-feedback");
    var summary = root.querySelector(".sse-exercise-summary");
    var printButton = root.querySelector(".sse-exercise-print");
    function given() {
      var values = {};
      data.fields.forEach(function (f) { values[f.key] = form.elements[f.key].value; });
      return values;
    }
    function showSummary(values) {
      summary.textContent = "";
      var heading = document.createElement("h2");
      heading.textContent = data.title;
      summary.appendChild(heading);
      var table = document.createElement("table");
      var body = document.createElement("tbody");
      var rows = data.fields.map(function (f) {
        var value = values[f.key];
        if (value === undefined) return [f.label, words.not_filled_in];
        if (typeof value === "number") return [f.label, trim((value === Math.round(value) ? money(value, 0, words) : money(value, 2, words)) + " " + unitWord(f.unit, words))];
        return [f.label, value];
      });
      if (data.derived) rows = rows.concat(DERIVED[data.derived](values, words));
      rows.forEach(function (pair) {
        var tr = document.createElement("tr");
        var th = document.createElement("th");
        th.scope = "row";
        th.textContent = pair[0];
        var td = document.createElement("td");
        td.textContent = pair[1];
        tr.appendChild(th);
        tr.appendChild(td);
        body.appendChild(tr);
      });
      table.appendChild(body);
      summary.appendChild(table);
      var note = document.createElement("p");
      note.textContent = words.canvas_note;
      summary.appendChild(note);
      summary.hidden = false;
      printButton.hidden = false;
    }
    function check(remember) {
      var answer = given();
      var result = checkCanvas(data, answer, words);
      box.textContent = "";
      box.className = "sse-exercise-feedback";
      var verdict = document.createElement("p");
      verdict.className = "sse-exercise-verdict";
      if (result.problems.length) {
        box.classList.add("is-error");
        verdict.textContent = words.fix_these;
        box.appendChild(verdict);
        var list = document.createElement("ul");
        result.problems.forEach(function (problem) {
          var li = document.createElement("li");
          li.textContent = problem;
          list.appendChild(li);
        });
        box.appendChild(list);
        summary.hidden = true;
        printButton.hidden = true;
      } else {
        box.classList.add("is-correct");
        verdict.textContent = words.canvas_complete;
        box.appendChild(verdict);
        showSummary(result.values);
      }
      if (remember) {
        saveAnswer(data.exercise, data.task, data.version, answer);
        record(data, data.task, result.problems.length ? 0 : 1, 1);
      } else {
        note(data, data.task, result.problems.length ? 0 : 1, 1);
      }
    }
    form.addEventListener("submit", function (event) { event.preventDefault(); check(true); });
    // Print only the summary: a copy of it is the one thing the printed page shows.
    printButton.addEventListener("click", function () {
      var copy = summary.cloneNode(true);
      copy.className = "sse-exercise-print-copy";
      copy.hidden = false;
      document.body.appendChild(copy);
      document.documentElement.classList.add("sse-exercise-printing");
      window.print();
    });
    window.addEventListener("afterprint", function () {
      document.documentElement.classList.remove("sse-exercise-printing");
      document.querySelectorAll(".sse-exercise-print-copy").forEach(function (node) { node.parentNode.removeChild(node); });
    });
    return function show(saved) {
      if (!saved || typeof saved !== "object" || Array.isArray(saved)) return;
      var any = false;
      data.fields.forEach(function (f) {
        var value = saved[f.key];
        if (typeof value !== "string" || value.length > 2000) return;
        if (f.kind === "choice" && value !== "" && f.choices.indexOf(value) < 0) return;
        form.elements[f.key].value = value;
        any = any || value !== "";
      });
      if (any) check(false);
    };
  }

  var KINDS = { classification: setUpClassification, numeric: setUpNumeric, canvas: setUpCanvas };

  function setUp(root) {
    var data = JSON.parse(root.querySelector("script.sse-exercise-data").textContent);
    if (!data || !KINDS[data.kind] || !window.SSENumbers) return;  // left as it is, with its "needs JavaScript" note
    var show = KINDS[data.kind](root, data, data.words || {});
    if (!presenting()) show(savedAnswer(data.exercise, data));
    // Projector mode (sse-projector.js) on: the page is emptied, so a trainer's rehearsal is not
    // shown to the group; off again: the saved answers come back.
    document.addEventListener("sse-projector", function (event) {
      clearShown(root);
      if (!(event.detail && event.detail.on)) show(savedAnswer(data.exercise, data));
    });
    root.classList.add("is-ready");
  }

  function clearShown(root) {
    root.querySelectorAll("select, input").forEach(function (control) { control.value = ""; });
    root.querySelectorAll(".sse-exercise-feedback, .sse-exercise-score, .sse-exercise-summary").forEach(function (box) {
      box.textContent = "";
      box.classList.remove("is-correct", "is-incorrect", "is-error");
    });
    root.querySelectorAll(".sse-exercise-summary, .sse-exercise-print").forEach(function (node) { node.hidden = true; });
  }

  // Each task starts on its own: one that cannot start is left as it is, with its "needs
  // JavaScript" note shown again (is-broken, sse-exercise.css), and never stops the others.
  function start() {
    document.querySelectorAll(".sse-exercise").forEach(function (root) {
      try {
        setUp(root);
      } catch (e) {
        /* Left as it is. */
      }
      if (!root.classList.contains("is-ready")) root.classList.add("is-broken");
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }

  // For the tests that hold the page's checks against Python's (tests/test_exercise_pages.py).
  window.SSEExercise = {
    checkItem: checkItem, checkNumber: checkNumber, checkCanvas: checkCanvas, derived: DERIVED,
    money: money, withCurrency: withCurrency
  };
})();
