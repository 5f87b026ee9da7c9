// Notebook "Skills and pay at the same level": pay relative to peers for the profiles listing
// each skill (marts.report_skill_pay), and for context the pay peers themselves
// (marts.report_pay_peers, summarised by the mart's own columns only).
import { emitJson } from "./warehouse.ts";

await emitJson(async (q) => ({
  skills: await q("select * from marts.report_skill_pay order by relative_pay_median desc, skill_key"),
  usage: await q("select function_code, function_name, skill_key, display_name, kind, profile_count, profile_share, usage_rank from marts.skill_usage where usage_rank <= 5 order by function_code, kind, usage_rank, skill_key"),
  peers: (await q("select count(*) as profiles, count(*) filter (where is_outlier) as outliers, count(*) filter (where peer_count >= 3) as with_peers from marts.report_pay_peers"))[0],
}));
