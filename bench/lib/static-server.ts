import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
};

// The pages run under the strict CSP the product promises to support, so a bench
// page that needed inline script or eval would fail loudly rather than pass quietly.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' ws://127.0.0.1:*; " +
  "require-trusted-types-for 'script'";

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves files from `mounts` (URL prefix to directory) on 127.0.0.1 only,
 * e.g. { '/pages/': 'bench/pages', '/dist/': 'dist' }.
 */
export async function startStaticServer(mounts: Record<string, string>): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = resolveFile(mounts, path);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      'content-security-policy': CSP,
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function resolveFile(mounts: Record<string, string>, path: string): string | null {
  for (const [prefix, dir] of Object.entries(mounts)) {
    if (!path.startsWith(prefix)) continue;
    const root = normalize(dir);
    const file = normalize(join(root, path.slice(prefix.length)));
    // No escaping the mount with `..`.
    if (!file.startsWith(root + sep) && file !== root) return null;
    return existsSync(file) && statSync(file).isFile() ? file : null;
  }
  return null;
}
