// Notebook "Gaps and stale versions": missing levels by function and level
// (marts.coverage_by_function), the focuses with the most gaps or levels behind their newest
// version (marts.report_coverage_focuses), and the status mix (marts.report_status_mix).
import { emitJson } from "./warehouse.ts";

const FOCUSES_SHOWN = 40;

await emitJson(async (q) => ({
  byLevel: await q("select function_code, function_name, track, level_code, level_rank, focus_count, defined_count, present_count, missing_count, deprecated_count, draft_count from marts.coverage_by_function order by function_code, track desc, level_rank"),
  worstFocuses: await q(
    `select function_code, function_name, focus_code, focus_name, track, ladder_level_count, present_count, missing_count, missing_levels, behind_count, version_min, version_max, deprecated_count, draft_count
     from marts.report_coverage_focuses where missing_count > 0 or behind_count > 0 or deprecated_count > 0
     order by missing_count + behind_count + deprecated_count desc, focus_code, track desc limit ${FOCUSES_SHOWN}`,
  ),
  totals: (await q(
    `select count(*) as focus_tracks, count(*) filter (where missing_count > 0) as with_gaps, count(*) filter (where behind_count > 0) as with_levels_behind,
        count(*) filter (where deprecated_count > 0) as with_deprecated, sum(missing_count) as missing_levels, sum(behind_count) as levels_behind
     from marts.report_coverage_focuses`,
  ))[0],
  statusMix: await q("select * from marts.report_status_mix order by function_code, status, confidence_label"),
}));
