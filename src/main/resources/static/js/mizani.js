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
