-- The pipeline's own records, created in every build; their rows are carried over from the
-- previously published warehouse so that each keeps the history of all runs.
create schema if not exists meta;

create table meta.runs (
  run_id varchar not null primary key,
  started_at timestamptz not null,
  finished_at timestamptz not null,
  status varchar not null,
  message varchar not null,
  input_dir varchar not null,
  inputs_seen integer not null,
  inputs_parsed integer not null,
  inputs_unchanged integer not null,
  inputs_rejected integer not null,
  profiles integer not null,
  error_checks_failed integer not null,
  warning_checks_failed integer not null,
  rows_per_table json not null,
  stage_ms json not null,
  code_version varchar not null,
  parser_version varchar not null,
  duckdb_version varchar not null,
  node_version varchar not null,
  reporting_currency varchar not null,
  peak_rss_mb integer
);
comment on table meta.runs is 'One row per pipeline run that published a warehouse, this one last: what it read, what it made and how long each stage took.';
comment on column meta.runs.run_id is 'Run id (run-<UTC start>-<random>); core.profiles.run_id names the run that built it.';
comment on column meta.runs.started_at is 'When the run started (UTC).';
comment on column meta.runs.finished_at is 'When the run finished building, just before publishing (UTC).';
comment on column meta.runs.status is 'published (a run that did not publish is not in the published warehouse; see its .failed file).';
comment on column meta.runs.message is 'The run''s closing line, as printed.';
comment on column meta.runs.input_dir is 'Folder of pages the run read.';
comment on column meta.runs.inputs_seen is 'Files found in the input folder.';
comment on column meta.runs.inputs_parsed is 'Files parsed in this run (new or changed).';
comment on column meta.runs.inputs_unchanged is 'Files unchanged since the previous run, reused without parsing.';
comment on column meta.runs.inputs_rejected is 'Files that are not whole profile pages (see meta.rejected_inputs).';
comment on column meta.runs.profiles is 'Rows in core.profiles.';
comment on column meta.runs.error_checks_failed is 'Error-severity data checks that failed (0 for a published run).';
comment on column meta.runs.warning_checks_failed is 'Warning-severity data checks that failed.';
comment on column meta.runs.rows_per_table is 'JSON object: row count of every raw, core, marts and meta table.';
comment on column meta.runs.stage_ms is 'JSON object: milliseconds per stage (list, plan, parse, load, transform, checks, changes).';
comment on column meta.runs.code_version is 'Package version and git commit of the pipeline code.';
comment on column meta.runs.parser_version is 'Hash of the ingest sources; a new one re-parses every file.';
comment on column meta.runs.duckdb_version is 'DuckDB library version.';
comment on column meta.runs.node_version is 'Node.js version.';
comment on column meta.runs.reporting_currency is 'Currency of the *_reporting pay columns.';
comment on column meta.runs.peak_rss_mb is 'Peak resident memory of the pipeline process (parse workers included) up to the end of the build, in MiB.';

create table meta.file_state (
  source_path varchar not null primary key,
  size_bytes bigint not null,
  mtime_ms double not null,
  content_hash varchar not null,
  parser_version varchar not null,
  outcome varchar not null,
  parsed_run_id varchar not null
);
comment on table meta.file_state is 'One row per input file of the last run: the incremental cache''s key. A file whose size and mtime (or bytes) match is not parsed again.';
comment on column meta.file_state.source_path is 'File path relative to the input folder.';
comment on column meta.file_state.size_bytes is 'File size in bytes when last seen.';
comment on column meta.file_state.mtime_ms is 'File modification time (ms since epoch) when last seen.';
comment on column meta.file_state.content_hash is 'SHA-256 of the file''s bytes (empty when it could not be read).';
comment on column meta.file_state.parser_version is 'Parser version that read it.';
comment on column meta.file_state.outcome is 'parsed or rejected.';
comment on column meta.file_state.parsed_run_id is 'Run that last parsed the file.';

create table meta.profile_changes (
  run_id varchar not null,
  profile_id varchar not null,
  change varchar not null,
  old_version_number integer,
  new_version_number integer,
  currency varchar,
  old_pay_median integer,
  new_pay_median integer,
  old_pay_min integer,
  new_pay_min integer,
  old_pay_max integer,
  new_pay_max integer,
  pay_median_change_pct double
);
comment on table meta.profile_changes is 'One row per profile that changed in a run, against the warehouse published before it: added, removed, re_versioned or pay_changed.';
comment on column meta.profile_changes.run_id is 'Run that recorded the change.';
comment on column meta.profile_changes.profile_id is 'Profile that changed.';
comment on column meta.profile_changes.change is 'added, removed, re_versioned (its current version number moved) or pay_changed (same version, other pay figures).';
comment on column meta.profile_changes.old_version_number is 'Current version before the run; null when added.';
comment on column meta.profile_changes.new_version_number is 'Current version after the run; null when removed.';
comment on column meta.profile_changes.currency is 'Currency of the pay figures (the new one when it changed).';
comment on column meta.profile_changes.old_pay_median is 'Pay median before, whole currency units.';
comment on column meta.profile_changes.new_pay_median is 'Pay median after, whole currency units.';
comment on column meta.profile_changes.old_pay_min is 'Pay range low end before.';
comment on column meta.profile_changes.new_pay_min is 'Pay range low end after.';
comment on column meta.profile_changes.old_pay_max is 'Pay range high end before.';
comment on column meta.profile_changes.new_pay_max is 'Pay range high end after.';
comment on column meta.profile_changes.pay_median_change_pct is 'Change of the median in percent of the old one (same currency only).';
