// Progressive enhancements of the reader site. Every page works without this file.
(function () {
  "use strict";
  var root = document.documentElement;
  var TEXT_SIZES = 5; // steps 0..4; 1 is the default
  var ATTRIBUTION_MIN_CHARS = 120;

  function remember(key, value) {
    try { localStorage.setItem(key, value); } catch (e) { /* storage blocked */ }
  }

  function reveal(element) { if (element) element.hidden = false; }

  function toast(message) {
    var box = document.querySelector("[data-toast]");
    if (!box) return;
    // Empty first, then fill on the next frame, so a repeated message is announced again.
    box.textContent = "";
    requestAnimationFrame(function () { box.textContent = message; });
    box.classList.add("is-visible");
    clearTimeout(toast.timer);
    toast.timer = setTimeout(function () {
      box.classList.remove("is-visible");
      box.textContent = "";
    }, 3000);
  }

  // Night theme: follows the system until the reader chooses.
  function isDark() {
    if (root.dataset.theme) return root.dataset.theme === "dark";
    return window.matchMedia("(prefers-color-scheme: dark)").matches;
  }
  document.querySelectorAll("[data-theme-toggle]").forEach(function (button) {
    button.setAttribute("aria-pressed", String(isDark()));
    reveal(button);
    button.addEventListener("click", function () {
      var theme = isDark() ? "light" : "dark";
      root.dataset.theme = theme;
      remember("masthead-theme", theme);
      button.setAttribute("aria-pressed", String(theme === "dark"));
    });
  });

  // A+ / A-: the article's text size in steps, within bounds.
  document.querySelectorAll("[data-text-size-controls]").forEach(function (group) {
    var down = group.querySelector('[data-text-size="down"]');
    var up = group.querySelector('[data-text-size="up"]');
    function current() { return Number(root.dataset.textSize || 1); }
    // aria-disabled, not disabled: a disabled button would drop the keyboard focus.
    function update() {
      down.setAttribute("aria-disabled", String(current() <= 0));
      up.setAttribute("aria-disabled", String(current() >= TEXT_SIZES - 1));
    }
    function step(delta) {
      var size = Math.min(TEXT_SIZES - 1, Math.max(0, current() + delta));
      root.dataset.textSize = String(size);
      remember("masthead-text-size", String(size));
      update();
    }
    down.addEventListener("click", function () { step(-1); });
    up.addEventListener("click", function () { step(1); });
    update();
    reveal(group);
  });

  // Search overlay: a modal dialog (Esc closes it natively); without JS the link opens the page.
  var dialog = document.getElementById("search-dialog");
  if (dialog && dialog.showModal) {
    document.querySelectorAll("[data-search-open]").forEach(function (opener) {
      opener.addEventListener("click", function (event) {
        event.preventDefault();
        dialog.showModal();
        dialog.querySelector("input").focus();
      });
    });
    dialog.querySelector("[data-search-close]").addEventListener("click", function () { dialog.close(); });
    // A click on the backdrop lands on the dialog itself; the content sits in its panel.
    dialog.addEventListener("click", function (event) { if (event.target === dialog) dialog.close(); });
  }

  // Native share sheet where the device has one.
  document.querySelectorAll("[data-web-share]").forEach(function (button) {
    if (!navigator.share) return;
    reveal(button);
    button.addEventListener("click", function () {
      navigator.share({ title: button.dataset.title, url: button.dataset.url }).catch(function () {});
    });
  });

  document.querySelectorAll("[data-print]").forEach(function (button) {
    reveal(button);
    button.addEventListener("click", function () { window.print(); });
  });

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    var field = document.createElement("textarea");
    field.value = text;
    field.setAttribute("readonly", "");
    field.className = "visually-hidden";
    document.body.appendChild(field);
    field.select();
    var copied = document.execCommand("copy");
    field.remove();
    return copied ? Promise.resolve() : Promise.reject(new Error("copy failed"));
  }
  document.querySelectorAll("[data-copy-link]").forEach(function (button) {
    reveal(button);
    button.addEventListener("click", function () {
      copyText(button.dataset.url).then(
        function () { toast(button.dataset.copiedLabel); },
        function () { toast(button.dataset.failedLabel); }
      );
    });
  });

  // Text copied from the article carries the attribution rule and a link back.
  document.querySelectorAll("[data-article]").forEach(function (article) {
    var rule = article.dataset.attribution;
    var url = article.dataset.canonical;
    article.addEventListener("copy", function (event) {
      var selection = document.getSelection();
      var plain = selection ? selection.toString() : "";
      if (plain.trim().length < ATTRIBUTION_MIN_CHARS || !event.clipboardData) return;
      var holder = document.createElement("div");
      for (var i = 0; i < selection.rangeCount; i++) holder.appendChild(selection.getRangeAt(i).cloneContents());
      var link = document.createElement("a");
      link.href = url;
      link.textContent = url;
      var note = document.createElement("p");
      note.textContent = rule ? rule + " " : "";
      note.appendChild(link);
      holder.appendChild(note);
      event.clipboardData.setData("text/plain", plain + "\n\n" + (rule ? rule + " " : "") + url);
      event.clipboardData.setData("text/html", holder.innerHTML);
      event.preventDefault();
    });
  });

  // "More stories": the next pages load as the reader scrolls; the link stays for everyone else.
  document.querySelectorAll("[data-more]").forEach(function (link) {
    var list = link.closest("section, main").querySelector("[data-stories]");
    if (!list || !("IntersectionObserver" in window) || !window.fetch) return;
    var label = link.textContent;
    var loading = false;
    var observer = new IntersectionObserver(function (entries) {
      if (entries[0].isIntersecting) load();
    }, { rootMargin: "600px 0px" });

    function finish() {
      observer.disconnect();
      link.closest("nav").remove();
      list.removeAttribute("aria-busy");
    }

    function load() {
      if (loading) return;
      loading = true;
      list.setAttribute("aria-busy", "true");
      link.textContent = link.dataset.loadingLabel;
      link.classList.add("is-loading");
      var pageUrl;
      fetch(link.href, { credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok) throw new Error(response.status);
          pageUrl = response.url;
          return response.text();
        })
        .then(function (html) {
          var page = new DOMParser().parseFromString(html, "text/html");
          page.querySelectorAll("[data-stories] > li").forEach(function (item) {
            var id = item.dataset.story;
            if (id !== list.dataset.exclude && !list.querySelector('[data-story="' + id + '"]')) {
              list.appendChild(document.adoptNode(item));
            }
          });
          var next = page.querySelector("[data-more]");
          if (!next) return finish();
          link.href = new URL(next.getAttribute("href"), pageUrl).href;
          link.textContent = label;
          link.classList.remove("is-loading");
          list.removeAttribute("aria-busy");
          loading = false;
          // Still in view (a short page or a tall screen): keep going.
          observer.unobserve(link);
          observer.observe(link);
        })
        .catch(function () {
          link.textContent = link.dataset.errorLabel;
          link.classList.remove("is-loading");
          list.removeAttribute("aria-busy");
          loading = false;
        });
    }
    observer.observe(link);
  });
})();
