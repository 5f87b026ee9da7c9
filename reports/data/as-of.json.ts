// The run that published the warehouse: every page says "as of" it (meta.runs, last run).
import { emitJson } from "./warehouse.ts";

await emitJson(async (q) => {
  const [run] = await q(`
    select run_id, finished_at, started_at, profiles, inputs_seen, inputs_rejected, reporting_currency, code_version
    from meta.runs
    order by finished_at desc
    limit 1`);
  if (!run) throw new Error("meta.runs is empty: the warehouse was not published by the pipeline");
  return run;
});
