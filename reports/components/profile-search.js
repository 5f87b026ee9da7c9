// Profile search over data/profiles.jsonl (reports/data/profiles.jsonl.ts): the terms of a query
// are looked up in the file's sorted term indexes, a Range request or two per term, and every term
// must match, as the start of a word of the id, the title, an alias or a skill; profiles matching
// on id and title come first. The matching profiles' cards and pages are fetched on demand:
// nothing here downloads the whole profile list.
import { FileAttachment } from "observablehq:stdlib";
import { openRanged } from "./ranged-reader.js";
import { searchTerms } from "./search-terms.js";

export const PAGE_SIZE = 25;

let opened;
export function openProfiles() {
  return (opened ??= openRanged(FileAttachment("../data/profiles.jsonl")).then((file) => new Profiles(file)));
}

class Profiles {
  constructor(file) {
    this.file = file;
    this.total = file.meta.profiles;
    this.hasNeighbours = file.meta.neighbours;
  }

  /**
   * Ordinals (positions in profile id order) of the profiles matching every term of the query, those
   * whose id and title match them all first; null for an empty query.
   */
  async search(query) {
    const terms = [...new Set(searchTerms(query))];
    if (terms.length === 0) return null;
    let all = null;
    let titled = null;
    for (const term of terms) {
      const inTitles = await this.lookup("titles", term);
      const inAny = new Set([...inTitles, ...(await this.lookup("terms", term))]);
      all = all === null ? inAny : intersect(all, inAny);
      titled = titled === null ? inTitles : intersect(titled, inTitles);
      if (all.size === 0) break;
    }
    const first = [...titled].sort((a, b) => a - b);
    return first.concat([...all].filter((o) => !titled.has(o)).sort((a, b) => a - b));
  }

  // The ordinals under every term of a section that starts with term. One-letter terms match whole
  // words only: as prefixes they would match half the index.
  async lookup(section, term) {
    const entries = term.length < 2 ? [[term, await this.file.get(section, term)]].filter((e) => e[1]) : await this.file.scan(section, term);
    const matched = new Set();
    for (const [, deltas] of entries) {
      let ordinal = 0;
      deltas.forEach((d, i) => matched.add((ordinal = i === 0 ? d : ordinal + d)));
    }
    return matched;
  }

  /** Cards {id, title, function_name, level_code, status, scope} for ordinals. */
  async cards(ordinals) {
    const out = [];
    // The reader caches blocks: ordinals close together cost one request.
    for (const o of ordinals) {
      const [entry] = await this.file.slice("cards", o, o + 1);
      out.push(card(entry));
    }
    return out;
  }

  /** Cards of positions [start, end) of the whole list, in id order. */
  async range(start, end) {
    return (await this.file.slice("cards", start, Math.min(end, this.total))).map(card);
  }

  /** The full page of a profile id, or undefined. */
  async page(id) {
    const entry = await this.file.get("cards", id);
    if (!entry) return undefined;
    const [, , , , , offset, length] = entry;
    return this.file.record({ offset, length });
  }

  /** The first profile matching a query exactly by id, else the first search result. */
  async resolve(query) {
    const id = query.trim().toUpperCase();
    if (await this.file.get("cards", id)) return id;
    const hits = await this.search(query);
    if (!hits?.length) return undefined;
    return (await this.cards(hits.slice(0, 1)))[0].id;
  }

  bytesRead() {
    return this.file.bytesRead;
  }
}

function intersect(a, b) {
  return new Set([...a].filter((o) => b.has(o)));
}

function card([id, [title, function_name, level_code, status, scope]]) {
  return { id, title, function_name, level_code, status, scope };
}
