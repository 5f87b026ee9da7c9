// The one place the run order of the transform models and the data checks is written down.
// Each id is a file under transform/ without ".sql"; tests/transform/run-order.test.ts proves
// every .sql file is listed here exactly once. A model may read raw.* and any model above it.
export const MODELS: string[] = [
  // core: which file stands for which profile version, then the entities read from those files
  "core/record_hashes",
  "core/profile_files",
  "core/profile_versions",
  "core/fx_rates",
  "core/levels",
  "core/responsibilities",
  "core/rubric",
  "core/level_definition",
  "core/title_aliases",
  "core/quality_scores",
  "core/skills",
  "core/classifications",
  "core/published_adjacency",
  "core/profile_quality",
  "core/profile_pay",
  "core/profiles",
  "core/dim_skills",
  // distances (issue 5): the structural distance model, nearest roles, content similarity and the
  // check of the published adjacency; it reads only core and its own models, so it sits here
  "core/role_distance_model",
  "core/role_level_distances",
  "core/role_skill_weights",
  "marts/role_neighbours",
  "marts/adjacency_validation",
  "marts/role_similarity_comparison",
  "meta/distance_fit",
  "meta/distance_validation",
  // end of distances
  // marts: aggregated for the dashboards
  "marts/pay_by_level",
  "marts/pay_by_grade",
  "marts/coverage",
  "marts/coverage_by_function",
  "marts/quality_summary",
  "marts/skill_usage",
  "marts/occupation_groups",
  // reports (issue 6): aggregates the dashboards need that no mart had; they read core and the
  // marts above, and are read by the loaders in reports/data/
  "marts/report_overview",
  "marts/report_pay_peers",
  "marts/report_pay_summary",
  "marts/report_status_mix",
  "marts/report_coverage_focuses",
  "marts/report_quality_scores",
  "marts/report_quality_failures",
  "marts/report_provenance",
  "marts/report_confidence_quality",
  "marts/report_skill_pay",
  "marts/report_rejects_by_kind",
  // end of reports
  // meta: about the run; the data dictionary last, so it sees every table
  "meta/rejected_inputs",
  "meta/run_summary",
  "meta/data_dictionary",
];

// Errors first (an error-severity failure stops the publish), then warnings.
export const CHECKS: string[] = [
  "checks/profiles_key_unique",
  "checks/core_keys_unique",
  "checks/profiles_not_null",
  "checks/accepted_values",
  "checks/profile_ids_well_formed",
  "checks/core_relationships",
  "checks/fx_rates_complete",
  "checks/pay_range_ordered",
  "checks/years_range_ordered",
  "checks/values_in_range",
  "checks/own_level_present",
  "checks/pay_rises_with_level",
  "checks/title_alias_shared",
  "checks/adjacency_targets_valid",
  "checks/version_content_conflict",
  "checks/soc_codes_valid",
  "checks/level_equivalence_complete",
  "checks/skill_synonyms_valid",
  "checks/skill_kind_consistent",
  // distances (issue 5)
  "checks/adjacency_band_agreement",
];
