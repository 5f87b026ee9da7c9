// The built dashboards in a real browser (Debian's chromium driven by playwright-core), served on
// 127.0.0.1: every page loads without a console error or a failed request and its charts draw
// marks; the search, the pay filters and the compare view work; page text is shown as text.
// Screenshots of every page go to out/screenshots/.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { serveDirectory, type Served } from "../../reports/serve.ts";
import { queryRows, withDatabase } from "../../warehouse/database.ts";
import { launch, openPage, settled, type Visit } from "./browser.ts";
import { SCRIPT_PROFILE, SCRIPT_TEXT, buildSite, type Site } from "./site-fixture.ts";

const SHOTS = fileURLToPath(new URL("../../out/screenshots/", import.meta.url));
const SAMPLE_PROFILE = "FINANC.FINANCACCT2319.M1";

// Every page, and the charts it must draw (Plot figures, legends apart).
const PAGES: [path: string, charts: number][] = [
  ["/", 2],
  ["/pay", 4],
  ["/coverage", 5],
  ["/quality", 5],
  ["/profiles", 0],
  [`/profile?id=${SAMPLE_PROFILE}`, 0],
  [`/compare?a=${SAMPLE_PROFILE}&b=FINANC.FINANCACCT2319.M2`, 1],
  ["/pipeline", 2],
  ["/dictionary", 0],
  ["/notebooks/skills-and-pay", 2],
  ["/notebooks/gaps-and-stale-versions", 2],
];

let site: Site;
let served: Served;
let browser: Browser;

beforeAll(async () => {
  site = await buildSite();
  served = await serveDirectory(site.dist);
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
  site?.remove();
});

async function visit(path: string): Promise<Visit> {
  const v = await openPage(browser, served.url);
  await v.page.goto(served.url + path);
  await settled(v.page);
  return v;
}

/** Marks drawn by each Plot chart on the page: dots, bars, cells, rules, lines (axes, grids and tips left out). */
function chartMarks(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("main svg")]
      .filter((svg) => /^plot-[0-9a-f]+$/.test(svg.getAttribute("class") ?? ""))
      .map((svg) => [...svg.querySelectorAll("g[aria-label]")].filter((g) => !/axis|grid|tip/.test(g.getAttribute("aria-label")!)).reduce((n, g) => n + g.children.length, 0)),
  );
}

const shotName = (path: string) => path.replace(/\?.*$/, "").replace(/^\/$/, "/index").slice(1).replace(/\//g, "-");

describe("every page", () => {
  test.each(PAGES)("%s loads cleanly and draws its charts", async (path, charts) => {
    const v = await visit(path);
    try {
      expect(v.problems).toEqual([]);
      expect(await v.page.locator("main .as-of").textContent()).toMatch(/^As of \d{4}-\d\d-\d\d \d\d:\d\d UTC · run run-/);
      const marks = await chartMarks(v.page);
      expect(marks.length).toBeGreaterThanOrEqual(charts);
      for (const n of marks) expect(n).toBeGreaterThan(0);
      await v.page.screenshot({ path: join(SHOTS, `${shotName(path)}.png`), fullPage: true });
    } finally {
      await v.close();
    }
  });
});

describe("profile search", () => {
  async function search(query: string): Promise<string[]> {
    const v = await visit("/profiles");
    try {
      await v.page.getByPlaceholder("Title, id, alias or skill").fill(query);
      await v.page.waitForFunction((q) => new URLSearchParams(location.search).get("q") === q, query);
      await settled(v.page);
      // Results render asynchronously after the query lands in the URL: read until two reads a
      // moment apart agree and show something, or give up after 15 s (the test then fails).
      const read = () => v.page.locator(".profile-results tbody code").allTextContents();
      let last = await read();
      for (const started = Date.now(); Date.now() - started < 15_000; ) {
        await v.page.waitForTimeout(300);
        const now = await read();
        if (now.length > 0 && now.join() === last.join()) break;
        last = now;
      }
      expect(v.problems).toEqual([]);
      return last;
    } finally {
      await v.close();
    }
  }

  // Expectations come from the warehouse the site was built from, not from memory of the sample.
  async function one(sql: string): Promise<Record<string, unknown>> {
    const [row] = await withDatabase(site.db, (db) => queryRows(db.connection, sql), { readOnly: true });
    return row!;
  }

  test("finds a profile by its title and by its id", async () => {
    const { profile_id, title } = await one("select profile_id, title from core.profiles order by profile_id limit 1");
    expect(await search(String(title))).toContain(profile_id);
    expect(await search(String(profile_id))).toEqual([profile_id]);
  });

  test("finds a profile by an alias that shares no word with its title", async () => {
    const { profile_id, alias } = await one(`
      select a.profile_id, a.alias from core.title_aliases as a inner join core.profiles as p using (profile_id)
      where not list_has_any(string_split(lower(a.alias), ' '), string_split(lower(p.title), ' ')) order by a.profile_id, a.position limit 1`);
    expect(await search(String(alias))).toContain(profile_id);
  });

  test("finds the profiles listing a skill", async () => {
    const { profile_id, skill_name } = await one("select profile_id, skill_name from core.skills where skill_name = 'Variance analysis' order by profile_id limit 1");
    expect(await search(String(skill_name))).toContain(profile_id);
  });
});

describe("pay", () => {
  test("the filters change the pay charts", async () => {
    const v = await visit("/pay");
    try {
      const chart = (name: string) => v.page.locator(`.${name} svg`).first().innerHTML();
      // A filter re-renders asynchronously: wait for the chart to differ (or time out and fail),
      // since "nothing pending" can be seen before the new render has even started.
      const changed = (name: string, from: string) =>
        v.page.waitForFunction(([sel, old]) => document.querySelector(sel!)?.innerHTML !== old, [`.${name} svg`, from] as const, { timeout: 15_000 });
      const before = { fn: await chart("pay-function-chart"), focus: await chart("pay-focus-chart") };
      await v.page.locator("form", { hasText: "Status" }).locator("select").selectOption("approved");
      await changed("pay-function-chart", before.fn);
      await settled(v.page);
      const approved = await chart("pay-function-chart");
      expect(approved).not.toEqual(before.fn);
      await v.page.locator("form", { hasText: "Track" }).getByLabel("management").check();
      await changed("pay-function-chart", approved);
      await settled(v.page);
      expect(await chart("pay-function-chart")).not.toEqual(approved);
      expect((await chartMarks(v.page)).every((n) => n > 0)).toBe(true);
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });
});

describe("compare", () => {
  test("shows both profiles side by side, and the address reproduces the comparison", async () => {
    const v = await visit("/compare");
    try {
      for (const [name, id] of [["a", SAMPLE_PROFILE], ["b", SCRIPT_PROFILE]]) {
        await v.page.locator(`input[name=${name}]`).fill(id!);
        await v.page.locator(`input[name=${name}]`).press("Enter");
      }
      await v.page.locator(".compare-b [data-profile-id]").waitFor();
      await settled(v.page);
      expect(await v.page.locator(".compare-a .profile-title").textContent()).toBe("Accounting — M1");
      expect(await v.page.locator(".compare-b .profile-title").textContent()).toBe("Platform Engineering — M4");
      expect(await v.page.locator(".skills-only-a li").count()).toBeGreaterThan(0);
      const link = v.page.url();
      expect(new URL(link).searchParams.get("a")).toBe(SAMPLE_PROFILE);
      await v.page.goto(link);
      await settled(v.page);
      expect(await v.page.locator(".compare-b [data-profile-id]").getAttribute("data-profile-id")).toBe(SCRIPT_PROFILE);
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });
});

describe("page text is text", () => {
  test.each([
    [SCRIPT_PROFILE, SCRIPT_TEXT, "script, b"],
    [SAMPLE_PROFILE, "Escapes user-supplied <img src=x onerror=alert(1)> tags in report exports & e-mail digests.", "img"],
  ])("%s shows its markup literally and runs none of it", async (id, text, elements) => {
    const v = await visit(`/profile?id=${id}`);
    try {
      await v.page.locator(".profile").waitFor();
      expect(await v.page.locator(".responsibilities li").allTextContents()).toContain(text);
      expect(await v.page.locator(`.profile :is(${elements})`).count()).toBe(0);
      expect(v.dialogs).toEqual([]);
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });
});
