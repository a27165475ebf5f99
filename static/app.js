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

  // On narrow screens the filter panel starts folded, so the events come first.
  var details = document.getElementById("filter-details");
  if (details && window.matchMedia && window.matchMedia("(max-width: 55.99rem)").matches) {
    details.open = false;
  }

  // The copy-link button exists only where script runs.
  var button = document.getElementById("copy-link");
  var status = document.getElementById("copy-status");
  if (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      var url = new URL(button.getAttribute("data-url"), window.location.href).href;
      var say = function (text) {
        if (status) {
          status.textContent = text;
        }
      };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(url).then(
          function () { say("Link copied."); },
          function () { say("Copy this link: " + url); }
        );
      } else {
        say("Copy this link: " + url);
      }
    });
  }
})();
