// "Run in your browser" (sse_course/lite/sphinx.py): the in-browser notebooks need a web server,
// which a book opened from the disk (file://) does not have. There the button says so and shows
// what to do, instead of opening a page that cannot start.
(function () {
  "use strict";
  if (window.location.protocol !== "file:") return;
  var words = window.SSEWords || {};  // in the page's language: sse-words.js (sse_course/build/site_words.py)
  var message = words.lite_needs_server;
  document.querySelectorAll("a.btn-run-in-browser").forEach(function (link) {
    link.removeAttribute("target");
    link.setAttribute("href", "#sse-lite-needs-server");
    link.setAttribute("title", message);
    var text = link.querySelector(".btn__text-container");
    if (text) text.textContent = words.lite_button_needs_server;
    link.addEventListener("click", function (event) {
      event.preventDefault();
      var note = document.getElementById("sse-lite-needs-server");
      if (!note) {
        note = document.createElement("p");
        note.id = "sse-lite-needs-server";
        note.setAttribute("role", "alert");
        note.className = "admonition note";
        note.textContent = message;
        var main = document.querySelector("main article, main, body");
        main.insertBefore(note, main.firstChild);
      }
      note.scrollIntoView();
    });
  });
})();
