// The assignment's change form in the admin: the week picture follows the terms fields as
// they are typed, and the organisation's defaults beside the fields follow the organisation
// field. Progressive enhancement only: the form works without this file. It has no words of
// its own; every label comes from the page, in the reader's language.
"use strict";

(function () {
  const DAYS = [1, 2, 4, 8, 16]; // Monday to Friday, as organisations.weekdays stores them
  const KINDS = ["fixed", "office", "flexible", "home"];

  function whole(id) {
    const field = document.getElementById(id);
    if (!field || field.value.trim() === "") return null;
    const value = Number(field.value);
    return Number.isInteger(value) ? value : NaN;
  }

  function fixedDays() {
    return Array.from(document.querySelectorAll('input[name="office_days"]:checked'), (box) =>
      Number(box.value),
    );
  }

  // The rule of HybridTerms.week(): fixed office days stay on their weekday; of the other
  // days the office days come first in the week and the home days last. Returns the kind of
  // each weekday, null while the home days are unknown, or "problem" when the fixed days
  // leave no room for the home days.
  function week(low, high, fixed) {
    if (high === null || Number.isNaN(high) || high < 0 || high > 5) return null;
    if (low === null || Number.isNaN(low)) low = high;
    low = Math.max(0, Math.min(low, high));
    const free = DAYS.filter((day) => !fixed.includes(day));
    const flexible = high - low;
    if (low + flexible > free.length) return "problem";
    const kinds = [
      ...Array(free.length - low - flexible).fill("office"),
      ...Array(flexible).fill("flexible"),
      ...Array(low).fill("home"),
    ];
    let next = 0;
    return DAYS.map((day) => (fixed.includes(day) ? "fixed" : kinds[next++]));
  }

  function label(figure, kind) {
    return figure.dataset["label" + kind.charAt(0).toUpperCase() + kind.slice(1)] || kind;
  }

  function draw(figure) {
    const kinds = week(whole("id_home_days_min"), whole("id_home_days_max"), fixedDays());
    const list = figure.querySelector(".week-preview__days");
    const known = Array.isArray(kinds);
    list.hidden = !known;
    figure.querySelector(".week-preview__empty").hidden = kinds !== null;
    figure.querySelector(".week-preview__problem").hidden = kinds !== "problem";
    const summary = [];
    for (const [index, item] of Array.from(list.children).entries()) {
      for (const kind of KINDS) item.classList.remove("week-preview__day--" + kind);
      const text = item.querySelector(".week-preview__kind");
      if (!known) {
        text.textContent = "";
        continue;
      }
      item.classList.add("week-preview__day--" + kinds[index]);
      text.textContent = label(figure, kinds[index]);
      summary.push(item.querySelector(".week-preview__name").textContent + ": " + text.textContent);
    }
    const live = figure.querySelector("[data-week-summary]");
    const words = known ? figure.dataset.summaryLabel + " " + summary.join(", ") : "";
    if (live.textContent !== words) live.textContent = words;
  }

  function setUpWeek() {
    const figure = document.querySelector("[data-week-preview]");
    if (!figure) return;
    const redraw = () => draw(figure);
    for (const id of ["id_home_days_min", "id_home_days_max"]) {
      const field = document.getElementById(id);
      if (field) {
        field.addEventListener("input", redraw);
        field.addEventListener("change", redraw);
      }
    }
    for (const box of document.querySelectorAll('input[name="office_days"]')) {
      box.addEventListener("change", redraw);
    }
    // After a refused save the fields hold what was typed, not what was saved.
    redraw();
  }

  function showDefaults(defaults) {
    for (const span of document.querySelectorAll("[data-org-default]")) {
      const text = defaults ? defaults[span.dataset.orgDefault] : "";
      span.textContent = text || "";
      span.hidden = !text;
    }
  }

  function setUpDefaults() {
    const select = document.getElementById("id_organisation");
    const source = document.getElementById("organisation-defaults");
    if (!select || !source || !source.dataset.url) return;
    let asked = 0;
    const update = () => {
      const id = select.value;
      const question = ++asked;
      if (!/^\d+$/.test(id)) {
        showDefaults(null);
        return;
      }
      fetch(source.dataset.url + "?organisation=" + id, {
        credentials: "same-origin",
        headers: { Accept: "application/json" },
      })
        .then((response) => (response.ok ? response.json() : null))
        .then((data) => {
          // Only the answer to the latest choice counts.
          if (question === asked) showDefaults(data && data.defaults);
        })
        .catch(() => {});
    };
    select.addEventListener("change", update);
    // The organisation field is a select2 autocomplete, which announces a choice through
    // jQuery only.
    if (window.django && window.django.jQuery) window.django.jQuery(select).on("change", update);
  }

  // The organisation's autocomplete (select2) names itself only by its choice, so it has
  // no name while nothing is chosen: give it its label's, as a native select would have.
  function nameAutocompletes() {
    for (const selection of document.querySelectorAll(".select2-selection[aria-labelledby]")) {
      const container = selection.closest(".select2-container");
      const select = container && container.previousElementSibling;
      const label = select && select.id && document.querySelector(`label[for="${select.id}"]`);
      if (!label) continue;
      if (!label.id) label.id = select.id + "_label";
      const shown = selection.getAttribute("aria-labelledby");
      if (!shown.split(" ").includes(label.id)) {
        selection.setAttribute("aria-labelledby", `${label.id} ${shown}`);
      }
      const text = document.getElementById(shown);
      if (text) text.setAttribute("aria-labelledby", label.id);
    }
  }

  function start() {
    setUpWeek();
    setUpDefaults();
    // The admin builds its autocompletes when jQuery is ready, which may come after this.
    nameAutocompletes();
    new MutationObserver((changes) => {
      if (changes.some((change) => change.addedNodes.length)) nameAutocompletes();
    }).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
