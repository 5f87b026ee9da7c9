// The Coverage drill-down, in one ranged file (ranged-writer.ts): each function's focuses, one
// row per focus and track (marts.report_coverage_focuses), the ones with the most gaps first, in
// pages of PAGE_SIZE, so a function with thousands of focuses costs one page at a time.
//   pages   "FUNCTION|0000" → PAGE_SIZE focus rows, each with its ladder's level states
import { columnar, emitRanged } from "./ranged-writer.ts";
import { withWarehouse } from "./warehouse.ts";

const PAGE_SIZE = 25;

await withWarehouse(async (q) => {
  const functions = await q("select function_code as code, any_value(function_name) as name, count(*) as focus_tracks from marts.report_coverage_focuses group by all order by 1");
  await emitRanged(async (w) => {
    async function* pages() {
      for (const f of functions) {
        const rows = await q(
          `select focus_code, focus_name, track, ladder_level_count, present_count, missing_count, missing_levels, behind_count, version_max,
              approved_count, in_review_count, draft_count, deprecated_count, levels
           from marts.report_coverage_focuses where function_code = $1
           order by missing_count desc, behind_count desc, focus_code, track desc`,
          [String(f.code)],
        );
        for (let i = 0; i * PAGE_SIZE < rows.length; i++) yield [`${String(f.code)}|${String(i).padStart(4, "0")}`, columnar(rows.slice(i * PAGE_SIZE, (i + 1) * PAGE_SIZE))] as [string, unknown];
      }
    }
    await w.section("pages", pages(), 8 * 1024);
    return { page_size: PAGE_SIZE, functions: functions.map((f) => ({ ...f, pages: Math.ceil(Number(f.focus_tracks) / PAGE_SIZE) })) };
  });
});
