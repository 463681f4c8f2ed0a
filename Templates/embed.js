(function () {
  "use strict";
  var frames = [];
  function mount(div) {
    if (div.getAttribute("data-aiser-mounted")) return;
    var url = div.getAttribute("data-aiser-embed");
    if (!url) return;
    div.setAttribute("data-aiser-mounted", "1");
    var frame = document.createElement("iframe");
    frame.src = url;
    frame.title = div.getAttribute("data-aiser-title") || "Aiser chart";
    frame.setAttribute("loading", "lazy");
    frame.setAttribute("referrerpolicy", "no-referrer");
    frame.style.cssText = "width:100%;border:0;display:block;height:" + (div.getAttribute("data-aiser-height") || "360") + "px";
    div.appendChild(frame);
    frames.push(frame);
  }
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.aiser !== "size" || typeof data.height !== "number") return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.max(40, Math.min(20000, Math.ceil(data.height))) + "px";
        frames[i].setAttribute("data-aiser-version", String(data.version || ""));
      }
    }
  });
  function scan() {
    var divs = document.querySelectorAll("[data-aiser-embed]");
    for (var i = 0; i < divs.length; i++) mount(divs[i]);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", scan);
  else scan();
})();
