// View counts on an article page: shows the current count (the HTML may come from a
// cache, so it carries none) and reports one read once the story has been shown to a
// person: the page visible for READ_AFTER_MS in all, or scrolled half a screen down.
(function () {
  "use strict";
  var box = document.querySelector("[data-views-of]");
  if (!box || !window.fetch) return;
  var READ_AFTER_MS = 4000;
  var SCROLLED_SCREENS = 0.5;
  var articleId = Number(box.dataset.viewsOf);
  var count = box.querySelector("[data-views-count]");
  var sent = false;

  // Answers may arrive out of order or a little behind (the server keeps stored totals
  // for a second): a count never goes down, so the largest one heard is the one shown.
  var shown = -1;
  function show(views) {
    if (typeof views !== "number" || views < shown) return;
    shown = views;
    count.textContent = views.toLocaleString(document.documentElement.lang || undefined);
    box.hidden = false;
  }

  fetch(box.dataset.viewsUrl + "?ids=" + articleId, { credentials: "omit" })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (data) { if (data) show(data.views[String(articleId)]); })
    .catch(function () { /* the count stays hidden */ });

  function report() {
    if (sent) return;
    sent = true;
    window.removeEventListener("scroll", onScroll);
    document.removeEventListener("visibilitychange", onVisibility);
    clearTimeout(timer);
    fetch(box.dataset.readBeacon, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ article: articleId }),
      credentials: "omit",
      keepalive: true,
    })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) { if (data) show(data.views); })
      .catch(function () { /* not counted this time */ });
  }

  // Time counts only while the page is visible: a background tab is not a read.
  var shownFor = 0;
  var shownSince = null;
  var timer = null;
  function onVisibility() {
    if (document.visibilityState === "visible") {
      shownSince = Date.now();
      timer = setTimeout(report, READ_AFTER_MS - shownFor);
    } else if (shownSince !== null) {
      shownFor += Date.now() - shownSince;
      shownSince = null;
      clearTimeout(timer);
    }
  }
  function onScroll() {
    if (document.visibilityState === "visible" && window.scrollY > window.innerHeight * SCROLLED_SCREENS) {
      report();
    }
  }
  // A prerendered page (speculation rules) is not shown yet: wait until it is.
  document.addEventListener("visibilitychange", onVisibility);
  window.addEventListener("scroll", onScroll, { passive: true });
  onVisibility();
})();
