(function () {
  "use strict";
  var main = document.getElementById("aiser-embed");
  var version = "";
  function size() {
    if (window.parent === window) return;
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    window.parent.postMessage({ aiser: "size", height: height, version: version }, "*");
  }
  window.addEventListener("load", size);
  if (window.ResizeObserver) new ResizeObserver(size).observe(document.body);
  var url = main.getAttribute("data-events");
  if (!url || !window.EventSource) return;
  var source = new EventSource(url);
  source.addEventListener("render", function (event) {
    main.innerHTML = event.data;
    version = event.lastEventId;
    size();
  });
  source.addEventListener("close", function () { source.close(); });
})();
