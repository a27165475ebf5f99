// Optional niceties; every page works without this script.
(function () {
  "use strict";

  // Apply the filters as soon as a checkbox or the order changes.
  var form = document.getElementById("filters");
  if (form) {
    var note = document.getElementById("auto-apply");
    if (note) {
      note.hidden = false;
    }
    form.addEventListener("change", function (event) {
      var target = event.target;
      if (target && (target.type === "checkbox" || target.tagName === "SELECT")) {
        form.requestSubmit ? form.requestSubmit() : form.submit();
      }
    });
  }

  // The copy-link button exists only where script runs.
  var button = document.getElementById("copy-link");
  var status = document.getElementById("copy-status");
  if (button && navigator.clipboard) {
    button.hidden = false;
    button.addEventListener("click", function () {
      var url = new URL(button.getAttribute("data-url"), window.location.href).href;
      navigator.clipboard.writeText(url).then(
        function () { if (status) { status.textContent = "Link copied."; } },
        function () { if (status) { status.textContent = "Could not copy; the link is " + url; } }
      );
    });
  }
})();
