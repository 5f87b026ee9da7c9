// Wording and number formats that both renderings of a page share.
import type { Currency, ProfileRecord, Responsibility } from "../ingest/record.ts";

const SYMBOL: Record<Currency, string> = { USD: "$", EUR: "€", GBP: "£" };

/** 82000 → "$82k", 58500 → "£58.5k": the site prints pay in thousands with at most one decimal. */
export const formatAmount = (currency: Currency, units: number) => `${SYMBOL[currency]}${Number((units / 1000).toFixed(1))}k`;

export const formatPay = (r: ProfileRecord) =>
  `${formatAmount(r.currency, r.payMedian)} (${formatAmount(r.currency, r.payMin)}${formatAmount(r.currency, r.payMax)})`;

export const formatYears = (r: Pick<ProfileRecord, "yearsMin" | "yearsMax">) =>
  r.yearsMax === null ? `${r.yearsMin}+ yrs` : `${r.yearsMin}–${r.yearsMax} yrs`;

export function pageLabels(r: ProfileRecord) {
  return {
    levelLabel: `${r.levelCode} — ${r.levelName}`,
    provenanceIntro:
      "The evidence base behind this profile — every layer is sourced; quality is scored by an adversarial review panel (1–5; passes at ≥4 on the minimum dimension).",
    adjacentIntro:
      "Nearest roles by structural coordinates (level + taxonomy). Distance 0 → 1; each carries its 3-state match band. How coordinates work → · Compare side-by-side →",
    noAliases: "No title aliases recorded for this profile yet.",
  };
}

/** Responsibilities in page order, one group per level. */
export function groupByLevel(items: Responsibility[]) {
  const groups: { levelCode: string; isOwnLevel: boolean; items: Responsibility[] }[] = [];
  for (const x of items) {
    const last = groups[groups.length - 1];
    if (last && last.levelCode === x.levelCode) last.items.push(x);
    else groups.push({ levelCode: x.levelCode, isOwnLevel: x.isOwnLevel, items: [x] });
  }
  return groups;
}
