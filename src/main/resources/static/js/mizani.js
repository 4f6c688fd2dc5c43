// Upload progress for forms submitted by htmx (data-progress names the <progress> element to update).
// Without JavaScript the same forms are posted normally.
document.addEventListener("htmx:xhr:loadstart", function (event) {
  var bar = progressOf(event);
  if (bar) { bar.hidden = false; bar.value = 0; }
});
document.addEventListener("htmx:xhr:progress", function (event) {
  var bar = progressOf(event);
  if (bar && event.detail.lengthComputable) { bar.value = Math.round(event.detail.loaded * 100 / event.detail.total); }
});
function progressOf(event) {
  var form = event.target.closest ? event.target.closest("form[data-progress]") : null;
  return form ? document.getElementById(form.getAttribute("data-progress")) : null;
}

// A table wider than the screen scrolls sideways inside its frame; such a frame takes the keyboard focus,
// so that it can be scrolled with the arrow keys too (WCAG 2.1.1). Frames that fit are left out of the tab order.
function focusableScrolling(root) {
  root.querySelectorAll(".table-responsive").forEach(function (frame) {
    if (frame.scrollWidth > frame.clientWidth && !frame.hasAttribute("tabindex")) {
      frame.tabIndex = 0;
    }
  });
}
document.addEventListener("DOMContentLoaded", function () { focusableScrolling(document); });
document.addEventListener("htmx:afterSwap", function (event) { focusableScrolling(event.target); });
window.addEventListener("resize", function () { focusableScrolling(document); });

// A password link carries its token after "#", which browsers never send to a server, so it is in no
// server or proxy log: this page posts it to the server and takes it out of the address and the history.
document.addEventListener("DOMContentLoaded", function () {
  var form = document.getElementById("password-link");
  if (!form) { return; }
  var token = window.location.hash.replace(/^#(token=)?/, "");
  history.replaceState(null, "", window.location.pathname);
  if (/^[A-Za-z0-9_-]{20,100}$/.test(token)) {
    form.elements.token.value = token;
    form.submit();
  } else {
    document.getElementById("password-link-opening").hidden = true;
    document.getElementById("password-link-missing").hidden = false;
  }
});
