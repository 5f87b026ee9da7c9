// The Pipeline health page: every run (meta.runs, newest first, with its stage times), the last
// run's checks (meta.check_results), and its rejected inputs by kind (marts.report_rejects_by_kind)
// and one by one (meta.rejected_inputs, the first REJECTS_SHOWN by path).
import { emitJson } from "./warehouse.ts";

const RUNS_SHOWN = 100;
const REJECTS_SHOWN = 200;

await emitJson(async (q) => {
  const runs = await q(
    `select run_id, started_at, finished_at, status, message, inputs_seen, inputs_parsed, inputs_unchanged, inputs_rejected, profiles,
        error_checks_failed, warning_checks_failed, stage_ms::varchar as stage_ms, code_version, duckdb_version, node_version, reporting_currency,
        epoch_ms(finished_at) - epoch_ms(started_at) as duration_ms
     from meta.runs order by finished_at desc limit ${RUNS_SHOWN}`,
  );
  const lastRun = runs[0]?.run_id ?? null;
  return {
    runs: runs.map((r) => ({ ...r, stage_ms: JSON.parse(String(r.stage_ms)) as Record<string, number> })),
    runCount: (await q("select count(*) as n from meta.runs"))[0]?.n,
    checks: await q(
      `select check_name, description, severity, failing_rows, sample_json::varchar as sample_json, ms, passed
       from meta.check_results where run_id = $1 order by passed, severity, check_name`,
      [String(lastRun)],
    ),
    rejectKinds: await q("select * from marts.report_rejects_by_kind"),
    rejects: await q(`select source_path, kind, reason, size_bytes from meta.rejected_inputs order by source_path limit ${REJECTS_SHOWN}`),
    summary: (await q("select * from meta.run_summary"))[0],
  };
});
