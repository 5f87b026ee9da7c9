// The Quality and provenance page: scores by dimension (marts.quality_summary,
// marts.report_quality_scores), where the bar of 4 fails (marts.report_quality_failures and the
// lowest-scoring failing profiles), sources (marts.report_provenance) and confidence against
// quality (marts.report_confidence_quality).
import { emitJson } from "./warehouse.ts";

const FAILING_SHOWN = 100;

await emitJson(async (q) => ({
  dimensions: await q("select * from marts.quality_summary order by position, dimension"),
  scores: await q("select dimension, position, score, is_passing, profile_count, profile_share from marts.report_quality_scores order by position, score"),
  failures: await q("select function_code, function_name, dimension, position, profile_count, failing_count, sole_failing_count, failing_share from marts.report_quality_failures order by function_code, position"),
  sources: await q("select * from marts.report_provenance order by source_count"),
  confidence: await q("select * from marts.report_confidence_quality order by confidence_bin, quality_min"),
  headline: (await q("select profile_count, quality_passed_count, quality_pass_rate from marts.report_overview"))[0],
  failing: await q(
    `select profile_id, title, function_name, status, quality_min, quality_failing_dimensions, source_count, confidence_score
     from core.profiles where not quality_passed order by quality_min, profile_id limit ${FAILING_SHOWN}`,
  ),
}));
