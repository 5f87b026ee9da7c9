// Observable Framework: the leadership dashboards over the published warehouse (reports/).
// Offline by design: no web fonts (globalStylesheets is empty), pages import their libraries
// from node_modules, and the data loaders read the warehouse named by CANON_DB (reports/build.ts).
export default {
  root: "reports",
  output: process.env.CANON_REPORTS_OUT || "dist",
  title: "Canon taxonomy",
  pages: [
    { name: "Overview", path: "/" },
    { name: "Pay", path: "/pay" },
    { name: "Coverage", path: "/coverage" },
    { name: "Quality and provenance", path: "/quality" },
    { name: "Profiles", path: "/profiles" },
    { name: "Compare profiles", path: "/compare" },
    { name: "Pipeline health", path: "/pipeline" },
    { name: "Data dictionary", path: "/dictionary" },
    {
      name: "Notebooks",
      open: true,
      pages: [
        { name: "Skills and pay at the same level", path: "/notebooks/skills-and-pay" },
        { name: "Gaps and stale versions", path: "/notebooks/gaps-and-stale-versions" },
      ],
    },
  ],
  globalStylesheets: [],
  // No favicon request to fail.
  head: `<link rel="icon" href="data:,">`,
  style: "style.css",
  footer: "Canon taxonomy warehouse: built by <code>npm run pipeline</code> from the published DuckDB file.",
  search: false,
  pager: false,
  toc: false,
};
