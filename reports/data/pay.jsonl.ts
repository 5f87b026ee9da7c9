// The Pay page, in one ranged file (ranged-writer.ts): the page reads the function list from the
// footer, then one function's entry, then one focus's ladder, never the whole pay table.
//   functions   function code → its ladder for every scope × status filter (marts.report_pay_summary),
//               its focuses, its pay outliers (marts.report_pay_peers) and the levels where pay does
//               not rise (marts.pay_by_level)
//   focuses     focus code → its profiles' pay by level (marts.pay_by_level), with the page's own
//               currency and figures beside the reporting currency (core.profiles)
import { columnar, emitRanged } from "./ranged-writer.ts";
import { withWarehouse, type Row } from "./warehouse.ts";

const groupBy = (rows: Row[], key: string) => {
  const groups = new Map<string, Row[]>();
  for (const r of rows) {
    const k = String(r[key]);
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(r);
  }
  return groups;
};

await withWarehouse(async (q) => {
  const summary = groupBy(await q(`
    select function_code, track, level_code, level_rank, scope, status, profile_count, focus_count,
        pay_median_p25, pay_median_median, pay_median_p75, pay_min_median, pay_max_median, pay_min_min, pay_max_max,
        pay_spread_median, not_rising_count, outlier_count, previous_level_code, median_step_ratio, is_median_not_rising
    from marts.report_pay_summary order by function_code, track desc, scope, status, level_rank`), "function_code");
  const focuses = groupBy(await q(`
    select function_code, focus_code, any_value(focus_name) as focus_name, list(distinct track order by track desc) as tracks,
        list(distinct scope order by scope) as scopes, list(distinct status order by status) as statuses, count(*) as profiles
    from marts.pay_by_level group by function_code, focus_code order by function_code, focus_name, focus_code`), "function_code");
  const outliers = groupBy(await q(`
    select function_code, profile_id, focus_name, track, level_code, scope, status, pay_median, expected_pay_median, relative_pay, outlier_direction
    from marts.report_pay_peers where is_outlier order by function_code, abs(ln(relative_pay)) desc, profile_id`), "function_code");
  const notRising = groupBy(await q(`
    select function_code, profile_id, focus_name, track, level_code, previous_level_code, scope, status, pay_median, previous_pay_median, pay_step, pay_step_ratio
    from marts.pay_by_level where is_pay_not_rising order by function_code, pay_step_ratio, profile_id`), "function_code");
  const functions = await q("select function_code as code, mode(function_name) as name, count(*) as profiles from marts.pay_by_level group by all order by 1");
  const [currency] = await q("select any_value(reporting_currency) as reporting_currency from marts.pay_by_level");

  await emitRanged(async (w) => {
    await w.section("functions", functions.map((f) => {
      const code = String(f.code);
      return [code, {
        summary: columnar(summary.get(code) ?? []),
        focuses: columnar(focuses.get(code) ?? []),
        outliers: columnar(outliers.get(code) ?? []),
        not_rising: columnar(notRising.get(code) ?? []),
      }] as [string, unknown];
    }), 8 * 1024);
    // One focus's ladder per entry, read in focus-code order a batch of functions at a time.
    async function* ladders() {
      for (const f of functions) {
        const rows = await q(`
          select pay.focus_code, pay.profile_id, pay.focus_name, pay.track, pay.level_code, pay.level_rank, pay.scope, pay.status,
              pay.pay_min, pay.pay_median, pay.pay_max, pay.pay_spread, pay.pay_median_position, pay.previous_level_code, pay.pay_step_ratio, pay.is_pay_not_rising,
              pay.currency, profiles.pay_min as page_pay_min, profiles.pay_median as page_pay_median, profiles.pay_max as page_pay_max, profiles.fx_rate
          from marts.pay_by_level as pay
          inner join core.profiles as profiles using (profile_id)
          where pay.function_code = $1
          order by pay.focus_code, pay.track desc, pay.level_rank`, [String(f.code)]);
        for (const [focus, ladder] of groupBy(rows, "focus_code")) yield [focus, columnar(ladder.map(({ focus_code: _, ...r }) => r))] as [string, unknown];
      }
    }
    await w.section("focuses", ladders(), 16 * 1024);
    return { functions, reporting_currency: currency?.reporting_currency ?? "USD" };
  });
});
