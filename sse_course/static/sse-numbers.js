/* The course's one rule for reading a number a learner types, the same as
 * sse_course/quiz/numbers.py (read its docstring for the rule): the quizzes (sse-quiz.js) and the
 * exercises (sse-exercise.js) both use it. tests/number_reading.json holds the examples Python and
 * this script must agree on. read(text) and readAmount(text, unit) return {value} or {error},
 * where error is an interface string key.
 */
(function () {
  "use strict";

  var MAX_LENGTH = 60;
  var END_SPACES = /^[ \t\n\r\u00a0\u2009\u202f\u3000\ufeff]+|[ \t\n\r\u00a0\u2009\u202f\u3000\ufeff]+$/g;
  var DIGIT_ZEROS = [0x0660, 0x06F0, 0x0966, 0x09E6, 0xFF10];

  function asciiDigits(text) {
    return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\uff10-\uff19\u2212]/g, function (c) {
      var code = c.charCodeAt(0);
      if (code === 0x2212) return "-";
      for (var i = 0; i < DIGIT_ZEROS.length; i++) {
        if (code >= DIGIT_ZEROS[i] && code < DIGIT_ZEROS[i] + 10) return String(code - DIGIT_ZEROS[i]);
      }
      return c;
    });
  }

  function count(text, mark) { return text.split(mark).length - 1; }

  // [whole, fraction] at the decimal mark, or {error}.
  function splitAtMark(body) {
    var points = count(body, "."), commas = count(body, ","), mark;
    if (points && commas) mark = body.lastIndexOf(".") > body.lastIndexOf(",") ? "." : ",";
    else if (points === 1 || commas === 1) {
      mark = points ? "." : ",";
      var parts = body.split(mark);
      if (/^[1-9][0-9]{0,2}$/.test(parts[0]) && /^[0-9]{3}$/.test(parts[1])) return { error: "number_ambiguous" };
    } else return [body, ""];
    if (count(body, mark) !== 1) return { error: "not_a_number" };
    return body.split(mark);
  }

  function ungroup(whole, allowEmpty) {
    if (/^[0-9]+$/.test(whole) || (allowEmpty && whole === "")) return whole;
    var separators = whole.replace(/[0-9]/g, "");
    if (separators && separators.split("").every(function (c) { return c === separators[0]; })) {
      var sep = "\\" + separators[0];
      var western = new RegExp("^[0-9]{1,3}(" + sep + "[0-9]{3})+$");
      var indian = new RegExp("^[0-9]{1,2}(" + sep + "[0-9]{2})*" + sep + "[0-9]{3}$");
      if (western.test(whole) || indian.test(whole)) return whole.replace(/[^0-9]/g, "");
    }
    return null;
  }

  function parseNumber(text) {
    text = String(text);
    if (text.length > MAX_LENGTH) return { error: "not_a_number" };
    text = text.replace(END_SPACES, "");
    if (!text) return { error: "type_number" };
    var match = /^([+-]?)([0-9., ]+)$/.exec(asciiDigits(text).replace(/[ \u00a0\u2009\u202f]/g, " "));
    if (!match || !/[0-9]/.test(match[2])) return { error: "not_a_number" };
    var sign = match[1], body = match[2];
    var parts = splitAtMark(body);
    if (parts.error) return parts;
    var fraction = parts[1];
    if (!/^[0-9]*$/.test(fraction) || (fraction === "" && /[.,]$/.test(body))) return { error: "not_a_number" };
    var digits = ungroup(parts[0], fraction !== "");
    if (digits === null) return { error: "not_a_number" };
    var value = parseFloat(sign + (digits || "0") + "." + (fraction || "0"));
    if (!isFinite(value)) return { error: "not_a_number" };
    return { value: value };
  }

  // An amount in an exercise's box: units and currency signs around the number, R$ 1.200, and
  // millions (numbers.py, read_amount). units: each English unit's word in the page's language
  // (the exercises' UNIT_WORDS), read as the English one; the English words are read too.
  var UNIT = "%|\u20b9|\u20b1|R\\$|\\$|\u20ac|Br|birr|rupees?|pesos?|reais|members?|minutes?|people|women|items?";
  var MILLIONS = "millions?";
  var SPACE = "[\\s\ufeff]*";
  var MILLION = 1000000;

  var MONEY = ["\u20b9", "\u20b1", "r$", "$", "\u20ac", "br", "birr", "rupee", "rupees", "peso", "pesos", "reais", "money"];

  function strip(text) { return String(text || "").replace(/^\s+|\s+$/g, ""); }

  function isMoney(unit) { return MONEY.indexOf(strip(unit).toLowerCase()) >= 0; }

  function inMillions(unit) { return /^millions?$/.test(strip(unit).toLowerCase()); }

  // The English words, then units' words, the longest first (numbers.py, _amount).
  function choices(first, words) {
    return "(" + [first].concat(words.sort(function (a, b) { return b.length - a.length; }).map(function (w) {
      return w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })).join("|") + ")";
  }

  function readAmount(text, unit, units) {
    text = String(text);
    if (text.length > MAX_LENGTH) return { error: "not_a_number" };
    var words = [], millions = [], english = {};  // english: a word typed -> its English unit
    function known(word) { return Object.prototype.hasOwnProperty.call(english, word); }
    for (var u in units || {}) {
      var w = strip(units[u]);
      if (w && !known(w.toLowerCase())) (u === "million" ? millions : words).push(w);
      if (w) english[w.toLowerCase()] = u;
    }
    // A box named in the page's language counts as its English unit (money, millions).
    if (known(strip(unit).toLowerCase())) unit = english[strip(unit).toLowerCase()];
    var unitWords = choices(UNIT, words);
    var parts = new RegExp("^" + SPACE + "(?:" + unitWords + ")?" + SPACE + "([\\s\\S]*?)" + SPACE + "(?:" +
      choices(MILLIONS, millions) + ")?" + SPACE + "(?:" + unitWords + ")?" + SPACE + "$", "i").exec(text);
    if (!parts || !parts[2].replace(END_SPACES, "")) return parseNumber(parts ? parts[2] : text);
    var number = parts[2];
    function typedMoney(word) {
      var key = strip(word).toLowerCase();
      return isMoney(known(key) ? english[key] : word);
    }
    // Money has at most two decimals: one mark before exactly three digits groups thousands.
    var money = isMoney(unit) || typedMoney(parts[1]) || typedMoney(parts[4]);
    if (money && /^[+-]?[0-9]{1,3}[.,][0-9]{3}$/.test(number.replace(END_SPACES, ""))) {
      number = number.replace(/[.,]/g, "");
    }
    var read = parseNumber(number);
    if (read.error) return read;
    var value = read.value;
    if (parts[3]) value *= MILLION;
    if (inMillions(unit) && Math.abs(value) >= MILLION) value /= MILLION;
    return { value: value };
  }

  window.SSENumbers = { read: parseNumber, readAmount: readAmount };
})();
