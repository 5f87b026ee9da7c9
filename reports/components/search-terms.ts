// The one tokenizer of profile search, shared by the loader that builds the index
// (reports/data/profiles.jsonl.ts) and the page that queries it (components/profile-search.js):
// accents removed, lower case, split on anything that is not a letter or a digit.
// "SALESS.SALESSUP0118.P3" → saless, salessup0118, p3; "Advanced Excel/Google Sheets" → advanced, excel, google, sheets.
export function searchTerms(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0);
}
