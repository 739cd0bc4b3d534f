/* The theme's buttons and menus, in place of the theme's scripts (Bootstrap's, 23 KiB gzip, and
 * pydata-sphinx-theme's and sphinx-book-theme's): only what the book's pages use, with nothing
 * measured while the page loads (sse_course/build/theme_scripts.py says why and how they go).
 *
 * - Colours: the button goes auto -> dark -> light (or auto -> light -> dark when the device is
 *   dark), so each press changes what is seen; the choice is kept (localStorage "mode" and
 *   "theme", as the theme keeps them). The page's first script set the mode before the page was
 *   drawn (light/pages.py, THEME_MODE), so nothing is done here at load.
 * - Search: the search buttons and Ctrl+K (Cmd+K on a Mac) open the search box; Escape or a tap
 *   outside closes it, and focus goes back where it was.
 * - The header's menus (launch, download, language): a press opens or closes one; Escape closes
 *   it and focus goes back to its button; the arrow keys move in it; a tap or focus outside closes it.
 * - The sidebar buttons: on a phone each opens its sidebar as a modal dialog (Escape or a tap
 *   outside closes it); on a wide screen the menu button folds the table of contents away.
 *   sse-nav.js closes a dialog when a link in it is followed, and gives focus back to the button
 *   when the dialog was opened from the keyboard.
 * - "Back to top" shows when the reader scrolls back up, past the header.
 * - Once the page is loaded and the browser is idle: the table of contents is scrolled to show
 *   the current page (on a wide screen, where it is shown), "on this page" follows the section
 *   being read, and the header gets its shadow once the page is scrolled.
 * - A code block, output or table wider than its box gets a tab stop, so it can be scrolled with
 *   the keyboard; a ResizeObserver tells, once the page is loaded and laid out (and again when the
 *   screen turns or the window is resized).
 */
(function () {
  "use strict";

  var root = document.documentElement;
  var darkScheme = window.matchMedia("(prefers-color-scheme: dark)");
  var WIDE = "(min-width: 992px)";  // where the book theme shows the table of contents beside the text
  var isMac = /^Mac|^iPhone|^iPad/.test(navigator.platform || "");

  function each(selector, callback, scope) {
    Array.prototype.forEach.call((scope || document).querySelectorAll(selector), callback);
  }

  function store(key, value) {
    try {
      window.localStorage.setItem(key, value);
    } catch (e) {
      /* Not kept (private browsing, file:// in some browsers): the page still changes. */
    }
  }

  function saved(key) {
    try {
      return window.localStorage.getItem(key);
    } catch (e) {
      return null;
    }
  }

  // --- Colours ---------------------------------------------------------------------------------

  function followDevice() {
    root.dataset.theme = darkScheme.matches ? "dark" : "light";
  }

  function setMode(mode) {
    if (mode !== "light" && mode !== "dark") mode = "auto";
    root.dataset.mode = mode;
    root.dataset.theme = mode === "auto" ? (darkScheme.matches ? "dark" : "light") : mode;
    store("mode", mode);
    store("theme", root.dataset.theme);
  }

  function nextMode() {
    var order = darkScheme.matches ? ["auto", "light", "dark"] : ["auto", "dark", "light"];
    var now = saved("mode") || root.dataset.mode || "auto";
    setMode(order[(order.indexOf(now) + 1) % order.length]);
  }

  // --- Dialogs (search box, phone sidebars) ---------------------------------------------------

  // A tap on the dialog's backdrop reaches the dialog itself, outside its box.
  function closeOnBackdrop(dialog) {
    dialog.addEventListener("click", function (event) {
      if (event.target !== dialog || !dialog.open) return;
      var box = dialog.getBoundingClientRect();
      if (event.clientX < box.left || event.clientX > box.right || event.clientY < box.top || event.clientY > box.bottom) {
        dialog.close();
      }
    });
    // Sphinx's sphinx_highlight.js answers Escape on the whole page: the dialog closes here first.
    dialog.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && dialog.open) {
        event.preventDefault();
        event.stopPropagation();
        dialog.close();
      }
    });
  }

  // Focus goes back where it was when the dialog closes.
  function openModal(dialog) {
    var before = document.activeElement;
    dialog.showModal();
    dialog.addEventListener("close", function () {
      if (before && before.focus && before !== document.body && document.activeElement === document.body) before.focus();
    }, { once: true });
  }

  // --- Search ----------------------------------------------------------------------------------

  // The search page has a search form of its own: Ctrl+K goes to it, not to the dialog.
  function pageSearchInput() {
    return document.querySelector(":not(#pst-search-dialog) > form.bd-search input");
  }

  function toggleSearch() {
    var dialog = document.getElementById("pst-search-dialog");
    var input = pageSearchInput();
    if (input) {
      if (document.activeElement === input) {
        input.blur();
      } else {
        input.focus();
        input.select();
      }
    } else if (dialog) {
      if (dialog.open) dialog.close();
      else openModal(dialog);
    }
  }

  function setUpSearch() {
    each(".search-button__button", function (button) {
      button.addEventListener("click", toggleSearch);
    });
    var dialog = document.getElementById("pst-search-dialog");
    if (dialog) closeOnBackdrop(dialog);
    if (isMac) {
      each(".search-button__kbd-shortcut kbd.kbd-shortcut__modifier:first-child", function (kbd) {
        kbd.textContent = "\u2318";
      });
    }
    window.addEventListener("keydown", function (event) {
      var command = isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
      if (command && !event.shiftKey && !event.altKey && /^k$/i.test(event.key)) {
        event.preventDefault();
        toggleSearch();
      }
    }, true);
  }

  // --- The header's menus ----------------------------------------------------------------------

  var openMenu = null;  // the .dropdown whose menu is open

  function menuItems(dropdown) {
    return Array.prototype.slice.call(dropdown.querySelectorAll(".dropdown-menu .dropdown-item"));
  }

  function closeMenu(giveFocusBack) {
    if (!openMenu) return;
    var dropdown = openMenu, toggle = dropdown.querySelector(".dropdown-toggle");
    openMenu = null;
    toggle.classList.remove("show");
    toggle.setAttribute("aria-expanded", "false");
    dropdown.querySelector(".dropdown-menu").classList.remove("show");
    if (giveFocusBack) toggle.focus();
  }

  function showMenu(dropdown) {
    closeMenu(false);
    var toggle = dropdown.querySelector(".dropdown-toggle");
    var menu = dropdown.querySelector(".dropdown-menu");
    // The theme's dark menus (Bootstrap's class), as its script set them.
    menu.classList.toggle("dropdown-menu-dark", root.dataset.theme === "dark");
    toggle.classList.add("show");
    menu.classList.add("show");
    toggle.setAttribute("aria-expanded", "true");
    openMenu = dropdown;
    place(menu, toggle);
  }

  // Under its button, from its left edge, but never off the screen (as Bootstrap's Popper placed
  // it): measured now, on a press, never while the page loads.
  function place(menu, toggle) {
    var parent = menu.offsetParent || document.body;
    var button = toggle.getBoundingClientRect(), frame = parent.getBoundingClientRect();
    var room = document.documentElement.clientWidth;
    var left = Math.max(4, Math.min(button.left, room - 4 - menu.offsetWidth));
    menu.style.transform = "none";
    menu.style.margin = "0";
    menu.style.left = left - frame.left + "px";
    menu.style.top = button.bottom - frame.top + 2 + "px";
  }

  function moveInMenu(dropdown, step) {
    var items = menuItems(dropdown);
    if (!items.length) return;
    var at = items.indexOf(document.activeElement);
    items[(at + step + items.length) % items.length].focus();
  }

  function setUpMenus() {
    each(".dropdown", function (dropdown) {
      var toggle = dropdown.querySelector('.dropdown-toggle[data-bs-toggle="dropdown"]');
      if (!toggle || !dropdown.querySelector(".dropdown-menu")) return;
      toggle.addEventListener("click", function (event) {
        event.preventDefault();
        if (openMenu === dropdown) closeMenu(false);
        else showMenu(dropdown);
      });
      dropdown.querySelector(".dropdown-menu").addEventListener("click", function (event) {
        if (event.target.closest && event.target.closest(".dropdown-item")) closeMenu(false);
      });
      dropdown.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && openMenu === dropdown) {
          event.preventDefault();
          event.stopPropagation();
          closeMenu(true);
        } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
          event.preventDefault();
          if (openMenu !== dropdown) showMenu(dropdown);
          moveInMenu(dropdown, event.key === "ArrowDown" ? 1 : -1);
        }
      });
      // Tab out of the menu, or focus anywhere else: it closes.
      dropdown.addEventListener("focusout", function (event) {
        if (openMenu === dropdown && event.relatedTarget && !dropdown.contains(event.relatedTarget)) closeMenu(false);
      });
    });
    document.addEventListener("click", function (event) {
      if (openMenu && !openMenu.contains(event.target)) closeMenu(false);
    });
  }

  // --- Sidebars --------------------------------------------------------------------------------

  // The sidebar's contents move into the (empty) dialog while it is open, and back when it closes,
  // as the theme does: one copy of the table of contents in the page.
  function moveContents(from, to) {
    while (from.firstChild) to.appendChild(from.firstChild);
    Array.prototype.slice.call(from.classList).forEach(function (name) {
      from.classList.remove(name);
      to.classList.add(name);
    });
  }

  function setUpSidebar(toggleSelector, sidebarId, foldsOnWideScreens) {
    var toggle = document.querySelector(toggleSelector);
    var sidebar = document.getElementById(sidebarId);
    var dialog = document.getElementById(sidebarId + "-modal");
    if (!toggle || !sidebar || !dialog) return;
    toggle.addEventListener("click", function (event) {
      event.preventDefault();
      // As the book theme did: focus leaves the button, so that after a link in the dialog is
      // followed the browser starts from the section it leads to, not from the header
      // (sse-nav.js gives it back to a keyboard user who closes the dialog).
      if (foldsOnWideScreens && window.matchMedia(WIDE).matches) {
        sidebar.classList.toggle("pst-sidebar-hidden");
        return;
      }
      toggle.blur();
      moveContents(sidebar, dialog);
      openModal(dialog);
      if (foldsOnWideScreens) showCurrentPage(dialog);
    });
    closeOnBackdrop(dialog);
    dialog.addEventListener("close", function () {
      moveContents(dialog, sidebar);
    });
  }

  // The table of contents shows the page being read: scrolled where the reader left it on the
  // last page, or else to the current page if that is below the middle of the screen.
  var SIDEBAR_SCROLL = "sidebar-scroll-top";

  function showCurrentPage(box) {
    var current = box.querySelectorAll(".bd-docs-nav .active");
    if (!current.length) return;
    var link = current[current.length - 1];
    var offset = link.getBoundingClientRect().top - box.getBoundingClientRect().top;
    if (offset > box.clientHeight * 0.5) box.scrollTop += offset - box.clientHeight * 0.25;
  }

  function scrollTableOfContents() {
    var sidebar = document.querySelector("div.bd-sidebar");
    if (!sidebar || !document.querySelector(".bd-docs-nav")) return;
    window.addEventListener("pagehide", function () {
      if (sidebar.id === "pst-primary-sidebar" && sidebar.firstChild) {
        try {
          window.sessionStorage.setItem(SIDEBAR_SCROLL, String(sidebar.scrollTop));
        } catch (e) {
          /* not kept */
        }
      }
    });
    if (!window.matchMedia(WIDE).matches) return;  // not shown: a phone sees it in the dialog
    var kept = NaN;
    try {
      kept = parseInt(window.sessionStorage.getItem(SIDEBAR_SCROLL), 10);
    } catch (e) {
      /* none kept */
    }
    if (!isNaN(kept)) sidebar.scrollTop = kept;
    else showCurrentPage(sidebar);
  }

  // --- Back to top -------------------------------------------------------------------------------

  function setUpBackToTop() {
    var button = document.getElementById("pst-back-to-top");
    var header = document.querySelector(".bd-header");
    if (!button) return;
    button.addEventListener("click", function () {
      window.scrollTo(0, 0);
    });
    // Nothing is read before the reader scrolls: even window.scrollY makes the browser lay out the
    // page there and then, inside this script's task.
    var last = 0, headerBottom = null;
    window.addEventListener("scroll", function () {
      if (headerBottom === null) headerBottom = header ? header.offsetTop + header.offsetHeight : 0;
      var y = window.scrollY;
      button.style.display = y < last && y > headerBottom ? "block" : "none";
      last = y;
    }, { passive: true });
  }

  // --- "On this page" follows the section being read -----------------------------------------

  function followSections() {
    var nav = document.getElementById("pst-page-toc-nav");
    if (!nav || !window.IntersectionObserver) return;
    var links = Array.prototype.slice.call(nav.querySelectorAll("a[href^='#']"));
    var entries = Array.prototype.slice.call(nav.querySelectorAll(".toc-entry"));
    var headingLinks = [], paused = 0;

    function activate(link) {
      links.forEach(function (other) {
        other.classList.toggle("active", other === link);
        if (other === link) other.setAttribute("aria-current", "true");
        else other.removeAttribute("aria-current");
      });
      entries.forEach(function (entry) {
        entry.classList.toggle("active", entry.contains(link));
      });
    }

    function fromHash(hash) {
      for (var i = 0; i < links.length; i++) {
        if (links[i].hash === hash && hash.length > 1) {
          paused = Date.now() + 1000;  // while the browser scrolls there
          activate(links[i]);
        }
      }
    }

    links.forEach(function (link) {
      var target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
      if (!target) return;
      var heading = target.querySelector("h1, h2, h3, h4, h5, h6") || target;
      headingLinks.push([heading, link]);
    });
    var observer = new IntersectionObserver(function (seen) {
      if (Date.now() < paused) return;
      var last = null;
      seen.forEach(function (entry) {
        if (entry.isIntersecting) last = entry.target;
      });
      for (var i = 0; last && i < headingLinks.length; i++) {
        if (headingLinks[i][0] === last) activate(headingLinks[i][1]);
      }
    }, { rootMargin: "-64px 0px -70% 0px" });  // the top third of the screen, under the header
    headingLinks.forEach(function (pair) {
      observer.observe(pair[0]);
    });
    fromHash(window.location.hash);
    window.addEventListener("hashchange", function () {
      fromHash(window.location.hash);
    });
  }

  // --- The header's shadow once the page is scrolled (the book theme's "scrolled" class) ---------

  function markScrolled() {
    var pixel = document.querySelector(".sbt-scroll-pixel-helper");
    if (!pixel || !window.IntersectionObserver) return;
    new IntersectionObserver(function (seen) {
      document.body.classList.toggle("scrolled", seen[0].boundingClientRect.top < 0);
    }).observe(pixel);
  }

  // --- Tab stops on boxes that scroll ------------------------------------------------------------

  var SCROLLING_BOXES = "pre, .cell_output > .output, .pst-scrollable-table-container, .table-wrapper";

  function tabStopsOnScrollingBoxes() {
    if (!window.ResizeObserver) return;
    var observer = new ResizeObserver(function (seen) {
      seen.forEach(function (entry) {
        var box = entry.target;
        if (box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1) box.tabIndex = 0;
        else if (box.getAttribute("tabindex") === "0") box.removeAttribute("tabindex");
      });
    });
    each(SCROLLING_BOXES, function (box) {
      observer.observe(box);
    }, document.getElementById("main-content") || document);
  }

  // --- Full screen (the header's button calls it by name) ----------------------------------------

  window.toggleFullScreen = function () {
    var full = document.fullscreenElement || document.webkitFullscreenElement;
    if (!full) {
      if (root.requestFullscreen) root.requestFullscreen();
      else if (root.webkitRequestFullscreen) root.webkitRequestFullscreen();
    } else if (document.exitFullscreen) {
      document.exitFullscreen();
    } else if (document.webkitExitFullscreen) {
      document.webkitExitFullscreen();
    }
  };

  function whenIdle(callback) {
    if (window.requestIdleCallback) window.requestIdleCallback(callback, { timeout: 2000 });
    else window.setTimeout(callback, 200);
  }

  function start() {
    each(".theme-switch-button", function (button) {
      button.addEventListener("click", nextMode);
    });
    var deviceChanged = function () {
      if (root.dataset.mode === "auto") followDevice();
    };
    if (darkScheme.addEventListener) darkScheme.addEventListener("change", deviceChanged);
    else if (darkScheme.addListener) darkScheme.addListener(deviceChanged);  // older Safari
    setUpSearch();
    setUpMenus();
    setUpSidebar(".primary-toggle", "pst-primary-sidebar", true);
    setUpSidebar(".secondary-toggle", "pst-secondary-sidebar", false);
    setUpBackToTop();
    var later = function () {
      whenIdle(function () {
        // A ResizeObserver's first answer comes in the browser's next frame: once the page is
        // laid out and idle, that frame is short, not the page's first and longest layout.
        tabStopsOnScrollingBoxes();
        scrollTableOfContents();
        followSections();
        markScrolled();
      });
    };
    if (document.readyState === "complete") later();
    else window.addEventListener("load", later);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
