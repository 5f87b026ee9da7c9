// The HTML parser. It reads the site's markup with cheerio's htmlparser2 build (cheerio/slim),
// which loads pages several times faster than the default parse5 and is as forgiving of the
// site's simple, well-formed markup. Sections are found by their headings, not by position, and
// every value goes through the same page-values functions as the text dump.
import { load, type CheerioAPI } from "cheerio/slim";
import type { AnyNode, Element } from "domhandler";
import {
  PageError,
  clean,
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

type Cheerio = ReturnType<CheerioAPI>;

export function parseHtml(html: string): ParseResult {
  try {
    return { ok: true, record: assemble(readParts(html)) };
  } catch (e) {
    if (e instanceof PageError) return { ok: false, kind: e.kind, reason: e.message };
    throw e;
  }
}

function readParts(html: string): PageParts {
  const $ = load(html);
  const text = (el: Cheerio) => clean(el.text());
  const head = $("header.profile-head");
  // A download cut short loses its closing tag. Nothing after the cut can be trusted, even when
  // every section seems present (the last list may have lost items), so the page is rejected.
  if (!/<\/html>\s*$/i.test(html)) {
    const where = head.length ? lastSection($) : "the document head, before anything shows it is a profile page";
    throw new PageError("truncated", `page is cut off: the last part begun is ${where} (no closing </html>)`);
  }
  if (head.length === 0 || text($("body > nav")) !== "← Canon taxonomy") {
    throw new PageError("not-a-profile", `not a Canon taxonomy profile page (no "← Canon taxonomy" header)`);
  }
  const missing = (what: string) => malformed(`${what} is missing`);
  const need = (el: Cheerio, what: string) => {
    if (el.length === 0) throw missing(what);
    return el;
  };

  const profileId = text(need(head.find("code.pid"), "the profile id"));
  parseProfileId(profileId);

  const hero = need($("section.hero"), "the hero section");
  const facts = new Map<string, string>();
  hero.find("dl.facts > dt").each((_, dt) => void facts.set(text($(dt)), text($(dt).next("dd"))));
  const fact = (name: string) => {
    const value = facts.get(name);
    if (value === undefined) throw missing(`the "${name}" fact`);
    return value;
  };

  const sections = new Map<string, Cheerio>();
  $("main > section").each((_, s) => {
    const h2 = $(s).children("h2").first();
    const own = h2.contents().filter((_, n) => n.type === "text");
    if (h2.length) sections.set(clean(own.text()), $(s));
  });
  const section = (name: string) => {
    const s = sections.get(name);
    if (!s) throw missing(`the "${name}" section`);
    return s;
  };

  const descriptions = need(hero.nextAll("section").first().filter((_, s) => $(s).children("h3").length > 0), "the focus description");
  const focusHeading = need(descriptions.children("h3").first(), "the focus heading");

  const resp = section("Responsibilities by level");
  const levelSection = need(
    $("main > section").filter((_, s) => /^Level — /.test(text($(s).children("h2")))),
    "the level definition",
  ).first();
  const provenance = section("Provenance");
  const scores = need(provenance.find("div.scores"), "the quality scores");

  const aliasSection = section("Title aliases");
  const aliases = aliasSection.find("ul.aliases > li").map((_, li) => text($(li))).get();
  if (aliases.length === 0 && text(aliasSection.children("p.muted")) !== "No title aliases recorded for this profile yet.") {
    throw missing("the title aliases");
  }

  const level = parseLevelFact(fact("Level"));
  return {
    headerLevel: text(need(head.find(".badge.lvl"), "the level badge")),
    profileId,
    title: text(need(head.children("h1"), "the page title")),
    heroTitle: text(need(hero.children("h2"), "the hero title")),
    heroId: text(need(hero.find("> p > code"), "the hero profile id")),
    badges: parseBadges(hero.find("div.badges > span").map((_, s) => text($(s))).get()),
    summary: text(need(hero.children("p.summary"), "the summary")),
    level,
    names: parseFunctionFocus(fact("Function · Focus")),
    pay: parsePay(fact("Market pay (median)")),
    functionDescription: text(need(focusHeading.prevAll("p").last(), "the function description")),
    focusHeading: text(focusHeading),
    focusDescription: text(need(focusHeading.nextAll("p").not(".paydiff").first(), "the focus description")),
    payDifferentialMaterial: descriptions.children("p.paydiff").length > 0,
    track: parseTrack(text(resp.children("p.muted"))),
    responsibilities: readResponsibilities($, resp),
    rubric: readRubric($, section("Level guidelines"), missing),
    skills: section("Skills")
      .find("ul.skills > li")
      .map((i, li) => {
        const description = text($(li).children("p"));
        return { position: i + 1, name: text($(li).children("strong")), description, isTool: description === TOOL_DESCRIPTION };
      })
      .get(),
    qualityScores: readScores($, scores),
    sourceCount: parseSourceCount(text(need(scores.nextAll("p").first(), "the source count"))),
    levelHeading: parseLevelHeading(text(levelSection.children("h2"))),
    levelSummary: text(need(levelSection.children("p").first(), "the level summary")),
    levelDefinition: levelSection
      .find("dl > dt")
      .map((i, dt) => ({ position: i + 1, attribute: text($(dt)), value: text($(dt).next("dd")) }))
      .get(),
    adjacentRoles: section("Adjacent roles")
      .find("ul.adjacent > li")
      .map((i, li) => {
        const id = text($(li).children("code"));
        parseProfileId(id);
        return {
          position: i + 1,
          title: text($(li).children("a")),
          profileId: id,
          distance: parseDistance(text($(li).children(".dist"))),
          band: parseBand(text($(li).children(".band"))),
        };
      })
      .get(),
    aliases,
    classifications: readClassifications($, section("Classification mappings")),
  };
}

function lastSection($: CheerioAPI): string {
  const last = $("main > section").last();
  if (last.length === 0) return "the page header";
  if (last.hasClass("hero")) return "the hero";
  const label = clean(last.children("h2,h3").first().contents().first().text());
  return label ? `the "${label}" section` : "a section whose heading is lost";
}

function readResponsibilities($: CheerioAPI, resp: Cheerio): PageParts["responsibilities"] {
  const out: PageParts["responsibilities"] = [];
  resp.children("div.lvl").each((_, div) => {
    const h4 = $(div).children("h4");
    const levelCode = parseLevelCode(clean(h4.contents().first().text()), "responsibilities");
    const isOwnLevel = $(div).hasClass("current");
    $(div)
      .find("ul > li")
      .each((i, li) => void out.push({ levelCode, position: i + 1, text: clean($(li).text()), isOwnLevel }));
  });
  return out;
}

function readRubric($: CheerioAPI, s: Cheerio, missing: (what: string) => PageError): PageParts["rubric"] {
  const rows = s.find("table > tbody > tr");
  if (rows.length === 0) throw missing("the rubric rows");
  return rows
    .map((_, tr) => {
      const cells = $(tr).children("td").map((_, td) => clean($(td).text())).get();
      if (cells.length !== 5) throw malformed(`a rubric row has ${cells.length} cells, expected 5`);
      return {
        levelCode: parseLevelCode(cells[0]!, "rubric"),
        knowledgeApplication: cells[1]!,
        complexityProblemSolving: cells[2]!,
        collaborationInteraction: cells[3]!,
        degreeYears: cells[4]!,
      };
    })
    .get();
}

/** `<span>dimension</span><b>score</b>` pairs. */
function readScores($: CheerioAPI, scores: Cheerio): PageParts["qualityScores"] {
  const out: PageParts["qualityScores"] = [];
  let dimension: string | null = null;
  scores.children().each((_, el: Element) => {
    if (el.tagName === "span") dimension = clean($(el).text());
    else if (el.tagName === "b" && dimension !== null) {
      out.push({ position: out.length + 1, dimension, score: parseScore(dimension, clean($(el).text())) });
      dimension = null;
    }
  });
  if (out.length === 0 || dimension !== null) throw malformed(`the quality scores are not dimension/score pairs`);
  return out;
}

/** Each system is an `<h4>` followed by a list of `<span>code=…</span><span>source=…</span>` items. */
function readClassifications($: CheerioAPI, s: Cheerio): PageParts["classifications"] {
  const out: PageParts["classifications"] = [];
  let system: string | null = null;
  s.children().each((_, el: AnyNode) => {
    const tag = (el as Element).tagName;
    if (tag === "h4") system = clean($(el).text());
    else if (tag === "ul" && system !== null) {
      const sys: string = system;
      $(el)
        .children("li")
        .each((_, li) => {
          const cells = $(li).children("span").map((_, c) => clean($(c).text())).get();
          if (cells.length !== 2) throw malformed(`a classification mapping has ${cells.length} parts, expected a code and a source`);
          out.push({ position: out.length + 1, system: sys, ...parseMapping(cells[0]!, cells[1]!) });
        });
    }
  });
  if (out.length === 0) throw malformed("the page lists no classification mapping");
  return out;
}
