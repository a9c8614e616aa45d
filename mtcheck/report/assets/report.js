/* mtcheck HTML report: filters, finding count, details panel. Inlined; no network. */
(function () {
  "use strict";
  var doc = document;
  var findings = Array.prototype.slice.call(doc.querySelectorAll("#findings .finding"));
  var marks = Array.prototype.slice.call(doc.querySelectorAll("mark[data-finding]"));
  var countEl = doc.getElementById("finding-count");
  var panel = doc.getElementById("details");
  var panelBody = doc.getElementById("details-body");

  function checked(kind) {
    var out = {};
    doc.querySelectorAll("input.filter-" + kind).forEach(function (i) { if (i.checked) { out[i.value] = true; } });
    return out;
  }

  function shown(el, sev, cat, rule) {
    return !!(sev[el.getAttribute("data-severity")] && cat[el.getAttribute("data-category")] &&
              rule[el.getAttribute("data-code")]);
  }

  function apply() {
    var sev = checked("severity"), cat = checked("category"), rule = checked("rule");
    var n = 0;
    findings.forEach(function (el) {
      var on = shown(el, sev, cat, rule);
      el.hidden = !on;
      if (on) { n += 1; }
    });
    marks.forEach(function (m) { m.classList.toggle("off", !shown(m, sev, cat, rule)); });
    doc.querySelectorAll("#findings .group").forEach(function (g) {
      g.classList.toggle("group-empty", !g.querySelector(".finding:not([hidden])"));
    });
    doc.querySelectorAll(".aligned tbody tr").forEach(function (tr) {
      tr.classList.toggle("has-finding", !!tr.querySelector("mark[data-finding]:not(.off)"));
    });
    if (countEl) { countEl.textContent = String(n); }
  }

  doc.addEventListener("change", function (e) {
    if (e.target && e.target.matches && e.target.matches("input.filter")) { apply(); }
  });

  doc.querySelectorAll("button[data-toggle]").forEach(function (b) {
    b.addEventListener("click", function () {
      var on = b.getAttribute("data-state") === "all";
      doc.querySelectorAll("input.filter-" + b.getAttribute("data-toggle")).forEach(function (i) { i.checked = on; });
      apply();
    });
  });

  function flash(el) {
    if (!el) { return; }
    el.classList.add("flash");
    window.setTimeout(function () { el.classList.remove("flash"); }, 1600);
  }

  function openPanel(mark) {
    if (!panel || !panelBody) { return; }
    var ids = [], m = mark;
    while (m) {
      if (m.matches && m.matches("mark[data-finding]") && !m.classList.contains("off")) {
        ids.unshift(m.getAttribute("data-finding"));
      }
      m = m.parentElement && m.parentElement.closest ? m.parentElement.closest("mark[data-finding]") : null;
    }
    if (!ids.length) { return; }
    while (panelBody.firstChild) { panelBody.removeChild(panelBody.firstChild); }
    ids.forEach(function (id) {
      var src = doc.getElementById("f-" + id);
      if (!src) { return; }
      var copy = src.cloneNode(true);
      copy.removeAttribute("id");
      copy.hidden = false;
      copy.classList.remove("finding");
      copy.classList.add("finding-copy");
      copy.querySelectorAll(".goto").forEach(function (a) {
        a.textContent = "↑ in the findings list";
        a.setAttribute("href", "#f-" + id);
      });
      panelBody.appendChild(copy);
    });
    panel.hidden = false;
  }

  doc.addEventListener("click", function (e) {
    var t = e.target;
    if (!t || !t.closest) { return; }
    var mark = t.closest("mark[data-finding]");
    if (mark && !mark.classList.contains("off")) { openPanel(mark); return; }
    if (t.closest("#details .close")) { panel.hidden = true; return; }
    var a = t.closest("a[href^='#']");
    if (a) {
      var target = doc.getElementById(a.getAttribute("href").slice(1));
      window.setTimeout(function () { flash(target); }, 50);
    }
  });

  doc.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && panel) { panel.hidden = true; }
    if ((e.key === "Enter" || e.key === " ") && e.target && e.target.matches && e.target.matches("mark[data-finding]")) {
      e.preventDefault();
      openPanel(e.target);
    }
  });

  apply();
})();
