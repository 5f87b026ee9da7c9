// Which profile ids the corpus holds, for the pages that point at one another. Built from the
// plan before any page is written, so an adjacency list can refer to a profile on a later page.
import type { FocusInstance } from "./taxonomy.ts";

export interface IndexedProfile {
  id: string;
  focus: FocusInstance;
  levelCode: string;
}

export class CorpusIndex {
  readonly byId = new Map<string, IndexedProfile>();
  readonly byFocus = new Map<string, IndexedProfile[]>();
  readonly byLevel = new Map<string, IndexedProfile[]>();
  readonly byFunctionLevel = new Map<string, IndexedProfile[]>();

  add(p: IndexedProfile): void {
    if (this.byId.has(p.id)) return;
    this.byId.set(p.id, p);
    const push = (m: Map<string, IndexedProfile[]>, k: string) => (m.get(k) ?? m.set(k, []).get(k)!).push(p);
    push(this.byFocus, p.focus.code);
    push(this.byLevel, p.levelCode);
    push(this.byFunctionLevel, `${p.focus.fn.code} ${p.levelCode}`);
  }
  has(id: string): boolean {
    return this.byId.has(id);
  }
}
