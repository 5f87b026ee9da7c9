// A few steps over the DOM that cheerio builds, for the HTML parser. Walking element children
// directly costs a fraction of cheerio's selector engine, which compiles every selector anew on
// every call; on a page parsed in well under a millisecond that difference is most of the time.
import type { AnyNode, Element } from "domhandler";
import { clean } from "./page-values.ts";

export type { Element };

const isElement = (n: AnyNode): n is Element => n.type === "tag" || n.type === "script" || n.type === "style";

export function hasClass(el: Element, name: string): boolean {
  const cls = el.attribs.class;
  return cls !== undefined && (cls === name || ` ${cls} `.includes(` ${name} `));
}

/** Element children, optionally only those of a tag and class. */
export function kids(parent: Element | { children: AnyNode[] }, tag?: string, cls?: string): Element[] {
  const out: Element[] = [];
  for (const n of parent.children) {
    if (isElement(n) && (tag === undefined || n.name === tag) && (cls === undefined || hasClass(n, cls))) out.push(n);
  }
  return out;
}

export const kid = (parent: Element | { children: AnyNode[] }, tag: string, cls?: string): Element | undefined => kids(parent, tag, cls)[0];

// The walks below keep their own stack rather than recursing: a hostile or broken page can nest
// elements tens of thousands deep, deeper than the JavaScript call stack goes.

/** Every node under `root`, in document order. */
function* walk(root: Element): Generator<AnyNode> {
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    yield n;
    if ("children" in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
}

/** Text of a node and everything under it, as the DOM's textContent. */
function textContent(el: Element): string {
  let out = "";
  for (const n of walk(el)) if (n.type === "text") out += n.data;
  return out;
}

/** Visible text of an element, folded as a browser shows it. */
export const text = (el: Element | undefined): string => (el ? clean(textContent(el)) : "");

/** Text of an element's own text nodes only: "Title aliases" of `<h2>Title aliases<button>show ▾</button></h2>`. */
export const ownText = (el: Element | undefined): string =>
  el ? clean(el.children.map((n) => (n.type === "text" ? n.data : "")).join("")) : "";

/** Descendant elements of a tag, in document order. */
export function descendants(root: Element, tag: string, cls?: string): Element[] {
  const out: Element[] = [];
  for (const n of walk(root)) if (isElement(n) && n.name === tag && (cls === undefined || hasClass(n, cls))) out.push(n);
  return out;
}

/** The dd that follows each dt of a definition list, as [term, definition] pairs. */
export function definitions(dl: Element | undefined): [string, string][] {
  if (!dl) return [];
  const pairs: [string, string][] = [];
  let term: string | null = null;
  for (const el of kids(dl)) {
    if (el.name === "dt") term = text(el);
    else if (el.name === "dd" && term !== null) {
      pairs.push([term, text(el)]);
      term = null;
    }
  }
  return pairs;
}
