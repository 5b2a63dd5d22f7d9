// talkwatch: the little behaviour the pages need; every page also works without it.
"use strict";

document.documentElement.classList.add("js");

function csrfToken() {
  const meta = document.querySelector('meta[name="csrf-token"]');
  return meta ? meta.content : "";
}

// The rating: a half star chosen by click, or by keyboard (Right/Up half a star more, Left/Down half
// a star less, Home half a star, End five, 1 to 5 that many), lights at once and is saved in the
// background, so the focus stays and the next key goes on from there. Saves go one at a time, the
// newest last; a refused one reloads the page to show what is stored.
function setUpRating() {
  const form = document.getElementById("rating-form");
  if (!form) {
    return;
  }
  const radios = Array.from(form.querySelectorAll("input[name=stars]"));
  const glyphs = document.getElementById("rating-glyphs");
  let sending = false;
  let wanted = null;
  const spelled = (value) => {
    const full = Math.floor(value);
    const half = value - full >= 0.5 ? 1 : 0;
    return "\u2605".repeat(full) + (half ? "\u00bd" : "") + "\u2606".repeat(5 - full - half);
  };
  const send = () => {
    if (sending || wanted === null) {
      return;
    }
    const value = wanted;
    wanted = null;
    sending = true;
    fetch(form.action, {
      method: "POST",
      headers: { "X-CSRF-Token": csrfToken(), "X-Requested-With": "fetch" },
      body: new URLSearchParams({ csrf: csrfToken(), stars: value }),
      credentials: "same-origin",
    }).then((response) => {
      sending = false;
      if (!response.ok) {
        window.location.reload();
        return;
      }
      if (wanted === null) {
        form.dataset.saved = value;
      }
      send();
    }, () => window.location.reload());
  };
  const choose = (radio) => {
    radio.checked = true;
    radio.focus();
    const value = Number(radio.value);
    radios.forEach((r) => r.closest("label").classList.toggle("lit", Number(r.value) <= value));
    glyphs.textContent = spelled(value);
    delete form.dataset.saved;
    wanted = radio.value;
    send();
  };
  form.addEventListener("change", (event) => {
    if (event.target.name === "stars") {
      choose(event.target);
    }
  });
  form.addEventListener("keydown", (event) => {
    if (event.target.name !== "stars" || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    const current = radios.findIndex((r) => r.checked);
    const at = (i) => radios[Math.max(0, Math.min(radios.length - 1, i))];
    let next = null;
    if (event.key === "ArrowRight" || event.key === "ArrowUp") {
      next = at(current + 1);
    } else if (event.key === "ArrowLeft" || event.key === "ArrowDown") {
      next = at(current < 0 ? 0 : current - 1);
    } else if (event.key === "Home") {
      next = radios[0];
    } else if (event.key === "End") {
      next = radios[radios.length - 1];
    } else if (/^[1-5]$/.test(event.key)) {
      next = radios[Number(event.key) * 2 - 1];
    }
    if (next === null) {
      return;
    }
    event.preventDefault();
    if (!next.checked) {
      choose(next);
    }
  });
}

// The queue reorders by dragging, or by Alt+Up / Alt+Down on a focused talk; the new order is saved.
function setUpQueue() {
  const list = document.getElementById("queue");
  const form = document.getElementById("queue-order");
  if (!list || !form) {
    return;
  }
  let dragged = null;
  const save = () => {
    const ids = Array.from(list.querySelectorAll("li[data-id]")).map((li) => li.dataset.id);
    const body = new URLSearchParams({ csrf: csrfToken(), ids: ids.join(",") });
    fetch(form.action, {
      method: "POST",
      headers: { "X-CSRF-Token": csrfToken(), "X-Requested-With": "fetch" },
      body: body,
      credentials: "same-origin",
    }).then((response) => {
      list.dataset.saved = response.ok ? "yes" : "failed";
      if (!response.ok) {
        window.location.reload();
      }
    });
  };
  list.addEventListener("dragstart", (event) => {
    dragged = event.target.closest("li");
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", dragged.dataset.id);
  });
  list.addEventListener("dragover", (event) => {
    event.preventDefault();
    const over = event.target.closest("li");
    if (!dragged || !over || over === dragged) {
      return;
    }
    const box = over.getBoundingClientRect();
    const after = event.clientY > box.top + box.height / 2;
    over.parentNode.insertBefore(dragged, after ? over.nextSibling : over);
  });
  list.addEventListener("drop", (event) => {
    event.preventDefault();
    dragged = null;
    save();
  });
  list.addEventListener("keydown", (event) => {
    const item = event.target.closest("li");
    if (!item || !event.altKey || (event.key !== "ArrowUp" && event.key !== "ArrowDown")) {
      return;
    }
    event.preventDefault();
    const sibling = event.key === "ArrowUp" ? item.previousElementSibling : item.nextElementSibling;
    if (!sibling) {
      return;
    }
    list.insertBefore(item, event.key === "ArrowUp" ? sibling : sibling.nextSibling);
    item.focus();
    save();
  });
}

// The publish preview follows the form as it changes.
function setUpPublish() {
  const form = document.getElementById("publish-form");
  const preview = document.getElementById("preview");
  const download = document.getElementById("download-form");
  if (!form || !preview) {
    return;
  }
  let timer = null;
  let latest = 0;
  const refresh = () => {
    const query = new URLSearchParams(new FormData(form));
    for (const [key, value] of Array.from(query.entries())) {
      if (value === "") {
        query.delete(key);
      }
    }
    const suffix = query.toString() ? "?" + query.toString() : "";
    const request = ++latest;
    fetch(form.dataset.preview + suffix, { credentials: "same-origin" })
      .then((response) => response.text())
      .then((html) => {
        if (request === latest) {
          preview.innerHTML = html;
          preview.dataset.updated = String(request);
        }
      });
    if (download) {
      download.action = form.action + "/post.md" + suffix;
    }
    window.history.replaceState(null, "", form.action + suffix);
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, 250);
  };
  form.addEventListener("input", later);
  form.addEventListener("change", later);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    refresh();
  });
}

// "/" goes to the screen's search field, as on many sites; not while typing in a field
function setUpSearchKey() {
  document.addEventListener("keydown", (event) => {
    const target = event.target;
    const typing = target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
    // the screen's own filter when it has one (a playlist's), else the search of every playlist in the header
    const search = document.querySelector("main input[name=q]") || document.querySelector("header input[name=q]");
    if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey && search) {
      event.preventDefault();
      search.focus();
      search.select();
    }
  });
}

document.addEventListener("DOMContentLoaded", () => {
  setUpSearchKey();
  setUpRating();
  setUpQueue();
  setUpPublish();
});
