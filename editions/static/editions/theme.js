// Runs before the first paint: applies the reader's remembered theme and text size.
(function () {
  var root = document.documentElement;
  try {
    var theme = localStorage.getItem("masthead-theme");
    if (theme === "dark" || theme === "light") root.dataset.theme = theme;
    var size = localStorage.getItem("masthead-text-size");
    if (size && /^[0-4]$/.test(size)) root.dataset.textSize = size;
  } catch (e) {
    // Storage can be blocked; the page then follows the system preference.
  }
})();
