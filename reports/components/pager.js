// Previous / next buttons over pages of a list: an Observable input whose value is the page index.
import { html } from "htl";

export function pager(total, pageSize, { label = "results" } = {}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const form = html`<div class="pager-buttons"><button type="button" name="previous">← Previous</button><button type="button" name="next">Next →</button><span class="pager-status"></span></div>`;
  const [previous, next] = form.querySelectorAll("button");
  const status = form.querySelector(".pager-status");
  const set = (page) => {
    form.value = page;
    previous.disabled = page <= 0;
    next.disabled = page >= pages - 1;
    status.textContent = total === 0 ? `no ${label}` : `${page * pageSize + 1}–${Math.min(total, (page + 1) * pageSize)} of ${total.toLocaleString("en-US")} ${label}`;
  };
  previous.onclick = () => (set(form.value - 1), form.dispatchEvent(new Event("input", { bubbles: true })));
  next.onclick = () => (set(form.value + 1), form.dispatchEvent(new Event("input", { bubbles: true })));
  set(0);
  return form;
}
