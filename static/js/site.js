// Progressive enhancement only: every page works without this file.
"use strict";

// Live filtering sends the whole form; leave out empty fields and the default sort so the
// URL that htmx pushes is the short one a person would share.
document.addEventListener("htmx:configRequest", (event) => {
  const form = event.detail.elt.closest("form[data-filters]");
  if (!form) return;
  const data = event.detail.formData;
  for (const name of new Set(data.keys())) {
    const values = data.getAll(name).filter((value) => value !== "");
    data.delete(name);
    if (name === "sort" && values.length === 1 && values[0] === "newest") continue;
    for (const value of values) data.append(name, value);
  }
});

// On a phone the filters start folded away under their summary, so results come first.
document.addEventListener("DOMContentLoaded", () => {
  const panel = document.querySelector("details[data-filters-panel]");
  if (!panel || panel.querySelector(".errorlist")) return;
  if (window.matchMedia("(max-width: 47.99rem)").matches) panel.open = false;
});

// The language switch returns to the page it was used on; after live filtering that is the
// URL htmx pushed, not the one the page was loaded with.
document.addEventListener("htmx:pushedIntoHistory", () => {
  for (const input of document.querySelectorAll('.language-switch input[name="next"]')) {
    input.value = window.location.pathname + window.location.search;
  }
});

// Errors next to the filters belong to the request that loaded the page. After a live update
// the results say themselves which filters were ignored, so the old messages go.
document.addEventListener("htmx:afterSwap", (event) => {
  const results = event.detail.target;
  const form = results.closest("form[data-filters]");
  if (results.id !== "results" || !form) return;
  for (const list of form.querySelectorAll(".errorlist")) {
    if (!results.contains(list)) list.remove();
  }
  for (const field of form.querySelectorAll('[aria-invalid="true"]')) {
    if (results.contains(field)) continue;
    field.removeAttribute("aria-invalid");
    const described = (field.getAttribute("aria-describedby") || "")
      .split(" ")
      .filter((id) => id && !id.endsWith("_error"));
    if (described.length) field.setAttribute("aria-describedby", described.join(" "));
    else field.removeAttribute("aria-describedby");
  }
});

// A page link lives inside the results it replaces: without this, keyboard focus would fall
// back to the top of the document. Move it to the new results and bring them into view.
document.addEventListener("htmx:afterSwap", (event) => {
  const results = event.detail.target;
  const trigger = event.detail.requestConfig && event.detail.requestConfig.elt;
  if (results.id !== "results" || !trigger || trigger.tagName !== "A") return;
  results.focus({ preventScroll: true });
  results.scrollIntoView({ block: "start" });
});
