/* Read before the embed is drawn, so a dark or auto theme shows without a flash of light. */
var t = /[?&]theme=(dark|auto)(&|$)/.exec(location.search);
if (t) document.documentElement.setAttribute("data-theme", t[1]);
