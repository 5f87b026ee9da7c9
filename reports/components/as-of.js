// "As of" line for the top of every page: the run that published the data behind it.
import { FileAttachment } from "observablehq:stdlib";
import { html } from "htl";

export const asOf = await FileAttachment("../data/as-of.json").json();

export function asOfLine() {
  const when = new Date(asOf.finished_at);
  return html`<p class="as-of">As of ${when.toISOString().slice(0, 16).replace("T", " ")} UTC · run <code>${asOf.run_id}</code> · ${asOf.profiles.toLocaleString("en-US")} profiles · pay in ${asOf.reporting_currency}</p>`;
}
