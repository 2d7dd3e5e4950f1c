/*
 * Skrivvakt's editor page: wires the page's own panel, names field and redaction button
 * to the same controller that the embeddable widget uses (skrivvakt-widget.js).
 */
(function () {
  "use strict";

  function start() {
    var byId = function (id) { return document.getElementById(id); };
    window.Skrivvakt.attach(document.querySelector("[data-skrivvakt-editor]"), {
      service: new URL("./", document.baseURI).href,
      names: byId("names"),
      list: byId("findings"),
      counters: byId("counters"),
      status: byId("status"),
      live: byId("live"),
      redactButton: byId("redact"),
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
