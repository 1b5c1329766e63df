// Serve mode only: reloads the page after each rebuild, shows the problems of a failed one.
(function () {
  "use strict";
  var events = new EventSource("/__live/events");
  var overlay = null;
  var seen = null;
  // After a reconnect (the server closes long streams), a build that finished meanwhile still reloads the page.
  events.addEventListener("hello", function (e) {
    if (seen !== null && e.data !== seen) { window.location.reload(); }
    seen = e.data;
  });
  events.addEventListener("reload", function (e) { seen = e.data; window.location.reload(); });
  events.addEventListener("failed", function (e) {
    if (!overlay) {
      overlay = document.createElement("pre");
      overlay.setAttribute("role", "alert");
      overlay.setAttribute("dir", "auto");
      overlay.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;margin:0;padding:1rem;" +
        "background:#3b0d0c;color:#fff;font:14px/1.6 monospace;white-space:pre-wrap;z-index:99999";
      document.body.appendChild(overlay);
    }
    overlay.textContent = "فشل البناء — Build failed\n\n" + e.data;
  });
})();
