// parscan workbench: zoom and layers of the page view, a finding's evidence highlighted on its page,
// and the correction dialog opened from a table cell, a line or a box on the page. No dependencies.
(function () {
  "use strict";
  const pages = document.getElementById("pages");
  let zoom = Number(localStorage.getItem("parscan.zoom") || 1);
  function applyZoom() { if (pages) pages.style.setProperty("--zoom", zoom); }
  applyZoom();
  document.querySelectorAll("[data-zoom]").forEach((b) => b.addEventListener("click", () => {
    zoom = Math.min(4, Math.max(0.5, zoom * (b.dataset.zoom === "1" ? 1.25 : 0.8)));
    localStorage.setItem("parscan.zoom", zoom); applyZoom();
  }));
  document.querySelectorAll("[data-layer]").forEach((box) => {
    const toggle = () => pages && pages.classList.toggle("hide-" + box.dataset.layer, !box.checked);
    box.addEventListener("change", toggle); toggle();
  });

  // who corrects: remembered in this browser, filled into every form
  const author = localStorage.getItem("parscan.author") || "";
  document.querySelectorAll(".author-field").forEach((f) => {
    if (!f.value) f.value = author;
    f.addEventListener("change", () => localStorage.setItem("parscan.author", f.value.trim()));
  });

  // a finding's evidence: boxes on scanned pages, lines on text pages
  function highlight(article) {
    document.querySelectorAll(".active").forEach((e) => e.classList.remove("active"));
    article.classList.add("active");
    const n = article.dataset.finding;
    const marks = Array.from(document.querySelectorAll('.box.evidence[data-finding="' + n + '"]'));
    (article.dataset.evidence || "").split(",").filter(Boolean).forEach((ev) => {
      const [page, start, end] = ev.split(":").map(Number);
      if (!start) return;
      for (let l = start; l <= (end || start); l++) {
        const line = document.querySelector('[data-line="' + page + ":" + l + '"]');
        if (line) marks.push(line);
      }
    });
    marks.forEach((m) => m.classList.add("active"));
    if (marks.length) showInViewer(marks[0]);
  }
  // scroll the page viewer alone to the mark (scrollIntoView would scroll the window too, and the
  // coverage line above would leave the view); when the viewer is not a scroll box (narrow screens), the window
  function showInViewer(mark) {
    const viewer = mark.closest(".viewer");
    const box = mark.getBoundingClientRect();
    if (!viewer || viewer.scrollHeight <= viewer.clientHeight) {
      if (box.top < 0 || box.bottom > innerHeight) mark.scrollIntoView({ block: "center", behavior: "instant" });
      return;
    }
    const frame = viewer.getBoundingClientRect();
    const top = Math.max(frame.top, 0), bottom = Math.min(frame.bottom, innerHeight);
    viewer.scrollTop += box.top - top - Math.max(0, (bottom - top - box.height) / 2);
    viewer.scrollLeft += box.left - frame.left - Math.max(0, (viewer.clientWidth - box.width) / 2);
  }
  document.querySelectorAll("article.finding").forEach((a) => a.addEventListener("click", (e) => {
    if (!e.target.closest("form")) highlight(a);
  }));
  if (location.hash === "" && document.querySelector("article.finding:not(.reviewed)")) {
    highlight(document.querySelector("article.finding:not(.reviewed)"));
  }

  // the correction dialog
  const dialog = document.getElementById("correct-dialog");
  if (!dialog) return;
  function open(target, old) {
    document.getElementById("correct-target").value = target;
    document.getElementById("correct-target-label").textContent = target;
    document.getElementById("correct-old").textContent = old;
    const value = document.getElementById("correct-value");
    value.value = old;
    dialog.showModal(); value.select();
  }
  document.querySelectorAll("td[data-target], tr[data-target]").forEach((el) => el.addEventListener("click", () => {
    open(el.dataset.target, el.dataset.old || "");
  }));
  document.querySelectorAll(".box[data-target]").forEach((el) => el.addEventListener("dblclick", () => {
    open(el.dataset.target, el.title || "");
  }));
  document.getElementById("correct-cancel").addEventListener("click", () => dialog.close());
})();
