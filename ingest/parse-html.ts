// The HTML parser. cheerio's htmlparser2 build (cheerio/slim) loads the page, several times
// faster than the default parse5 and as forgiving of the site's simple markup; the page is then
// read by walking its elements (html-dom.ts). Sections are found by their headings, not by
// position, and every value goes through the same page-values functions as the text dump.
import { load } from "cheerio/slim";
import { decodeHTML } from "entities";
import { definitions, descendants, hasClass, kid, kids, ownText, text, type Element } from "./html-dom.ts";
import {
  PageError,
  malformed,
  parseBadges,
  parseBand,
  parseDistance,
  parseFunctionFocus,
  parseLevelCode,
  parseLevelFact,
  parseLevelHeading,
  parseMapping,
  parsePay,
  parseProfileId,
  parseScore,
  parseSourceCount,
  parseTrack,
} from "./page-values.ts";
import { assemble, type PageParts } from "./assemble.ts";
import { TOOL_DESCRIPTION, type ParseResult } from "./record.ts";

export function parseHtml(html: string): ParseResult {
  try {
    return { ok: true, record: assemble(readParts(html)) };
  } catch (e) {
    if (e instanceof PageError) return { ok: false, kind: e.kind, reason: e.message };
    throw e;
  }
}

const MAX_TAGS = 20_000;

function countTags(html: string): number {
  let n = 0;
  for (let i = html.indexOf("<"); i !== -1 && n <= MAX_TAGS; i = html.indexOf("<", i + 1)) n++;
  return n;
}

const missing = (what: string) => malformed(`${what} is missing`);
function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw missing(what);
  return value;
}

function readParts(html: string): PageParts {
  // A download cut short loses its closing tag. Nothing after the cut can be trusted, even when
  // every section seems present (the last list may have lost items), so the page is rejected,
  // before paying for a parse of what is left.
  if (!/<\/html>\s*$/i.test(html)) {
    throw new PageError("truncated", `page is cut off: the last part begun is ${lastPartBegun(html)} (no closing </html>)`);
  }
  // A page has a few hundred tags. Tens of thousands (deep nesting, say) are not a page, and
  // would cost the HTML parser seconds: count them first, which costs microseconds.
  if (countTags(html) > MAX_TAGS) throw malformed(`the page has more than ${MAX_TAGS} tags, far more than any page has`);
  const document = load(html).root()[0]!;
  const body = kid(kid(document, "html") ?? document, "body");
  const head = body && kid(body, "header", "profile-head");
  const main = body && kid(body, "main");
  const sections = main ? kids(main, "section") : [];
  if (!body || !head || text(kid(body, "nav")) !== "← Canon taxonomy") {
    throw new PageError("not-a-profile", `not a Canon taxonomy profile page (no "← Canon taxonomy" header)`);
  }

  const profileId = text(need(kid(head, "code", "pid"), "the profile id"));
  parseProfileId(profileId);
  const hero = need(sections.find((s) => hasClass(s, "hero")), "the hero section");
  const facts = new Map(definitions(kid(hero, "dl", "facts")));
  const fact = (name: string) => need(facts.get(name), `the "${name}" fact`);

  const byHeading = new Map<string, Element>();
  for (const s of sections) {
    const h2 = kid(s, "h2");
    if (h2) byHeading.set(ownText(h2), s);
  }
  const section = (name: string) => need(byHeading.get(name), `the "${name}" section`);
  const descriptions = need(sections.find((s) => kid(s, "h3") !== undefined), "the focus description");
  const blocks = kids(descriptions);
  const h3 = blocks.findIndex((el) => el.name === "h3");
  const before = blocks.slice(0, h3).filter((el) => el.name === "p");
  const after = blocks.slice(h3 + 1).filter((el) => el.name === "p" && !hasClass(el, "paydiff"));
  const levelSection = need(
    sections.find((s) => /^Level — /.test(text(kid(s, "h2")))),
    "the level definition",
  );
  const provenance = section("Provenance");
  const scores = need(kid(provenance, "div", "scores"), "the quality scores");
  const aliasSection = section("Title aliases");
  const aliasList = kid(aliasSection, "ul", "aliases");
  const aliases = aliasList ? kids(aliasList, "li").map(text) : [];
  if (aliases.length === 0 && text(kid(aliasSection, "p", "muted")) !== "No title aliases recorded for this profile yet.") {
    throw missing("the title aliases");
  }
  const resp = section("Responsibilities by level");

  return {
    headerLevel: text(need(kid(head, "span", "lvl"), "the level badge")),
    profileId,
    title: text(need(kid(head, "h1"), "the page title")),
    heroTitle: text(need(kid(hero, "h2"), "the hero title")),
    heroId: text(need(kids(hero, "p").map((p) => kid(p, "code")).find(Boolean), "the hero profile id")),
    badges: parseBadges(kids(need(kid(hero, "div", "badges"), "the badges"), "span").map(text)),
    summary: text(need(kid(hero, "p", "summary"), "the summary")),
    level: parseLevelFact(fact("Level")),
    names: parseFunctionFocus(fact("Function · Focus")),
    pay: parsePay(fact("Market pay (median)")),
    functionDescription: text(need(before[before.length - 1], "the function description")),
    focusHeading: text(blocks[h3]),
    focusDescription: text(need(after[0], "the focus description")),
    payDifferentialMaterial: kids(descriptions, "p", "paydiff").length > 0,
    track: parseTrack(text(kid(resp, "p", "muted"))),
    responsibilities: readResponsibilities(resp),
    rubric: readRubric(section("Level guidelines")),
    skills: descendants(section("Skills"), "ul", "skills").flatMap((ul) => kids(ul, "li")).map((li, i) => {
      const description = text(kid(li, "p"));
      return { position: i + 1, name: text(kid(li, "strong")), description, isTool: description === TOOL_DESCRIPTION };
    }),
    qualityScores: readScores(scores),
    sourceCount: parseSourceCount(text(need(kids(provenance, "p").find((p) => !hasClass(p, "muted")), "the source count"))),
    levelHeading: parseLevelHeading(text(kid(levelSection, "h2"))),
    levelSummary: text(need(kid(levelSection, "p"), "the level summary")),
    levelDefinition: definitions(kid(levelSection, "dl")).map(([attribute, value], i) => ({ position: i + 1, attribute, value })),
    adjacentRoles: readAdjacent(section("Adjacent roles")),
    aliases,
    classifications: readClassifications(section("Classification mappings")),
  };
}

/** Where a cut-off page stops, read off the raw markup: the last section opened, by its heading. */
function lastPartBegun(html: string): string {
  const at = html.lastIndexOf("<section");
  if (at === -1) return html.includes('class="profile-head"') ? "the page header" : "the document head, before anything shows it is a profile page";
  const rest = html.slice(at);
  if (/^<section class="hero"/.test(rest)) return "the hero";
  const heading = /<h[23]>([^<]*)/.exec(rest);
  const label = heading ? heading[1]!.trim() : "";
  return label ? `the "${decodeHTML(label)}" section` : "a section whose heading is lost";
}

function readResponsibilities(resp: Element): PageParts["responsibilities"] {
  return kids(resp, "div", "lvl").flatMap((div) => {
    const h4 = kid(div, "h4");
    const levelCode = parseLevelCode(ownText(h4), "responsibilities");
    const isOwnLevel = hasClass(div, "current");
    return kids(need(kid(div, "ul"), `the ${levelCode} responsibilities`), "li").map((li, i) => ({ levelCode, position: i + 1, text: text(li), isOwnLevel }));
  });
}

function readRubric(s: Element): PageParts["rubric"] {
  const tbody = descendants(s, "tbody")[0];
  const rows = tbody ? kids(tbody, "tr") : [];
  if (rows.length === 0) throw missing("the rubric rows");
  return rows.map((tr) => {
    const cells = kids(tr, "td").map(text);
    if (cells.length !== 5) throw malformed(`a rubric row has ${cells.length} cells, expected 5`);
    return {
      levelCode: parseLevelCode(cells[0]!, "rubric"),
      knowledgeApplication: cells[1]!,
      complexityProblemSolving: cells[2]!,
      collaborationInteraction: cells[3]!,
      degreeYears: cells[4]!,
    };
  });
}

/** `<span>dimension</span><b>score</b>` pairs. */
function readScores(scores: Element): PageParts["qualityScores"] {
  const out: PageParts["qualityScores"] = [];
  let dimension: string | null = null;
  for (const el of kids(scores)) {
    if (el.name === "span") dimension = text(el);
    else if (el.name === "b" && dimension !== null) {
      out.push({ position: out.length + 1, dimension, score: parseScore(dimension, text(el)) });
      dimension = null;
    }
  }
  if (out.length === 0 || dimension !== null) throw malformed(`the quality scores are not dimension/score pairs`);
  return out;
}

function readAdjacent(s: Element): PageParts["adjacentRoles"] {
  const ul = kid(s, "ul", "adjacent");
  return (ul ? kids(ul, "li") : []).map((li, i) => {
    const id = text(kid(li, "code"));
    parseProfileId(id);
    return {
      position: i + 1,
      title: text(kid(li, "a")),
      profileId: id,
      distance: parseDistance(text(kid(li, "span", "dist"))),
      band: parseBand(text(kid(li, "span", "band"))),
    };
  });
}

/** Each system is an `<h4>` followed by a list of `<span>code=…</span><span>source=…</span>` items. */
function readClassifications(s: Element): PageParts["classifications"] {
  const out: PageParts["classifications"] = [];
  let system: string | null = null;
  for (const el of kids(s)) {
    if (el.name === "h4") system = text(el);
    else if (el.name === "ul" && system !== null) {
      for (const li of kids(el, "li")) {
        const cells = kids(li, "span").map(text);
        if (cells.length !== 2) throw malformed(`a classification mapping has ${cells.length} parts, expected a code and a source`);
        out.push({ position: out.length + 1, system, ...parseMapping(cells[0]!, cells[1]!) });
      }
    }
  }
  if (out.length === 0) throw malformed("the page lists no classification mapping");
  return out;
}
