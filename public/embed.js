/* Resizes the iframes of embedded charts to their content. Only a message from one of
   this page's iframes is heeded, and only our own height message or AMP's embed-size. */
addEventListener("message", function (e) {
  var d = e.data, h = d && (d.type === "hanoi-targets:height" || (d.sentinel === "amp" && d.type === "embed-size")) ? Number(d.height) : 0;
  if (!(h > 0 && h < 20000)) return;
  var frames = document.getElementsByTagName("iframe");
  for (var i = 0; i < frames.length; i++) {
    if (frames[i].contentWindow === e.source) frames[i].style.height = Math.ceil(h) + "px";
  }
});
