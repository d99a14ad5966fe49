// Fills the "related articles" box of an article page from the JSON API, so the article is
// shown without waiting for them. Without JavaScript the box keeps its link to the same list.
// Text goes in with textContent only: nothing from the store is ever parsed as HTML.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  var slot = document.querySelector("[data-related]");
  if (!slot) return;
  fetch(slot.getAttribute("data-related"), { headers: { Accept: "application/json" } })
    .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
    .then(function (data) {
      var list = document.createElement("ul");
      list.className = "items compact";
      data.items.forEach(function (h) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = "/article/" + encodeURIComponent(h.id);
        a.textContent = h.headline || "بلا عنوان";
        var meta = document.createElement("div");
        meta.className = "meta";
        var outlet = document.createElement("bdi"); // an outlet name is scraped text
        outlet.textContent = h.outlet_name;
        meta.appendChild(outlet);
        if (h.published_ar) meta.appendChild(document.createTextNode(" · " + h.published_ar));
        li.appendChild(a);
        li.appendChild(meta);
        list.appendChild(li);
      });
      if (!data.items.length) {
        var p = document.createElement("p");
        p.className = "note";
        p.textContent = "لا مقالات ذات صلة.";
        slot.replaceChildren(p);
      } else {
        slot.replaceChildren(list);
      }
    })
    .catch(function () { /* keep the link */ });
});
