// A small static server for the built site (dist/): what `npm run reports:preview` runs and what
// the browser tests load. It answers Range requests, as any static host does (the ranged data
// files depend on them), maps Framework's clean URLs (/pay → pay.html) and listens on 127.0.0.1 only.
//
//   npm run reports:preview -- [--dir dist] [--port 3000]
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".jsonl": "application/jsonl",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

export interface Served {
  url: string;
  close(): Promise<void>;
}

export function serveDirectory(dir: string, options: { port?: number; host?: string } = {}): Promise<Served> {
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = findFile(root, path);
    if (!file || (req.method !== "GET" && req.method !== "HEAD")) {
      res.writeHead(file ? 405 : 404, { "content-type": "text/plain" }).end(file ? "method not allowed" : "not found");
      return;
    }
    const size = statSync(file).size;
    const headers: Record<string, string | number> = { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "accept-ranges": "bytes", "cache-control": "no-cache" };
    const range = parseRange(req.headers.range, size);
    if (range === "invalid") {
      res.writeHead(416, { "content-range": `bytes */${size}` }).end();
      return;
    }
    const [start, end] = range ?? [0, size - 1];
    if (range) headers["content-range"] = `bytes ${start}-${end}/${size}`;
    headers["content-length"] = Math.max(0, end - start + 1);
    res.writeHead(range ? 206 : 200, headers);
    if (req.method === "HEAD" || size === 0) res.end();
    else createReadStream(file, { start, end }).pipe(res);
  });
  return new Promise((resolveServed, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolveServed({
        url: `http://${options.host ?? "127.0.0.1"}:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

// /pay → pay.html, / → index.html, /notebooks/ → notebooks/index.html; nothing outside root.
function findFile(root: string, path: string): string | undefined {
  const base = normalize(join(root, path));
  if (!base.startsWith(root)) return undefined;
  for (const candidate of [base, `${base}.html`, join(base, "index.html")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

function parseRange(header: string | undefined, size: number): [number, number] | "invalid" | undefined {
  const m = header?.match(/^bytes=(\d*)-(\d*)$/);
  if (!m) return undefined;
  const [, a = "", b = ""] = m;
  if (a === "" && b === "") return "invalid";
  const start = a === "" ? Math.max(0, size - Number(b)) : Number(a);
  const end = a === "" || b === "" ? size - 1 : Math.min(Number(b), size - 1);
  return start > end || start >= size ? "invalid" : [start, end];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: string) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
  };
  const dir = option("--dir", fileURLToPath(new URL("../dist", import.meta.url)));
  if (!existsSync(join(dir, "index.html"))) {
    process.stderr.write(`reports:preview: ${dir} has no built site; run \`npm run reports:build\` first\n`);
    process.exit(2);
  }
  const served = await serveDirectory(dir, { port: Number(option("--port", "3000")) });
  process.stdout.write(`reports:preview: serving ${dir} at ${served.url}/\n`);
}
