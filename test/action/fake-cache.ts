// A real HTTP server speaking the Actions cache service protocol (v1, `_apis/artifactcache`, which
// @actions/cache uses outside github.com and with ACTIONS_CACHE_URL): look up by key and version,
// download, reserve, upload in chunks, commit. `failing` answers 500 to everything (a broken service).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

interface Entry {
  key: string;
  version: string;
  chunks: { start: number; data: Buffer }[];
  size?: number;
  committed: boolean;
}

export class FakeActionsCache {
  private server: Server | undefined;
  private entries: Entry[] = [];
  readonly requests: string[] = [];
  url = '';

  constructor(private readonly opts: { failing?: boolean } = {}) {}

  /** Committed entries' keys. */
  keys(): string[] {
    return this.entries.filter((e) => e.committed).map((e) => e.key);
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }

  /** The environment that points @actions/cache at this server. */
  env(): Record<string, string> {
    return { ACTIONS_CACHE_URL: this.url, ACTIONS_RUNTIME_TOKEN: 'fake-runtime-token' };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await new Promise<Buffer>((r) => {
      const parts: Buffer[] = [];
      req.on('data', (c) => parts.push(c));
      req.on('end', () => r(Buffer.concat(parts)));
    });
    const url = new URL(req.url ?? '/', this.url);
    this.requests.push(`${req.method} ${url.pathname}`);
    const json = (status: number, value?: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(value === undefined ? undefined : JSON.stringify(value));
    };
    if (this.opts.failing) return json(500, { message: 'the cache service is down' });
    const api = '/_apis/artifactcache/';
    if (req.method === 'GET' && url.pathname === `${api}cache`) {
      const keys = (url.searchParams.get('keys') ?? '').split(',');
      const version = url.searchParams.get('version');
      const hit = this.entries.find((e) => e.committed && e.version === version && keys.includes(e.key));
      if (!hit) return json(204);
      return json(200, { cacheKey: hit.key, scope: 'refs/heads/main', archiveLocation: `${this.url}download/${this.entries.indexOf(hit)}` });
    }
    if (req.method === 'GET' && url.pathname === `${api}caches`) return json(200, { totalCount: 0, artifactCaches: [] });
    if (req.method === 'GET' && url.pathname.startsWith('/download/')) {
      const e = this.entries[Number(url.pathname.split('/').pop())];
      if (!e?.committed) return json(404);
      const data = Buffer.concat(e.chunks.sort((a, b) => a.start - b.start).map((c) => c.data));
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(data.length) });
      return void res.end(data);
    }
    if (req.method === 'POST' && url.pathname === `${api}caches`) {
      const { key, version } = JSON.parse(body.toString('utf8')) as { key: string; version: string };
      if (this.entries.some((e) => e.key === key && e.version === version)) return json(409, { message: `cache entry ${key} already exists` });
      this.entries.push({ key, version, chunks: [], committed: false });
      return json(201, { cacheId: this.entries.length }); // ids start at 1: @actions/cache treats 0 as none
    }
    const id = /^\/_apis\/artifactcache\/caches\/(\d+)$/.exec(url.pathname)?.[1];
    const e = id !== undefined ? this.entries[Number(id) - 1] : undefined;
    if (e && req.method === 'PATCH') {
      const start = Number(/bytes (\d+)-/.exec(String(req.headers['content-range']))?.[1] ?? 0);
      e.chunks.push({ start, data: body });
      return json(204);
    }
    if (e && req.method === 'POST') {
      e.size = (JSON.parse(body.toString('utf8')) as { size: number }).size;
      e.committed = e.chunks.reduce((n, c) => n + c.data.length, 0) === e.size;
      return json(e.committed ? 204 : 400);
    }
    json(404);
  }
}
