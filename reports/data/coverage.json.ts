// The Coverage page's small tables: the function × level matrix (marts.coverage_by_function),
// the status and confidence mix (marts.report_status_mix), the SOC major groups
// (marts.occupation_groups) and the headline coverage (marts.report_overview).
import { emitJson } from "./warehouse.ts";

await emitJson(async (q) => ({
  matrix: await q("select * from marts.coverage_by_function order by function_code, track desc, level_rank"),
  statusMix: await q("select * from marts.report_status_mix order by function_code, status, confidence_label"),
  occupations: await q("select major_group, title, profile_count, function_count, code_count from marts.occupation_groups order by major_group"),
  headline: (await q("select defined_level_count, present_level_count, missing_level_count, coverage_share, profile_count, focus_count from marts.report_overview"))[0],
}));
