// Text pools that are not tied to one function: responsibility frames and rubric cells per
// level, cross-function skills and their spelling variants, and the qualifiers that multiply
// the base focuses into a taxonomy of any size. Slots: {obj} a thing the focus works on,
// {what} the focus's remit, {topic} a function topic, {role} the person, {fn} the function.

export const RESPONSIBILITY_FRAMES: Record<string, string[]> = {
  P1: [
    "Performs day-to-day work on {obj} under close supervision, following standards set by senior team members.",
    "Prepares basic {obj} and fulfills routine requests from the team with detailed instruction.",
    "Learns the team's tools and conventions for {topic}, asking for review before changes go out.",
    "Documents findings and keeps trackers for {obj} up to date so work is easy to pick up.",
    "Supports existing processes for {obj}, escalating exceptions to more experienced staff.",
    "Shadows senior colleagues on {obj} to build working knowledge of {topic}.",
  ],
  P2: [
    "Delivers well-scoped work on {obj} with general instruction, applying defined procedures.",
    "Maintains and improves {obj}, fixing issues found in review without prompting.",
    "Applies {topic} to conventional problems and explains the choices made.",
    "Handles requests across every stage of {obj}, keeping stakeholders informed of progress.",
    "Contributes ideas to improve {obj} and implements the ones the team adopts.",
    "Helps onboard new joiners to the team's practices for {topic}.",
  ],
  P3: [
    "Owns {obj} end to end — from analysis through delivery — with day-to-day independence and milestone review.",
    "Designs and implements improvements to {obj}, evaluating identifiable factors that affect quality and cost.",
    "Manages stakeholder relationships independently across the teams that depend on {obj}.",
    "Leads small projects and coordinates the work of junior colleagues on {obj}.",
    "Applies {topic} to diverse problems and adapts existing approaches where they fall short.",
    "Reviews the work of peers on {obj} and raises the standard of the team's output.",
  ],
  P4: [
    "Defines the roadmap for {obj} and oversees major changes across several teams.",
    "Selects methods and approaches for complex problems in {topic}, balancing many variables.",
    "Leads cross-team projects on {obj} from proposal through adoption.",
    "Sets the design standards for {obj} and reviews the riskiest decisions.",
    "Mentors and develops professionals, and may manage project budgets for {obj}.",
    "Represents the team in planning, translating department goals into work on {obj}.",
  ],
  P5: [
    "Drives the function's strategy for {obj} and contributes directly to company objectives.",
    "Acts as a key advisor to leadership on {topic} and on long-term investment in {obj}.",
    "Establishes standards for {topic} that teams across the function adopt.",
    "Resolves ambiguous, strategic problems involving {obj} where no precedent exists in the company.",
    "Builds influential networks across functions and serves as the spokesperson for {obj}.",
    "Guides senior professionals across teams and shapes the multi-year direction of {what}.",
  ],
  P6: [
    "Defines the company's long-term direction for {what} and the principles behind it.",
    "Represents the company externally on {topic} through talks, standards bodies, and partnerships.",
    "Identifies industry shifts in {topic} early and positions the company to lead them.",
    "Develops principal professionals and sets the bar for judgment across the company.",
    "Makes the final call on the hardest design questions about {obj}.",
  ],
  M1: [
    "Leads a small team working on {obj}, staying hands-on in the work.",
    "Plans the team's weekly work on {obj} within set goals.",
    "Runs one-to-ones and gives timely feedback to each team member.",
    "Removes blockers for the team and escalates risks to the delivery of {obj}.",
    "Keeps the team's practices for {topic} consistent and documented.",
  ],
  M2: [
    "Manages a team responsible for {obj}, owning its results, hiring, and development.",
    "Sets team goals for {obj} within the department plan and reports progress.",
    "Hires and develops individual contributors and leads, building a bench for growth.",
    "Manages the team's budget within set limits and makes staffing trade-offs.",
    "Partners with peer managers to resolve cross-team issues affecting {obj}.",
  ],
  M3: [
    "Runs a multi-team area covering {what}, owning its operating plan.",
    "Manages managers and develops the next layer of leadership.",
    "Sets the area's priorities for {obj} and balances competing demands across teams.",
    "Owns the area's budget and organization design, adjusting both as strategy changes.",
    "Represents the area in department planning and quarterly business reviews.",
  ],
  M4: [
    "Sets the strategy for {what} and allocates resources across the function.",
    "Leads senior managers and shapes the function's leadership bench.",
    "Partners with executive leadership to translate company goals into functional plans.",
    "Owns functional budgets and major vendor relationships for {obj}.",
    "Drives cross-functional initiatives that change how the company approaches {topic}.",
  ],
  M5: [
    "Is accountable for the function's contribution to company strategy and results.",
    "Sets direction with the executive team and reports to the board on {topic}.",
    "Leads directors across regions and builds the function's long-term organization.",
    "Decides company-level commitments for {what} and the investment behind them.",
    "Represents the function externally with customers, partners, and regulators.",
  ],
};

/**
 * Rubric cells: knowledge, complexity, collaboration, degree & years. The text dump runs the cells
 * together and splits them where ".", ";", ")" … meets a capital or digit, so each cell starts
 * with a capital (the last with a digit), ends with "." and has no such seam inside it.
 */
export const RUBRIC_CELLS: Record<string, [string, string, string, string]> = {
  P1: ["Applies foundational {t1}, {t2}, and basic {t3} skills to routine, well-defined tasks following detailed instruction.",
    "Handles routine problems with standard answers, escalating anything non-standard.",
    "Maintains stable internal relationships, primarily supporting the immediate team.",
    "0–1 years; new graduate or intern entering a {role} role."],
  P2: ["Applies {t1}, {t2}, and {t3} to conventional tasks with growing independence.",
    "Exercises judgment in familiar contexts — improving inputs and optimizing defined processes — with some routine independence.",
    "Builds productive project relationships across neighboring teams; may mentor new joiners.",
    "2+ years with a BA, or MS/PhD with no prior experience, as a {role}."],
  P3: ["Applies {t1}, {t2}, and {t3} to diverse problems with moderate independence.",
    "Evaluates identifiable factors to diagnose gaps, owning improvement projects from analysis through deployment.",
    "Networks with senior professionals and manages stakeholder relationships independently; may coordinate the work of others.",
    "5+ years (BA), 3 years (MA), or PhD without experience, as a Senior {role}."],
  P4: ["Applies in-depth expertise in {t1}, {t2}, and {t3} to complex functional issues.",
    "Performs in-depth analysis of complex variables; selects methods and leads major implementations.",
    "Coordinates across functions; influences operational decisions and leads project teams.",
    "8+ years, often with graduate education, as a Lead {role}."],
  P5: ["Applies strategic expertise in {t1} and {t2} to shape the multi-year direction of the function.",
    "Tackles strategic, ambiguous problems involving intangibles with high independence, contributing to company-level objectives.",
    "Builds influential networks, advises executive leadership, and serves as the function's spokesperson in cross-functional forums.",
    "12+ years of extensive expertise; Principal {role} or an equivalent individual contributor."],
  P6: ["Applies industry-leading expertise in {t1} to set the company's practice.",
    "Solves novel problems with no precedent, shaping how the industry approaches them.",
    "Represents the company externally and develops principal professionals across functions.",
    "15+ years of recognized expertise; Distinguished {role} or Fellow."],
  M1: ["Applies working knowledge of {t1} and {t2} while leading a small team's delivery.",
    "Resolves operational problems and balances delivery against team capacity.",
    "Leads a team day to day and coordinates with adjacent teams.",
    "4+ years in the discipline, including informal leadership of a {role} team."],
  M2: ["Applies management practice and knowledge of {t1} and {t2} to run a team.",
    "Solves problems spanning people, process, and delivery with broad independence.",
    "Manages a team, partners with peer managers, and reports to department leadership.",
    "6+ years, including 2+ years managing people in {fn}."],
  M3: ["Applies leadership of managers and command of {t1} to run a multi-team area.",
    "Makes cross-team trade-offs among competing priorities and constrained budgets.",
    "Leads managers and aligns the area with peer functions and department leadership.",
    "9+ years, including managing managers, in {fn} or a related function."],
  M4: ["Applies functional strategy and command of {t1} and {t2} across the function.",
    "Addresses strategic problems that affect several functions and the company plan.",
    "Partners with executives and leads senior managers across the function.",
    "12+ years with senior leadership experience; Director of {fn} or equivalent."],
  M5: ["Applies enterprise leadership to set the direction of {fn}.",
    "Resolves enterprise-level problems with long horizons and high stakes.",
    "Works with the executive team and board, and represents the function externally.",
    "15+ years with executive experience; head of {fn} or equivalent."],
};

/** Pages that quote markup in their text: the site escapes it, and a parser must give it back literally. */
export const MARKUP_RESPONSIBILITIES = [
  "Audits help-center macros for injected <script>alert(\"x\")</script> payloads & unsafe links before they go live.",
  "Reviews release-note templates that render <b>bold</b> and <i>italic</i> markup correctly in every channel.",
  "Escapes user-supplied <img src=x onerror=alert(1)> tags in report exports & e-mail digests.",
];

export const CROSS_SKILLS: [string, string][] = [
  ["Stakeholder management", "Builds trust with partners and manages competing expectations openly."],
  ["Project management", "Plans and runs projects to scope, time, and budget."],
  ["Google Sheets", "Builds shared trackers and light analyses in spreadsheets."],
  ["Presentation skills", "Presents findings and proposals clearly to audiences of any seniority."],
  ["Written communication", "Writes clear, concise documents that others can act on."],
  ["Data analysis", "Analyzes data, identifies patterns, and proposes solutions; becomes advanced and essential at mid-level and above."],
  ["Cross-functional communication", "Manages stakeholder relationships and communicates across functions independently."],
  ["Problem solving", "Breaks problems down, tests hypotheses, and lands on practical fixes."],
];

/** How the same skill is spelled on other pages: crawls see case and spelling drift. */
export const SKILL_VARIANTS: Record<string, string[]> = {
  "Google Sheets": ["google sheets", "Google sheets"],
  "Advanced Excel/Google Sheets": ["Advanced Excel / Google Sheets", "advanced excel/google sheets"],
  "Data visualization": ["Data visualisation", "data visualization"],
  "Cross-functional communication": ["Cross functional communication", "cross-functional communication"],
  "Stakeholder management": ["Stake-holder management", "stakeholder management"],
  "Project management": ["Project Management", "project management"],
  "Data analysis": ["Data Analysis", "data analysis"],
  "Python or R programming": ["Python/R programming", "python or R programming"],
  SQL: ["sql", "Sql"],
  GitHub: ["Github", "github"],
  Salesforce: ["SalesForce", "salesforce"],
  HubSpot: ["Hubspot"],
  Jira: ["JIRA", "jira"],
  "Power BI": ["PowerBI", "power bi"],
};

/** Round 1..D of a base focus adds a domain; later rounds add a prefix too. */
export const DOMAINS = [
  "Payments", "Healthcare", "Public Sector", "Retail", "Logistics", "Insurance", "Banking", "Telecom", "Energy", "Media",
  "Education", "Travel", "Gaming", "Automotive", "Manufacturing", "Real Estate", "Hospitality", "Pharma", "Agriculture", "Nonprofit",
  "Marketplaces", "Subscriptions", "Advertising", "Cybersecurity", "Biotech", "Construction", "Food & Beverage", "Aerospace", "Mining", "Fashion",
  "Sports", "Legal Tech", "Climate", "Mobility", "Consumer Apps", "Small Business", "Mid-Market", "Chemicals", "Utilities", "Defense",
];
export const PREFIXES = ["Enterprise", "Regional", "Strategic", "Applied", "Digital", "Consumer", "Industrial", "Federal", "Emerging", "Frontier", "Integrated", "Specialist"];

/** Aliases by level; {r} is the role ("Payments Backend Engineer"), {a} the area ("Backend Engineering"). */
export const ALIAS_PATTERNS: Record<string, string[]> = {
  P1: ["Junior {r}", "Associate {r}", "{r} Intern", "Entry-Level {r}"],
  P2: ["{r} I", "{r}", "Developing {r}"],
  P3: ["{r} II", "Intermediate {r}", "Mid-Level {r}"],
  P4: ["Senior {r}", "{r} III", "Senior {r} (IC4)"],
  P5: ["Staff {r}", "Lead {r}", "Principal {r}"],
  P6: ["Distinguished {r}", "{r} Fellow", "Chief {r}"],
  M1: ["Team Lead, {a}", "{a} Supervisor", "{a} Team Lead"],
  M2: ["{a} Manager", "Manager, {a}", "People Manager, {a}"],
  M3: ["Senior Manager, {a}", "Senior {a} Manager", "Group Manager, {a}"],
  M4: ["Director of {a}", "{a} Director", "Head of {a}"],
  M5: ["VP of {a}", "Vice President, {a}", "Chief {a} Officer"],
};

export const QUALITY_DIMENSIONS = ["Level differentiation", "Focus specificity", "Concreteness", "Factual accuracy", "Real-world coverage"];
