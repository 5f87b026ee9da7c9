// The taxonomy's fixed vocabulary: twelve functions, each with its base focuses, the topics its
// rubric talks about, and its skill and tool pools. Everything here is page text, so it obeys the
// page's rules: one line, no " · ", no blank lines, and rubric topics free of "word.Word" seams.

export interface FocusSeed {
  name: string;
  /** Letters of the focus code after the function code: ENGINR + BACK + 0042. */
  abbr: string;
  /** The person in the role, for aliases and rubric text: "Backend Engineer". */
  role: string;
  /** O*NET / SOC code of the occupation. */
  soc: string;
  /** What the focus works on, completing "Designs, delivers, and improves …". */
  what: string;
  /** Things a responsibility acts on. */
  objects: string[];
  skills: [name: string, description: string][];
  tools: string[];
}

export interface FunctionSeed {
  code: string;
  name: string;
  description: string;
  /** Median pay at P3 in USD for the americas; the pay model scales it. */
  basePay: number;
  topics: string[];
  skills: [name: string, description: string][];
  tools: string[];
  focuses: FocusSeed[];
}

const focus = (name: string, abbr: string, role: string, soc: string, what: string, objects: string[], skills: FocusSeed["skills"], tools: string[]): FocusSeed =>
  ({ name, abbr, role, soc, what, objects, skills, tools });

export const FUNCTIONS: FunctionSeed[] = [
  {
    code: "SALESS", name: "Sales Support / Operations", basePay: 82000,
    description: "Designs, operates, and optimizes the systems, data, processes, and analytics that enable a sales organization to execute and scale — distinct from Account Management (which owns customer revenue relationships) and Sales Engineering (which owns technical pre-sales). This focus owns CRM administration and data hygiene, sales reporting and forecasting, process design (Quote-to-Cash, Deal Desk), territory/quota planning, sales tool stack selection, and Go-To-Market operationalization.",
    topics: ["CRM administration", "pipeline reporting", "forecasting methods", "Quote-to-Cash", "territory planning", "sales tool stacks"],
    skills: [["Sales forecasting", "Improves forecasting accuracy and leads pipeline and forecast processes."], ["CRM administration", "Performs foundational administration of CRM systems including data hygiene and governance."], ["Process mapping", "Designs, implements, and optimizes sales processes; essential at mid-level and above."], ["Pipeline management", "Tracks pipeline health and flags risks to sales leadership early."]],
    tools: ["Salesforce", "Clari", "HubSpot", "Gong", "Outreach"],
    focuses: [
      focus("Revenue Operations", "REVO", "Revenue Operations Analyst", "13-1161.00", "the shared revenue engine across marketing, sales, and customer success", ["revenue dashboards", "lead-to-cash handoffs", "pipeline definitions", "GTM planning cycles"], [["Revenue modeling", "Builds bookings and revenue models that tie marketing, sales, and success metrics together."], ["Funnel analytics", "Measures conversion across the funnel and explains where deals stall."]], ["Looker", "Salesforce"]),
      focus("Deal Desk", "DEAL", "Deal Desk Analyst", "43-4051", "non-standard deal structuring, pricing approvals, and contract review", ["deal approvals", "pricing exceptions", "order forms", "discount policies"], [["Deal structuring", "Shapes non-standard deals so they close within pricing and legal guardrails."], ["Contract review", "Reads order forms and contracts for terms that need approval."]], ["DocuSign", "Salesforce CPQ"]),
      focus("Sales Analytics", "ANLY", "Sales Analyst", "13-1161.00", "sales performance reporting, attainment analysis, and forecast insight", ["attainment reports", "forecast models", "win-loss analyses", "rep scorecards"], [["Data visualization", "Builds dashboards and reports using BI tools such as Tableau, CRM Analytics, or Power BI."], ["SQL", "Queries and analyzes sales data from warehouses and CRM extracts; a key technical skill for operations analysts."]], ["Tableau", "Power BI"]),
      focus("Sales Enablement", "ENAB", "Sales Enablement Specialist", "13-1151.00", "onboarding, training, and content that make sellers productive", ["onboarding curricula", "playbooks", "certification programs", "enablement content"], [["Instructional design", "Designs learning paths and certifications that shorten seller ramp time."], ["Playbook writing", "Turns winning sales motions into repeatable, concise playbooks."]], ["Highspot", "Seismic"]),
      focus("Territory & Quota Planning", "TERR", "Sales Planning Analyst", "13-1111.00", "territory design, quota setting, and capacity planning", ["territory maps", "quota models", "capacity plans", "coverage rules"], [["Quota modeling", "Builds quota and capacity models that balance fairness and growth targets."], ["Territory design", "Carves accounts into balanced territories using potential and workload."]], ["Anaplan", "Excel"]),
    ],
  },
  {
    code: "ENGINR", name: "Software Engineering", basePay: 118000,
    description: "Builds and runs the software the company sells and depends on — from customer-facing applications to the services, data systems, and infrastructure behind them — with ownership of quality, reliability, and security throughout the delivery lifecycle.",
    topics: ["software design", "code review practice", "testing strategy", "service architecture", "observability", "delivery pipelines"],
    skills: [["Software design", "Structures code and services so they stay easy to change as requirements move."], ["Code review", "Reviews changes for correctness, clarity, and risk, and gives actionable feedback."], ["Automated testing", "Writes unit, integration, and end-to-end tests that catch regressions early."], ["Debugging", "Finds root causes in unfamiliar code and production systems methodically."], ["CI/CD", "Maintains build and deployment pipelines that ship small changes safely and often."]],
    tools: ["GitHub", "Jira", "Docker", "Kubernetes", "Datadog", "Terraform"],
    focuses: [
      focus("Backend Engineering", "BACK", "Backend Engineer", "15-1252.00", "server-side services, APIs, and data models", ["services", "public APIs", "data models", "service integrations"], [["API design", "Designs versioned, well-documented APIs that other teams can build on."], ["Distributed systems", "Reasons about consistency, failure, and latency across networked services."]], ["PostgreSQL", "Kafka", "Go"]),
      focus("Frontend Engineering", "FRNT", "Frontend Engineer", "15-1254.00", "web applications and the component libraries behind them", ["web features", "UI components", "client-side state", "page performance budgets"], [["Accessibility", "Builds interfaces that meet WCAG guidelines and work with assistive technology."], ["JavaScript", "Writes idiomatic, typed JavaScript for browser applications."]], ["React", "TypeScript", "Storybook"]),
      focus("Mobile Engineering", "MOBL", "Mobile Engineer", "15-1252.00", "native and cross-platform mobile applications", ["mobile features", "app releases", "offline sync", "crash reports"], [["Mobile architecture", "Structures apps for testability, offline use, and fast startup."], ["App store release", "Ships builds through app store review with staged rollouts."]], ["Swift", "Kotlin", "Firebase"]),
      focus("Site Reliability Engineering", "SREL", "Site Reliability Engineer", "15-1244.00", "production reliability, capacity, and incident response", ["service level objectives", "on-call rotations", "capacity plans", "incident reviews"], [["Incident management", "Leads incident response calmly and writes blameless post-incident reviews."], ["Capacity planning", "Forecasts load and provisions headroom before it is needed."]], ["Prometheus", "PagerDuty", "Terraform"]),
      focus("Data Engineering", "DATA", "Data Engineer", "15-1243.00", "data pipelines, warehouses, and the contracts between them", ["batch pipelines", "streaming jobs", "warehouse tables", "data contracts"], [["Data modeling", "Models warehouse tables with clear grain, keys, and documentation."], ["SQL", "Writes efficient, readable SQL for transformations and analysis."]], ["Airflow", "dbt", "Spark"]),
      focus("Security Engineering", "SECU", "Security Engineer", "15-1212.00", "application and infrastructure security controls", ["threat models", "security reviews", "vulnerability fixes", "access controls"], [["Threat modeling", "Identifies attack paths early and proposes proportionate mitigations."], ["Secure coding", "Spots and fixes injection, authentication, and secrets-handling flaws."]], ["Burp Suite", "Snyk", "Vault"]),
      focus("QA & Test Automation", "QATA", "QA Engineer", "15-1253.00", "test strategy, automation frameworks, and release quality", ["test suites", "automation frameworks", "release checklists", "defect triage"], [["Test automation", "Builds reliable automated suites that run on every change."], ["Exploratory testing", "Finds defects that scripted tests miss through structured exploration."]], ["Playwright", "Cypress", "TestRail"]),
    ],
  },
  {
    code: "FINANC", name: "Finance", basePay: 92000,
    description: "Plans, records, and safeguards the company's money — budgeting and forecasting, accounting and close, treasury and tax — and gives leadership the numbers and analysis it needs to make decisions.",
    topics: ["financial modeling", "close processes", "accounting standards", "variance analysis", "cash management", "internal controls"],
    skills: [["Financial modeling", "Builds driver-based models that leadership can use to test scenarios."], ["Advanced Excel/Google Sheets", "Uses spreadsheet proficiency for reporting and analysis; a baseline expectation for the role."], ["Variance analysis", "Explains differences between plan and actuals in plain business terms."], ["Internal controls", "Designs and tests controls that keep financial reporting reliable."]],
    tools: ["NetSuite", "SAP", "Excel", "Adaptive Planning", "Power BI"],
    focuses: [
      focus("Financial Planning & Analysis", "FPNA", "FP&A Analyst", "13-2051.00", "budgets, forecasts, and business performance analysis", ["annual budgets", "rolling forecasts", "board materials", "unit economics"], [["Forecasting", "Produces rolling forecasts and explains the drivers behind each change."], ["Business partnering", "Works with budget owners to turn plans into numbers and numbers into actions."]], ["Anaplan", "Adaptive Planning"]),
      focus("Accounting", "ACCT", "Accountant", "13-2011.00", "the general ledger, the monthly close, and financial statements", ["journal entries", "account reconciliations", "month-end close", "audit requests"], [["GAAP", "Applies US GAAP to recognition, accruals, and disclosure questions."], ["Reconciliation", "Reconciles accounts promptly and resolves differences at the source."]], ["BlackLine", "NetSuite"]),
      focus("Treasury", "TRSY", "Treasury Analyst", "13-2099.01", "cash, liquidity, banking, and financial risk", ["cash forecasts", "bank relationships", "FX exposures", "investment policies"], [["Cash forecasting", "Forecasts cash positions daily and weekly across entities."], ["FX risk management", "Measures currency exposures and proposes hedges within policy."]], ["Kyriba", "Bloomberg"]),
      focus("Tax", "TAXX", "Tax Analyst", "13-2082.00", "direct and indirect tax compliance and planning", ["tax returns", "provision calculations", "transfer pricing files", "sales tax filings"], [["Tax compliance", "Prepares accurate filings on time across jurisdictions."], ["Tax provision", "Calculates the income tax provision and supports its audit."]], ["Avalara", "OneSource"]),
      focus("Internal Audit", "AUDT", "Internal Auditor", "13-2011.00", "independent assurance over risks and controls", ["audit plans", "control tests", "audit findings", "remediation tracking"], [["Risk assessment", "Ranks risks by likelihood and impact to focus audit effort."], ["Audit reporting", "Writes findings that are specific, evidenced, and actionable."]], ["AuditBoard", "Excel"]),
    ],
  },
  {
    code: "MARKTG", name: "Marketing", basePay: 88000,
    description: "Creates demand and builds the brand — positioning products, producing content and campaigns, and running the channels and operations that turn attention into pipeline.",
    topics: ["positioning", "campaign planning", "marketing analytics", "channel strategy", "content strategy", "brand standards"],
    skills: [["Campaign management", "Plans and runs multi-channel campaigns against clear goals."], ["Copywriting", "Writes clear, persuasive copy in the brand voice."], ["Marketing analytics", "Measures campaign performance and attributes pipeline to channels."], ["Data visualization", "Builds dashboards and reports using BI tools such as Tableau, CRM Analytics, or Power BI."]],
    tools: ["HubSpot", "Marketo", "Google Analytics", "Canva", "Salesforce"],
    focuses: [
      focus("Product Marketing", "PROD", "Product Marketing Manager", "11-2021.00", "positioning, messaging, and launches for the product line", ["launch plans", "positioning documents", "competitive battlecards", "pricing pages"], [["Positioning", "Defines who a product is for and why it wins, in words sales can reuse."], ["Competitive analysis", "Tracks competitors and turns findings into battlecards."]], ["Crayon", "Figma"]),
      focus("Content Marketing", "CONT", "Content Marketer", "27-3043.00", "editorial content that attracts and educates buyers", ["editorial calendars", "long-form guides", "customer stories", "newsletters"], [["Editorial planning", "Plans content around buyer questions and search demand."], ["Storytelling", "Turns customer outcomes into compelling narratives."]], ["WordPress", "Grammarly"]),
      focus("Demand Generation", "DMND", "Demand Generation Manager", "11-2021.00", "programs that fill the pipeline with qualified leads", ["paid campaigns", "nurture programs", "webinars", "lead scoring rules"], [["Paid media", "Runs paid search and social programs within target acquisition costs."], ["Lead nurturing", "Builds nurture journeys that move leads to sales readiness."]], ["Google Ads", "LinkedIn Campaign Manager"]),
      focus("Brand", "BRND", "Brand Manager", "11-2011.00", "the brand identity, voice, and its consistent use", ["brand guidelines", "creative briefs", "brand campaigns", "brand health studies"], [["Brand strategy", "Sets the brand's promise and keeps every touchpoint true to it."], ["Creative direction", "Briefs and reviews creative work against the brand strategy."]], ["Adobe Creative Cloud", "Frontify"]),
      focus("Marketing Operations", "MOPS", "Marketing Operations Specialist", "13-1161.00", "the marketing technology stack and its data", ["marketing automation", "lead routing", "attribution models", "campaign data"], [["Marketing automation", "Builds and maintains automation flows and their data hygiene."], ["Attribution modeling", "Designs attribution models and explains their limits."]], ["Marketo", "Zapier"]),
    ],
  },
  {
    code: "PEOPLE", name: "People / HR", basePay: 80000,
    description: "Attracts, develops, rewards, and supports the people of the company — hiring, partnering with leaders, running pay and benefits, and building the programs and data that keep the organization healthy.",
    topics: ["employment practice", "talent processes", "people data", "organization design", "reward principles", "employee relations"],
    skills: [["Employee relations", "Handles sensitive employee matters fairly, consistently, and within policy."], ["Stakeholder management", "Builds trust with leaders and manages competing expectations."], ["HR policy", "Interprets and applies people policies consistently across teams."], ["Cross-functional communication", "Manages stakeholder relationships and communicates across sales, finance, and marketing teams independently."]],
    tools: ["Workday", "Greenhouse", "Lattice", "BambooHR", "Excel"],
    focuses: [
      focus("Talent Acquisition", "TALN", "Recruiter", "13-1071.00", "hiring processes from sourcing to signed offers", ["requisitions", "candidate pipelines", "interview loops", "offer packages"], [["Sourcing", "Finds and engages passive candidates for hard-to-fill roles."], ["Interview design", "Designs structured interviews that predict performance fairly."]], ["Greenhouse", "LinkedIn Recruiter"]),
      focus("HR Business Partnering", "HRBP", "HR Business Partner", "13-1071.00", "people strategy and advice for a business unit", ["workforce plans", "performance cycles", "reorganizations", "engagement actions"], [["Organization design", "Shapes team structures and spans of control around strategy."], ["Coaching", "Coaches managers through difficult people decisions."]], ["Workday", "Culture Amp"]),
      focus("Compensation & Benefits", "COMP", "Compensation Analyst", "13-1141.00", "pay structures, benefits, and reward programs", ["salary bands", "merit cycles", "benefit plans", "equity programs"], [["Job evaluation", "Levels roles consistently against the company's job architecture."], ["Market pricing", "Prices roles against survey data and recommends pay ranges."]], ["Pave", "Radford"]),
      focus("Learning & Development", "LRND", "Learning Specialist", "13-1151.00", "learning programs that build skills and leaders", ["training programs", "leadership curricula", "learning paths", "skills assessments"], [["Instructional design", "Designs learning paths and certifications that shorten ramp time."], ["Facilitation", "Runs engaging workshops for groups of any seniority."]], ["Docebo", "Articulate 360"]),
      focus("People Analytics", "PANL", "People Analyst", "13-1111.00", "workforce data, reporting, and people research", ["headcount reports", "attrition models", "engagement surveys", "pay equity analyses"], [["Survey analysis", "Analyzes engagement surveys and separates signal from noise."], ["SQL", "Queries and joins people data from the HRIS and survey tools."]], ["Tableau", "Visier"]),
    ],
  },
  {
    code: "PRODCT", name: "Product Management", basePay: 125000,
    description: "Decides what the company builds and why — discovering customer problems, setting product strategy and roadmaps, and working with engineering and design to ship outcomes rather than features.",
    topics: ["product discovery", "roadmap planning", "prioritization frameworks", "product analytics", "go-to-market planning", "customer research"],
    skills: [["Product discovery", "Validates problems and solutions with customers before building."], ["Prioritization", "Makes trade-offs explicit and sequences work by value and effort."], ["Roadmapping", "Communicates direction and sequencing without over-promising dates."], ["Product analytics", "Defines success metrics and reads usage data to judge outcomes."]],
    tools: ["Jira", "Amplitude", "Productboard", "Figma", "Confluence"],
    focuses: [
      focus("Core Product", "CORE", "Product Manager", "11-2021.00", "the flagship product experience and its main workflows", ["core workflows", "product requirements", "release plans", "customer feedback loops"], [["Requirements writing", "Writes crisp problem statements and acceptance criteria."], ["Customer interviews", "Runs interviews that uncover real jobs to be done."]], ["Dovetail", "Miro"]),
      focus("Platform Product", "PLAT", "Platform Product Manager", "11-2021.00", "shared platform capabilities used by other product teams", ["platform APIs", "developer experience", "internal SLAs", "platform adoption"], [["Technical fluency", "Discusses architecture and APIs credibly with engineers."], ["API design", "Shapes APIs as products with clear contracts and versioning."]], ["Postman", "Backstage"]),
      focus("Growth Product", "GROW", "Growth Product Manager", "11-2021.00", "activation, conversion, and retention experiments", ["onboarding flows", "pricing experiments", "activation metrics", "retention loops"], [["Experimentation", "Designs A/B tests with sound statistics and clear decisions."], ["Funnel analytics", "Measures conversion across the funnel and explains where users drop off."]], ["Optimizely", "Amplitude"]),
      focus("Technical Product", "TECH", "Technical Product Manager", "11-3021.00", "infrastructure and data products with technical customers", ["service roadmaps", "migration plans", "reliability targets", "integration specs"], [["Systems thinking", "Sees how components interact and where changes ripple."], ["SQL", "Queries product data directly to answer questions quickly."]], ["Datadog", "Looker"]),
    ],
  },
  {
    code: "DESIGN", name: "Design", basePay: 105000,
    description: "Shapes how the product looks, reads, and works — researching users, designing flows and interfaces, and maintaining the systems that keep the experience coherent.",
    topics: ["interaction design", "visual design", "user research methods", "design systems", "content design", "accessibility standards"],
    skills: [["Interaction design", "Designs flows and states that make complex tasks feel simple."], ["Prototyping", "Builds prototypes at the right fidelity to test ideas fast."], ["Design critique", "Gives and receives critique that improves the work."], ["Accessibility", "Designs for contrast, focus order, and assistive technology from the start."]],
    tools: ["Figma", "FigJam", "Miro", "Maze", "Adobe Creative Cloud"],
    focuses: [
      focus("Product Design", "PROD", "Product Designer", "27-1021.00", "end-to-end product experiences from flows to pixels", ["user flows", "interface designs", "design specs", "usability fixes"], [["Visual design", "Applies typography, layout, and color with care and restraint."], ["User flows", "Maps user journeys and the edge cases within them."]], ["Figma", "Principle"]),
      focus("UX Research", "UXRS", "UX Researcher", "19-3022.00", "qualitative and quantitative research on users and their needs", ["research plans", "usability studies", "survey programs", "insight reports"], [["Usability testing", "Plans and moderates usability studies with clear tasks."], ["Research synthesis", "Turns raw observations into themes teams act on."]], ["Dovetail", "UserTesting"]),
      focus("Content Design", "CDSN", "Content Designer", "27-3042.00", "product words, terminology, and content patterns", ["interface copy", "terminology guides", "error messages", "content patterns"], [["UX writing", "Writes interface copy that is short, clear, and consistent."], ["Information architecture", "Organizes content so users find what they need."]], ["Figma", "Ditto"]),
      focus("Design Systems", "DSYS", "Design Systems Designer", "27-1024.00", "the shared component library and its design tokens", ["component libraries", "design tokens", "usage guidelines", "contribution processes"], [["Component design", "Designs components with complete states, variants, and documentation."], ["Design tokens", "Structures tokens so themes and platforms stay in sync."]], ["Storybook", "Figma"]),
    ],
  },
  {
    code: "DATASC", name: "Data Science & Analytics", basePay: 112000,
    description: "Turns data into decisions — measuring the business, building statistical and machine-learning models, and maintaining the trusted datasets and definitions the rest of the company relies on.",
    topics: ["statistical methods", "experiment design", "machine learning", "metric definitions", "data storytelling", "analytics tooling"],
    skills: [["Data analysis", "Analyzes business data, identifies patterns, and proposes solutions; becomes advanced and essential at mid-level and above."], ["Statistics", "Applies statistical reasoning to sampling, inference, and uncertainty."], ["Python or R programming", "Programs for advanced analytics, opening senior analyst and data-science transition paths."], ["SQL", "Queries and analyzes data from warehouses; a key technical skill for analysts."], ["Data visualization", "Builds dashboards and reports using BI tools such as Tableau, Looker, or Power BI."]],
    tools: ["Python", "Jupyter", "Snowflake", "Looker", "Tableau", "dbt"],
    focuses: [
      focus("Data Science", "DSCI", "Data Scientist", "15-2051.00", "statistical models and analyses that answer business questions", ["predictive models", "causal analyses", "experiment readouts", "forecasting models"], [["Causal inference", "Estimates effects from observational data with appropriate caution."], ["Experimentation", "Designs A/B tests with sound statistics and clear decisions."]], ["scikit-learn", "Jupyter"]),
      focus("Business Intelligence", "BINT", "BI Analyst", "15-2051.01", "dashboards, reporting, and self-serve analytics", ["executive dashboards", "KPI definitions", "self-serve datasets", "reporting requests"], [["Dashboard design", "Designs dashboards that answer a question at a glance."], ["Metric definition", "Defines metrics precisely so everyone computes them the same way."]], ["Power BI", "Tableau"]),
      focus("Machine Learning", "MLEN", "Machine Learning Engineer", "15-2051.00", "machine-learning models in production and their pipelines", ["training pipelines", "model deployments", "feature stores", "model monitoring"], [["Model deployment", "Ships models behind reliable, monitored services."], ["Feature engineering", "Builds features that are predictive, stable, and available at inference time."]], ["PyTorch", "MLflow"]),
      focus("Analytics Engineering", "AENG", "Analytics Engineer", "15-1243.00", "modeled, tested, documented datasets for analysis", ["data models", "transformation code", "data tests", "semantic layers"], [["Data modeling", "Models warehouse tables with clear grain, keys, and documentation."], ["Version control", "Manages analytics code in git with reviews and CI."]], ["dbt", "Snowflake"]),
    ],
  },
  {
    code: "CUSTSV", name: "Customer Support", basePay: 68000,
    description: "Keeps customers successful after the sale — resolving issues, onboarding and implementing, and running the support operations and knowledge that make help fast and consistent.",
    topics: ["troubleshooting methods", "support tooling", "service level management", "customer onboarding", "knowledge management", "escalation paths"],
    skills: [["Customer empathy", "Understands the customer's situation and communicates with care."], ["Troubleshooting", "Diagnoses issues methodically and reproduces them before escalating."], ["Written communication", "Writes clear, friendly replies and knowledge articles."], ["De-escalation", "Calms frustrated customers and steers conversations to resolution."]],
    tools: ["Zendesk", "Intercom", "Salesforce", "Jira", "Gainsight"],
    focuses: [
      focus("Technical Support", "TECH", "Technical Support Engineer", "15-1232.00", "diagnosis and resolution of technical customer issues", ["support tickets", "bug reports", "log investigations", "escalations"], [["Log analysis", "Reads logs and traces to locate the cause of customer issues."], ["SQL", "Queries customer data safely to confirm and explain issues."]], ["Zendesk", "Datadog"]),
      focus("Customer Success", "CSUC", "Customer Success Manager", "13-1199.00", "adoption, retention, and expansion of customer accounts", ["success plans", "business reviews", "renewal forecasts", "health scores"], [["Account planning", "Builds success plans tied to the customer's business goals."], ["Renewal management", "Forecasts renewals and addresses risk early."]], ["Gainsight", "ChurnZero"]),
      focus("Support Operations", "SOPS", "Support Operations Analyst", "43-4051", "support tooling, workflows, staffing, and metrics", ["ticket routing", "staffing models", "support dashboards", "macro libraries"], [["Workforce management", "Forecasts ticket volume and schedules staff to meet service levels."], ["Process mapping", "Designs, implements, and optimizes support workflows."]], ["Zendesk", "Assembled"]),
      focus("Implementation", "IMPL", "Implementation Consultant", "15-1211.00", "onboarding projects that take customers live", ["implementation plans", "data migrations", "configuration workbooks", "go-live checklists"], [["Project management", "Plans and runs projects to scope, time, and budget."], ["Solution configuration", "Configures the product to fit each customer's processes."]], ["Asana", "Smartsheet"]),
    ],
  },
  {
    code: "LEGALS", name: "Legal", basePay: 135000,
    description: "Protects the company and enables its business — negotiating contracts, advising on privacy, employment and regulatory matters, and building the compliance programs that keep it on the right side of the law.",
    topics: ["contract law", "regulatory frameworks", "privacy law", "legal research", "risk assessment", "negotiation practice"],
    skills: [["Legal research", "Researches statutes and case law and summarizes what matters."], ["Negotiation", "Negotiates terms that protect the company while keeping deals moving."], ["Risk assessment", "Weighs legal risk against business value and explains the trade-off."], ["Legal drafting", "Drafts precise, readable agreements and policies."]],
    tools: ["Ironclad", "DocuSign", "Westlaw", "OneTrust", "LexisNexis"],
    focuses: [
      focus("Commercial Legal", "COMM", "Commercial Counsel", "23-1011.00", "customer, vendor, and partner agreements", ["customer contracts", "vendor agreements", "contract templates", "playbook positions"], [["Contract negotiation", "Negotiates commercial terms within an agreed playbook."], ["Template design", "Maintains contract templates that reduce negotiation time."]], ["Ironclad", "DocuSign"]),
      focus("Privacy & Data Protection", "PRIV", "Privacy Counsel", "23-1011.00", "privacy compliance and data protection advice", ["privacy assessments", "data processing agreements", "privacy notices", "data subject requests"], [["GDPR", "Applies GDPR principles to product and data decisions."], ["Privacy by design", "Builds privacy requirements into products from the start."]], ["OneTrust", "TrustArc"]),
      focus("Compliance", "CMPL", "Compliance Specialist", "13-1041.00", "compliance programs, policies, and controls", ["compliance policies", "control frameworks", "training campaigns", "regulatory filings"], [["Policy writing", "Writes policies people can follow without a lawyer."], ["Regulatory monitoring", "Tracks regulatory change and assesses its impact."]], ["Navex", "Vanta"]),
      focus("Employment Law", "EMPL", "Employment Counsel", "23-1011.00", "employment law advice and workplace matters", ["employment contracts", "investigations", "policy reviews", "separation agreements"], [["Employment law", "Advises on hiring, termination, and workplace conduct under local law."], ["Investigations", "Runs fair, documented workplace investigations."]], ["Westlaw", "Ironclad"]),
    ],
  },
  {
    code: "OPERAT", name: "Operations", basePay: 78000,
    description: "Runs the physical and operational backbone of the company — sourcing and supply chain, purchasing, facilities, and the business processes that connect teams.",
    topics: ["process improvement", "supplier management", "operational metrics", "planning cycles", "cost control", "risk management"],
    skills: [["Process improvement", "Finds waste in processes and removes it with measurable results."], ["Vendor management", "Selects, contracts, and manages suppliers against clear expectations."], ["Project management", "Plans and runs projects to scope, time, and budget."], ["Advanced Excel/Google Sheets", "Uses spreadsheet proficiency for planning and analysis; a baseline expectation for the role."]],
    tools: ["SAP", "Coupa", "Excel", "Smartsheet", "Oracle NetSuite"],
    focuses: [
      focus("Supply Chain", "SUPP", "Supply Chain Analyst", "13-1081.00", "planning and flow of goods from suppliers to customers", ["demand plans", "inventory levels", "logistics providers", "supply risks"], [["Demand planning", "Forecasts demand and aligns supply plans to it."], ["Inventory optimization", "Sets inventory targets that balance service and cost."]], ["Kinaxis", "SAP"]),
      focus("Procurement", "PROC", "Procurement Specialist", "13-1023.00", "sourcing, purchasing, and supplier contracts", ["sourcing events", "purchase orders", "supplier contracts", "spend analyses"], [["Strategic sourcing", "Runs sourcing events that improve price, quality, and terms."], ["Spend analysis", "Analyzes spend to find savings and consolidation opportunities."]], ["Coupa", "Ariba"]),
      focus("Facilities", "FACL", "Facilities Coordinator", "11-3013.00", "offices, workplace services, and their vendors", ["office moves", "maintenance contracts", "space plans", "health and safety checks"], [["Space planning", "Plans office space around how teams actually work."], ["Health and safety", "Keeps the workplace compliant with health and safety rules."]], ["ServiceNow", "Robin"]),
      focus("Business Operations", "BOPS", "Business Operations Analyst", "13-1111.00", "operating cadence, planning, and cross-team processes", ["operating reviews", "planning cycles", "OKR tracking", "process documentation"], [["Operating cadence", "Runs the rhythm of planning and review meetings that keeps teams aligned."], ["Business analysis", "Breaks down business problems and recommends practical fixes."]], ["Notion", "Asana"]),
    ],
  },
  {
    code: "ITSYST", name: "IT & Systems", basePay: 90000,
    description: "Provides and secures the technology employees use every day — devices, networks, identity, and the enterprise applications that run the business.",
    topics: ["IT service management", "enterprise applications", "network design", "identity management", "endpoint security", "systems integration"],
    skills: [["IT service management", "Runs incident, request, and change processes to agreed service levels."], ["Scripting", "Automates repetitive administration with shell or PowerShell scripts."], ["Vendor management", "Selects, contracts, and manages technology vendors."], ["Troubleshooting", "Diagnoses issues methodically and reproduces them before escalating."]],
    tools: ["ServiceNow", "Okta", "Jamf", "Microsoft Intune", "Jira"],
    focuses: [
      focus("IT Support", "HELP", "IT Support Specialist", "15-1232.00", "employee devices, accounts, and day-to-day help", ["help desk tickets", "laptop fleets", "onboarding kits", "software licenses"], [["Endpoint management", "Manages laptops and mobile devices across their lifecycle."], ["Customer service", "Helps employees patiently and explains fixes in plain words."]], ["Jamf", "Zendesk"]),
      focus("Enterprise Systems", "ENTS", "Enterprise Systems Analyst", "15-1211.00", "business applications and the integrations between them", ["application configurations", "integrations", "release schedules", "access reviews"], [["Systems integration", "Connects business applications through APIs and middleware."], ["Requirements gathering", "Turns business needs into clear system requirements."]], ["Workato", "MuleSoft"]),
      focus("Network Engineering", "NETW", "Network Engineer", "15-1241.00", "office and cloud networks and their security", ["network designs", "firewall rules", "VPN access", "wireless coverage"], [["Network design", "Designs resilient networks with clear segmentation."], ["Firewall management", "Maintains firewall policies that are tight and documented."]], ["Cisco Meraki", "Palo Alto Networks"]),
      focus("Identity & Access", "IDAM", "Identity Engineer", "15-1212.00", "identity, single sign-on, and access governance", ["SSO integrations", "access policies", "provisioning flows", "access certifications"], [["Identity management", "Manages identity lifecycles from hire to exit."], ["Access governance", "Runs access reviews and enforces least privilege."]], ["Okta", "SailPoint"]),
    ],
  },
];
