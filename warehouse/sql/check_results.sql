create schema if not exists meta;
create table if not exists meta.check_results (
  run_id varchar not null,
  check_name varchar not null,
  description varchar not null,
  severity varchar not null,
  failing_rows bigint not null,
  sample_json json,
  ms double not null,
  passed boolean not null
);
comment on table meta.check_results is 'One row per data check per run: the checks in transform/checks/, each a query returning the rows that fail it. A failed error-severity check stops the publish.';
comment on column meta.check_results.run_id is 'Run that ran the check.';
comment on column meta.check_results.check_name is 'Check name: its file under transform/checks/.';
comment on column meta.check_results.description is 'What the check asserts (its -- check: line).';
comment on column meta.check_results.severity is 'error (stops the publish) or warning.';
comment on column meta.check_results.failing_rows is 'Rows the check query returned; 0 is a pass.';
comment on column meta.check_results.sample_json is 'Up to 5 failing rows, as JSON.';
comment on column meta.check_results.ms is 'Milliseconds the check took.';
comment on column meta.check_results.passed is 'failing_rows = 0.';
