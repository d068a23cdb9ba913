// The search overlay suggests headlines while the reader types (ARIA 1.2 combobox with a
// listbox). Without this file the overlay is a plain form that opens the results page.
(function () {
  "use strict";
  var DEBOUNCE_MS = 150;
  var MIN_CHARS = 2;

  document.querySelectorAll("[data-suggest-url]").forEach(function (input) {
    var list = document.getElementById(input.dataset.suggestList);
    var status = document.getElementById(input.dataset.suggestStatus);
    if (!list || !status || !window.fetch) return;
    // A combobox only once this script can answer it; without it, a plain search field.
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);
    var timer = null;
    var asked = "";
    var active = -1;
    var dialog = input.closest("dialog");

    function options() { return list.querySelectorAll("[role=option]"); }

    function close() {
      list.hidden = true;
      list.textContent = "";
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function announce(message) {
      // Emptied first so that the same count is announced again for new words.
      status.textContent = "";
      window.setTimeout(function () { status.textContent = message; }, 50);
    }

    function highlight(index) {
      var items = options();
      if (!items.length) return;
      active = (index + items.length) % items.length;
      items.forEach(function (item, i) { item.setAttribute("aria-selected", String(i === active)); });
      input.setAttribute("aria-activedescendant", items[active].id);
      items[active].scrollIntoView({ block: "nearest" });
    }

    function show(suggestions) {
      close();
      suggestions.forEach(function (suggestion, i) {
        var item = document.createElement("li");
        item.id = list.id + "-" + i;
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", "false");
        var link = document.createElement("a");
        link.href = suggestion.url;
        link.tabIndex = -1;
        link.textContent = suggestion.headline;
        item.appendChild(link);
        list.appendChild(item);
      });
      if (suggestions.length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
      }
      var template = suggestions.length === 1 ? input.dataset.suggestOne : input.dataset.suggestMany;
      announce(suggestions.length ? template.replace("%s", suggestions.length) : input.dataset.suggestNone);
    }

    function ask() {
      var text = input.value.trim();
      if (text.length < MIN_CHARS) { asked = ""; close(); return; }
      if (text === asked) return;
      asked = text;
      fetch(input.dataset.suggestUrl + "?q=" + encodeURIComponent(text), { credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (answer) { if (input.value.trim() === text) show(answer.suggestions || []); })
        .catch(function () { close(); });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(ask, DEBOUNCE_MS);
    });
    input.addEventListener("keydown", function (event) {
      var open = !list.hidden && options().length;
      if (event.key === "ArrowDown" && open) { event.preventDefault(); highlight(active + 1); }
      else if (event.key === "ArrowUp" && open) { event.preventDefault(); highlight(active - 1); }
      else if (event.key === "Enter" && open && active >= 0) {
        event.preventDefault();
        window.location.assign(options()[active].querySelector("a").href);
      } else if (event.key === "Escape" && (open || dialog)) {
        // The first Esc closes the suggestions, the next one the overlay (a search field
        // would otherwise spend it on clearing what was typed).
        event.preventDefault();
        if (open) close();
        else dialog.close();
      }
    });
    list.addEventListener("mousedown", function (event) {
      // Keeps the focus in the field until the click lands on the link.
      if (event.target.closest("a")) event.preventDefault();
    });
    list.addEventListener("click", function (event) {
      var link = event.target.closest("a");
      if (link) { event.preventDefault(); window.location.assign(link.href); }
    });
    if (dialog) dialog.addEventListener("close", function () { asked = ""; close(); });
  });
})();
