// Our own documentation strings and identifiers, quoted for DDL such as COMMENT ON, which takes
// no parameters. Values from pages never pass through here: they are appended, not spliced.
export const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`;
export const sqlIdentifier = (s: string) => `"${s.replaceAll('"', '""')}"`;
