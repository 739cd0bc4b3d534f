/* The buttons at the top of every page say what they do, in words, on a phone too.
 *
 * The theme shows bare icons of about 34 x 29 px (☰, a rocket, a download arrow, ...) with a
 * tooltip that a finger never sees, and names the download choices ".ipynb" and ".pdf". Each
 * button gets a short visible word under its icon (Menu, Search, Download, ...) and the same
 * word as its accessible name, so what is seen is what a screen reader says; the tooltips go, as
 * the word is always there. The download menu says what each choice is.
 */
(function () {
  "use strict";

  // The words, in the page's language: sse-words.js (sse_course/build/site_words.py).
  var W = window.SSEWords || {};

  // [button, the word shown, the accessible name (it starts with the word shown)]
  var BUTTONS = [
    [".bd-header-article .primary-toggle", W.menu, W.menu],
    [".dropdown-launch-buttons > .dropdown-toggle", W.online, W.online_name],
    [".dropdown-download-buttons > .dropdown-toggle", W.download, W.download_name],
    [".btn-fullscreen-button", W.full_screen, W.full_screen],
    [".bd-header-article .theme-switch-button", W.colours, W.colours_name],
    [".bd-header-article .search-button", W.search, W.search_name],
    [".bd-header-article .secondary-toggle", W.sections, W.sections_name]
  ];
  // The download menu: what each choice gives.
  var DOWNLOADS = [
    [".btn-download-notebook-button", function () { return W.notebook_file; }],
    [".btn-download-source-button", function (text) { return text === ".ipynb" ? W.notebook_file : String(W.page_text).replace("{kind}", text); }],
    [".btn-download-pdf-button", function () { return W.print_pdf; }]
  ];

  function label(button, word, name) {
    var span = document.createElement("span");
    span.className = "sse-button-word";
    span.setAttribute("aria-hidden", "true");  // the accessible name says it already
    span.textContent = word;
    button.appendChild(span);
    button.setAttribute("aria-label", name);
    button.removeAttribute("title");
    button.removeAttribute("data-bs-original-title");
    if (button.getAttribute("data-bs-toggle") === "tooltip") button.removeAttribute("data-bs-toggle");
    button.classList.add("sse-worded");
  }

  // "Back to top" floated over the text. On a phone or tablet it becomes a header button like the
  // others ("Top", under an arrow), in the free room after Menu (sse-header.css), so it covers
  // nothing: the header is drawn over the text anyway.
  function backToTop() {
    var button = document.getElementById("pst-back-to-top");
    if (!button || button.classList.contains("sse-top-worded")) return;
    Array.prototype.slice.call(button.childNodes).forEach(function (node) {
      if (node.nodeType === 3) button.removeChild(node);  // the words "Back to top"
    });
    var span = document.createElement("span");
    span.className = "sse-button-word";
    span.textContent = W.top;
    button.appendChild(span);
    button.setAttribute("aria-label", W.back_to_top);
    button.classList.add("sse-top-worded");
  }

  function start() {
    backToTop();
    BUTTONS.forEach(function (entry) {
      document.querySelectorAll(entry[0]).forEach(function (button) {
        if (!button.classList.contains("sse-worded")) label(button, entry[1], entry[2]);
      });
    });
    // The offline zip's copy keeps only "Run in your browser" in the launch menu
    // (sse_course/delivery/offline_copy.py): there the button is not "Online".
    document.querySelectorAll(".dropdown-launch-buttons").forEach(function (menu) {
      var toggle = menu.querySelector(".dropdown-toggle");
      var word = toggle && toggle.querySelector(".sse-button-word");
      if (!word || menu.querySelector('.dropdown-menu a[href^="http"]')) return;
      word.textContent = W.run;
      toggle.setAttribute("aria-label", W.run_name);
    });
    DOWNLOADS.forEach(function (entry) {
      document.querySelectorAll(entry[0]).forEach(function (item) {
        var text = item.querySelector(".btn__text-container");
        if (!text) return;
        text.textContent = entry[1](text.textContent.trim());
        item.removeAttribute("title");
        if (item.getAttribute("data-bs-toggle") === "tooltip") item.removeAttribute("data-bs-toggle");
      });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
