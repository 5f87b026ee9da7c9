// A profile picker for the compare view: type a title, id, alias or skill, pick a suggestion (or
// press Enter for the first). An Observable input: its value is the chosen profile id.
import { html } from "htl";

export function profilePicker(profiles, { label, value = null, name }) {
  const root = html`<div class="picker" data-picker=${name}>
    <label>${label} <input type="search" name=${name} placeholder="Title, id, alias or skill" autocomplete="off" spellcheck="false" style="width: 100%; max-width: 420px;"></label>
    <ul class="results suggestions"></ul>
  </div>`;
  const input = root.querySelector("input");
  const list = root.querySelector("ul");
  root.value = value;
  if (value) input.value = value;
  let latest = 0;
  const choose = (id) => {
    root.value = id;
    input.value = id;
    list.replaceChildren();
    root.dispatchEvent(new Event("input", { bubbles: true }));
  };
  input.addEventListener("input", async (event) => {
    event.stopPropagation(); // typing is not choosing
    const ticket = ++latest;
    const hits = await profiles.search(input.value);
    if (ticket !== latest) return;
    const cards = hits ? await profiles.cards(hits.slice(0, 8)) : [];
    if (ticket !== latest) return;
    list.replaceChildren(...cards.map((c) => {
      const item = html`<li><button type="button" class="suggestion">${c.title}</button> <code>${c.id}</code></li>`;
      item.querySelector("button").onclick = () => choose(c.id);
      return item;
    }));
  });
  input.addEventListener("keydown", async (event) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    const id = await profiles.resolve(input.value);
    if (id) choose(id);
  });
  return root;
}
