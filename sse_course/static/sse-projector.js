/* Projector mode, for a trainer showing the book to a group: one key (P) or the "Projector"
 * button hides both sidebars and makes the text bigger (sse-projector.css). Pressing it again
 * leaves the mode. The choice is kept on this device (localStorage), like the quiz answers.
 * While it is on, quizzes neither show nor save answers (sse-quiz.js listens for the
 * "sse-projector" event), so a trainer's rehearsal does not appear in front of the group.
 *
 * Nothing changes on a phone: the button is not shown and the key does nothing below 768 px.
 * The key is ignored while the reader types (a search box, a quiz's number box) or holds
 * Ctrl, Alt or Cmd. The class is put on <html> before the page is drawn (an inline script
 * added in sphinx_ext.py), so pages do not flash their sidebars on the way in.
 */
(function () {
  "use strict";

  var KEY = "sse-projector";
  var CLASS = "sse-projector";
  var WIDE = "(min-width: 768px)";

  function isOn() {
    return document.documentElement.classList.contains(CLASS);
  }

  function remember(on) {
    try {
      window.localStorage.setItem(KEY, on ? "on" : "off");
    } catch (e) {
      /* Not kept: the mode still works on this page. */
    }
  }

  function set(on, button) {
    document.documentElement.classList.toggle(CLASS, on);
    remember(on);
    if (button) button.setAttribute("aria-pressed", on ? "true" : "false");
    document.dispatchEvent(new CustomEvent("sse-projector", { detail: { on: on } }));
  }

  function typing(target) {
    if (!target || !target.closest) return false;
    return Boolean(target.closest("input, textarea, select, [contenteditable=''], [contenteditable='true']"));
  }

  function makeButton() {
    var bar = document.querySelector(".article-header-buttons");
    if (!bar) return null;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "btn btn-sm sse-projector-button";
    var words = window.SSEWords || {};  // in the page's language: sse-words.js
    button.textContent = words.projector;
    button.title = words.projector_title;
    button.setAttribute("aria-keyshortcuts", "P");
    button.setAttribute("aria-pressed", isOn() ? "true" : "false");
    bar.insertBefore(button, bar.firstChild);
    return button;
  }

  function start() {
    var button = makeButton();
    if (button) button.addEventListener("click", function () { set(!isOn(), button); });
    document.addEventListener("keydown", function (event) {
      if (event.key !== "p" && event.key !== "P") return;
      if (event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented) return;
      if (typing(event.target) || !window.matchMedia(WIDE).matches) return;
      event.preventDefault();
      set(!isOn(), button);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
