/* A glossary word or a citation number opens its meaning in place, on a phone too.
 *
 * A tap on a linked glossary word ("governance"), or Enter or Space on it, opens a small box
 * under the line with the word's plain definition, a link to the glossary and a Close button;
 * a tap on a citation number ("[3]") shows the whole reference the same way, with a link to the
 * References page. Escape, Close, a second tap or a tap elsewhere closes it, and focus goes back
 * to the word. The definitions are in the page (the build embeds only those of the words the
 * page uses: sse_course/build/term_definitions.py), so nothing is loaded and it works offline.
 * Without this script the words and numbers are plain links, as before.
 *
 * Class names used here, spelt out for the stylesheet: sse-term-trigger, sse-term-box,
 * sse-term-name, sse-term-text, sse-term-more, sse-term-close.
 */
(function () {
  "use strict";

  var open = null;  // {trigger, box} of the box that is open
  var count = 0;
  var WORDS = window.SSEWords || {};  // in the page's language: sse-words.js (sse_course/build/site_words.py)

  function definitions() {
    var data = document.getElementById("sse-term-data");
    if (!data) return {};
    try {
      return JSON.parse(data.textContent);
    } catch (error) {
      return {};
    }
  }

  function close(giveFocusBack) {
    if (!open) return;
    var was = open;
    open = null;
    was.box.hidden = true;
    was.trigger.setAttribute("aria-expanded", "false");
    if (giveFocusBack) was.trigger.focus();
  }

  function makeBox(trigger, name, text, moreText) {
    var box = document.createElement("span");
    count += 1;
    box.id = "sse-term-box-" + count;
    box.className = "sse-term-box";
    box.hidden = true;
    if (name) {
      var heading = document.createElement("strong");
      heading.className = "sse-term-name";
      heading.textContent = name;
      box.appendChild(heading);
    }
    var words = document.createElement("span");
    words.className = "sse-term-text";
    words.textContent = text;
    box.appendChild(words);
    var more = document.createElement("a");
    more.className = "sse-term-more";
    more.href = trigger.getAttribute("href");
    more.textContent = moreText;
    box.appendChild(more);
    var shut = document.createElement("button");
    shut.type = "button";
    shut.className = "sse-term-close";
    shut.textContent = WORDS.close;
    shut.addEventListener("click", function () { close(true); });
    box.appendChild(shut);
    box.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        event.preventDefault();
        close(true);
      }
    });
    // After the citation's brackets ("[3]"), or right after the word.
    var after = trigger.closest(".bibtex-citation") || trigger;
    after.parentNode.insertBefore(box, after.nextSibling);
    trigger.setAttribute("aria-controls", box.id);
    return box;
  }

  function wire(trigger, name, text, moreText) {
    var box = null;
    trigger.classList.add("sse-term-trigger");
    trigger.setAttribute("role", "button");
    trigger.setAttribute("aria-expanded", "false");
    trigger.removeAttribute("title");  // a tooltip a finger never sees; the box says it
    function toggle() {
      if (open && open.trigger === trigger) {
        close(false);
        return;
      }
      close(false);
      if (!box) box = makeBox(trigger, name, text, moreText);
      box.hidden = false;
      trigger.setAttribute("aria-expanded", "true");
      open = {trigger: trigger, box: box};
      if (box.scrollIntoView) box.scrollIntoView({block: "nearest"});
    }
    trigger.addEventListener("click", function (event) {
      event.preventDefault();
      toggle();
    });
    trigger.addEventListener("keydown", function (event) {
      if (event.key === " " || event.key === "Spacebar") {
        event.preventDefault();  // Space on a button opens it; it does not scroll the page
        toggle();
      } else if (event.key === "Escape" && open && open.trigger === trigger) {
        event.preventDefault();
        close(true);
      }
    });
  }

  function start() {
    var known = definitions();
    var article = document.querySelector(".bd-article") || document.body;
    article.querySelectorAll("a[href*='glossary.html#term-']").forEach(function (link) {
      var anchor = link.getAttribute("href").split("#")[1];
      var entry = known[anchor];
      if (entry) wire(link, entry.term, entry.text, WORDS.more_in_glossary);
    });
    article.querySelectorAll(".bibtex-citation a[title]").forEach(function (link) {
      var reference = link.getAttribute("title");
      link.setAttribute("aria-label", String(WORDS.source).replace("{number}", link.textContent.trim()));
      wire(link, "", reference, WORDS.all_references);
    });
    document.addEventListener("click", function (event) {
      if (open && !open.box.contains(event.target) && !open.trigger.contains(event.target)) close(false);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
