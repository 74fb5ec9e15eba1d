/* Sizes frames marked data-hanoi-targets on their own messages only (see lib/embed.ts). */
(function (w, d) {
if (w.hanoiTargets) return;
w.hanoiTargets = 1;
function origin(f) { try { return new URL(f.src, location.href).origin; } catch (e) { return ""; } }
function each(fn) { [].forEach.call(d.querySelectorAll("iframe[data-hanoi-targets]"), fn); }
function ask(f) {
  if (f.hanoiAsked) return;
  f.hanoiAsked = 1;
  f.style.border = "0";
  function go() { f.contentWindow && f.contentWindow.postMessage({ type: "hanoi-targets:ask" }, origin(f)); }
  f.addEventListener("load", go);
  go();
}
w.addEventListener("message", function (e) {
  var m = e.data, h = m && m.type === "hanoi-targets:height" ? +m.height : 0;
  if (h > 0 && h < 2e4) each(function (f) {
    if (f.contentWindow === e.source && origin(f) === e.origin) f.style.height = Math.ceil(h) + "px";
  });
});
each(ask);
new MutationObserver(function () { each(ask); }).observe(d.documentElement, { childList: true, subtree: true });
})(window, document);
