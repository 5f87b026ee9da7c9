// Number and date formats shared by the pages, so a figure reads the same everywhere.
import * as d3 from "d3";

const SYMBOLS = { USD: "$", EUR: "€", GBP: "£" };

/** 82000, "USD" → "$82k"; exact: true → "$82,000". */
export function money(value, currency, { exact = false } = {}) {
  if (value == null || Number.isNaN(value)) return "–";
  const symbol = SYMBOLS[currency] ?? `${currency} `;
  return exact ? `${symbol}${d3.format(",.0f")(value)}` : `${symbol}${d3.format(".3~s")(value).replace("G", "B")}`;
}

export const percent = (value, digits = 0) => (value == null ? "–" : d3.format(`.${digits}%`)(value));
export const count = (value) => (value == null ? "–" : d3.format(",")(value));
export const signedPercent = (value, digits = 0) => (value == null ? "–" : d3.format(`+.${digits}%`)(value));
export const utc = (iso) => (iso ? new Date(iso).toISOString().slice(0, 16).replace("T", " ") + " UTC" : "–");

export const STATUS_ORDER = ["approved", "in_review", "draft", "deprecated"];
export const STATUS_COLORS = ["#3b9a57", "#e0a526", "#6b7bd6", "#c75450"];
export const CONFIDENCE_ORDER = ["high", "medium", "low"];
