// Progressive enhancement only: every page works without this file.
"use strict";

const PHONE = window.matchMedia("(max-width: 47.99rem)");

// The order follows the search until the visitor chooses one: the best match while there is
// search text, the newest without (the server's defaults). A chosen order stays, except the
// best match once the search text is gone, which the server would refuse.
function followingSort(form, query) {
  const sort = form.querySelector('select[name="sort"]');
  if (!sort) return;
  const fallback = query ? "relevance" : "newest";
  if (!sort.hasAttribute("data-chosen") || (!query && sort.value === "relevance")) {
    sort.removeAttribute("data-chosen");
    sort.value = fallback;
  }
}
// Capturing: marked before htmx, listening on the form, sends the request.
document.addEventListener(
  "change",
  (event) => {
    if (event.target.matches('form[data-filters] select[name="sort"]')) {
      event.target.setAttribute("data-chosen", "");
    }
  },
  true,
);

// Live filtering sends the whole form; leave out empty fields and the default sort so the
// URL that htmx pushes is the short one a person would share.
document.addEventListener("htmx:configRequest", (event) => {
  const form = event.detail.elt.closest("form[data-filters]");
  if (!form) return;
  const data = event.detail.formData;
  const query = (data.get("q") || "").trim();
  // Links inside the form (chips, pages) carry their own query and swap what they change.
  if (event.detail.elt !== form) return;
  followingSort(form, query);
  const fallback = query ? "relevance" : "newest";
  for (const name of new Set(data.keys())) {
    const values = data.getAll(name).filter((value) => value !== "");
    data.delete(name);
    if (name === "sort") {
      const sort = form.querySelector('select[name="sort"]');
      if (!sort || sort.value === fallback) continue;
      data.append(name, sort.value);
      continue;
    }
    for (const value of values) data.append(name, value);
  }
});

// The search box filters while typing; its `change` (on Enter or leaving the box) would only
// send the same request again.
document.addEventListener(
  "change",
  (event) => {
    if (event.target.id === "id_q" && event.target.closest("form[data-filters]")) {
      event.stopPropagation();
    }
  },
  true,
);

// Whether the filter panel is open is decided by site.css for the screen, before the first
// paint, so nothing moves after loading. On a phone, "Show results" folds the panel away again
// and brings the results into view.
document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-show-results]");
  if (!button || !PHONE.matches) return;
  const panel = button.closest("details.filters");
  if (panel) panel.open = false;
  document.addEventListener("htmx:afterSettle", focusResults, { once: true });
});

// The language switch returns to the page it was used on; after live filtering that is the
// URL htmx pushed, not the one the page was loaded with.
document.addEventListener("htmx:pushedIntoHistory", () => {
  for (const input of document.querySelectorAll('.language-switch input[name="next"]')) {
    input.value = window.location.pathname + window.location.search;
  }
});

// Busy while new results load, for assistive technology as well as the eye (site.css).
// Not for an empty list's suggestions, which fill in lines of their own (#loosen).
document.addEventListener("htmx:beforeRequest", (event) => {
  const results = document.getElementById("results");
  const elt = event.detail.elt;
  if (results && elt.closest("form[data-filters]") && elt.id !== "loosen") {
    results.setAttribute("aria-busy", "true");
  }
});
document.addEventListener("htmx:afterRequest", () => {
  const results = document.getElementById("results");
  if (results) results.removeAttribute("aria-busy");
});

function focusResults() {
  const heading = document.getElementById("results-heading");
  if (!heading) return;
  heading.focus({ preventScroll: true });
  heading.closest(".results-column").scrollIntoView({ block: "start" });
}

document.addEventListener("htmx:afterSwap", (event) => {
  const target = event.detail.target;
  const trigger = event.detail.requestConfig && event.detail.requestConfig.elt;
  if (target.id === "filters" || target.matches("form[data-filters]")) {
    // A chip or a "without this filter" link replaced the whole form.
    focusResults();
    return;
  }
  const form = target.closest("form[data-filters]");
  if (target.id !== "results" || !form) return;
  // Errors next to the filters belong to the request that loaded the page. After a live
  // update the results say themselves which filters were ignored, so the old messages go.
  for (const list of form.querySelectorAll(".errorlist")) {
    if (!target.contains(list)) list.remove();
  }
  for (const field of form.querySelectorAll('[aria-invalid="true"]')) {
    if (target.contains(field)) continue;
    field.removeAttribute("aria-invalid");
    const described = (field.getAttribute("aria-describedby") || "")
      .split(" ")
      .filter((id) => id && !id.endsWith("_error"));
    if (described.length) field.setAttribute("aria-describedby", described.join(" "));
    else field.removeAttribute("aria-describedby");
  }
  // A page link lives inside the results it replaces: without this, keyboard focus would
  // fall back to the top of the document.
  if (trigger && trigger.tagName === "A") focusResults();
});

// The home page's search leaves out the filters left on "All ...", for a short address.
document.addEventListener("submit", (event) => {
  if (!event.target.matches("form[data-compact]")) return;
  for (const field of event.target.elements) {
    if (field.name && field.value === "") field.disabled = true;
  }
});
// Coming back to the page (back button, page cache) finds every field usable again.
window.addEventListener("pageshow", () => {
  for (const field of document.querySelectorAll("form[data-compact] [disabled]")) field.disabled = false;
});
