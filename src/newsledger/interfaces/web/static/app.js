// Click (or Enter on) a highlight in a document to show the records it belongs to in the side panel.
(function () {
  var panel = document.getElementById("panel");
  if (!panel) return;
  function show(target) {
    document.querySelectorAll(".hl.active, .record.active").forEach(function (el) { el.classList.remove("active"); });
    target.classList.add("active");
    panel.textContent = "";
    target.getAttribute("data-records").split(" ").forEach(function (id) {
      var record = document.getElementById(id);
      if (!record) return;
      record.classList.add("active");
      var copy = record.cloneNode(true);
      copy.removeAttribute("id");
      copy.className = "record";
      panel.appendChild(copy);
    });
  }
  document.querySelectorAll(".hl[data-records]").forEach(function (el) {
    el.addEventListener("click", function () { show(el); });
    el.addEventListener("keydown", function (e) { if (e.key === "Enter") show(el); });
  });
})();

// Actor boxes offer names as you type, from /api/actors (the actor index's JSON twin).
(function () {
  document.querySelectorAll("input[data-autocomplete]").forEach(function (input) {
    var list = document.getElementById(input.getAttribute("data-autocomplete"));
    var timer = null;
    input.addEventListener("input", function () {
      var term = input.value.split(",").pop().trim();
      clearTimeout(timer);
      if (term.length < 2) return;
      timer = setTimeout(function () {
        fetch("/api/actors?q=" + encodeURIComponent(term)).then(function (r) { return r.json(); }).then(function (data) {
          list.textContent = "";
          data.actors.forEach(function (actor) {
            var option = document.createElement("option");
            option.value = actor.name;
            option.label = actor.name + " (" + actor.events + " events)";
            list.appendChild(option);
          });
        });
      }, 150);
    });
  });
})();
