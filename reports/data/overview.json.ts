// The Overview page: the headline figures (marts.report_overview), what the run read and
// rejected (meta.run_summary), and what changed in the last run (meta.profile_changes).
import { emitJson } from "./warehouse.ts";

const CHANGES_SHOWN = 50;

await emitJson(async (q) => {
  const [headline] = await q("select * from marts.report_overview");
  const [run] = await q("select * from meta.run_summary");
  const [last] = await q("select run_id from meta.runs order by finished_at desc limit 1");
  const runId = String(last?.run_id ?? run?.run_id);
  const changeCounts = await q("select change, count(*) as profiles from meta.profile_changes where run_id = $1 group by change order by change", [runId]);
  const changes = await q(
    `select changes.profile_id, profiles.title, changes.change, changes.old_version_number, changes.new_version_number, changes.currency,
        changes.old_pay_median, changes.new_pay_median, changes.pay_median_change_pct
     from meta.profile_changes as changes
     left join core.profiles as profiles using (profile_id)
     where changes.run_id = $1
     order by list_position(['removed', 're_versioned', 'pay_changed', 'added'], changes.change), abs(changes.pay_median_change_pct) desc nulls last, changes.profile_id
     limit ${CHANGES_SHOWN}`,
    [runId],
  );
  const runs = await q("select count(*) as runs, min(started_at) as first_run_at from meta.runs");
  const byFunction = await q("select function_code, function_name, sum(profile_count) as profiles from marts.report_status_mix group by all order by profiles desc, function_code");
  return { headline, run, runId, changeCounts, changes, runs: runs[0], byFunction };
});
