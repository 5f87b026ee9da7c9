// Default locations, relative to the repository: the sample that ships, and the warehouse file.
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
export const DEFAULT_INPUT = `${root}data/sample`;
export const DEFAULT_DB = `${root}out/canon.duckdb`;
