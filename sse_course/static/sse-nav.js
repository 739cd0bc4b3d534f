/* The phone menus (the theme's sidebar dialogs): links in them close them, and a keyboard user
 * gets focus back on the button that opened them.
 *
 * On a phone the ☰ and "Contents" buttons open the theme's sidebars as modal dialogs.
 * - A link to a section of the same page ("Discussion questions") moved the page behind the
 *   dialog but left the dialog open on top of the text the reader asked for: it now closes first.
 * - The book theme blurs these buttons on click (to hide their tooltip), so the theme's "give
 *   focus back on close" gave it back to nothing and a keyboard user had to start from the top
 *   of the page. A menu opened with Enter or Space gives focus back to its button when closed
 *   with Escape or a click outside. (A tap does not: focus would only show the tooltip.)
 */
(function () {
  "use strict";

  var MENUS = [
    [".primary-toggle", "pst-primary-sidebar-modal"],
    [".secondary-toggle", "pst-secondary-sidebar-modal"]
  ];

  function wire(button, dialog) {
    var byKeyboard = false, byLink = false;
    // A click made with Enter or Space has no pointer position: detail is 0.
    button.addEventListener("click", function (event) {
      byKeyboard = event.detail === 0;
      byLink = false;
    }, true);
    dialog.addEventListener("click", function (event) {
      var link = event.target.closest ? event.target.closest("a[href]") : null;
      if (link && dialog.open) {
        byLink = true;
        dialog.close();
      }
    });
    dialog.addEventListener("close", function () {
      if (byKeyboard && !byLink) {
        // After the theme's own close handlers have run.
        window.setTimeout(function () { button.focus(); }, 0);
      }
    });
  }

  function start() {
    MENUS.forEach(function (menu) {
      var button = document.querySelector(menu[0]);
      var dialog = document.getElementById(menu[1]);
      if (button && dialog) wire(button, dialog);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
