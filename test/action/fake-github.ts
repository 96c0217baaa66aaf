// A fake GitHub REST API as a real HTTP server: the bundled action's real Octokit talks to it over
// TCP, so pagination (Link headers), status codes and request bodies are exercised for real.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
  performed_via_github_app?: { slug: string } | null;
}

/** What happens to the next comment create: a status instead of 201, after a delay, stored or not. */
export interface CreateFault {
  status?: number;
  delayMs?: number;
  /** Whether GitHub stored the comment despite the failed answer. */
  stored: boolean;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body?: any;
}

export interface FakeOptions {
  owner: string;
  repo: string;
  pulls: Record<number, any>;
  files: Record<number, { filename: string; status: string; previous_filename?: string }[]>;
  comments?: Record<number, FakeComment[]>;
  /** The token's user (a personal token); undefined = an installation token (GET /user → 403). */
  userLogin?: string;
  /** For an installation token: the app it belongs to (default github-actions, i.e. GITHUB_TOKEN); posts as <slug>[bot]. */
  appSlug?: string;
  /** Faults for the next comment creates, in order. */
  createFaults?: CreateFault[];
  /** Fork PR token: writes (comments, statuses) answer 403. */
  readOnly?: boolean;
  /** Page size the server uses regardless of per_page, to force pagination in tests. */
  pageSize?: number;
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly comments: Record<number, FakeComment[]>;
  readonly statuses: { sha: string; body: any }[] = [];
  private server: Server;
  private nextId = 1000;
  url = '';

  constructor(private readonly opts: FakeOptions) {
    this.comments = opts.comments ?? {};
    this.server = createServer((req, res) => {
      let raw = '';
      req.on('data', (c) => (raw += c));
      req.on('end', () => {
        try {
          this.handle(req, res, raw);
        } catch (e) {
          this.send(res, 500, { message: String(e) });
        }
      });
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  /** Who the token posts as. */
  author(): { login: string; type: string; app: { slug: string } | null } {
    if (this.opts.userLogin) return { login: this.opts.userLogin, type: 'User', app: null };
    const slug = this.opts.appSlug ?? 'github-actions';
    return { login: `${slug}[bot]`, type: 'Bot', app: { slug } };
  }

  /** Requests other than reads, in order: what the action changed. */
  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql'); // a GraphQL query reads
  }

  private send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  }

  private page<T>(req: IncomingMessage, res: ServerResponse, all: T[], pathname: string, query: Record<string, string>) {
    const per = Math.min(this.opts.pageSize ?? 100, Number(query.per_page ?? 30));
    const page = Number(query.page ?? 1);
    const last = Math.max(1, Math.ceil(all.length / per));
    const link = (p: number) => `<${this.url}${pathname}?per_page=${query.per_page ?? per}&page=${p}>`;
    const links: string[] = [];
    if (page < last) links.push(`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`);
    if (page > 1) links.push(`${link(1)}; rel="first"`, `${link(page - 1)}; rel="prev"`);
    this.send(res, 200, all.slice((page - 1) * per, page * per), links.length ? { link: links.join(', ') } : {});
    void req;
  }

  private handle(req: IncomingMessage, res: ServerResponse, raw: string) {
    const u = new URL(req.url ?? '/', 'http://x');
    const query = Object.fromEntries(u.searchParams);
    const body = raw ? JSON.parse(raw) : undefined;
    const method = req.method ?? 'GET';
    this.requests.push({ method, path: u.pathname, query, ...(body !== undefined ? { body } : {}) });
    const { owner, repo } = this.opts;
    const base = `/repos/${owner}/${repo}`;
    const p = u.pathname;
    const notFound = () => this.send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    const forbidden = () =>
      this.send(res, 403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' });
    let m: RegExpExecArray | null;

    if (method === 'GET' && p === '/user') {
      if (!this.opts.userLogin) return forbidden();
      return this.send(res, 200, { login: this.opts.userLogin, type: 'User' });
    }
    if (method === 'POST' && p === '/graphql') {
      // GraphQL's viewer answers for personal and installation tokens alike.
      if (!/viewer\s*\{\s*login/.test(String(body?.query))) return this.send(res, 200, { errors: [{ message: 'unsupported query in the fake' }] });
      return this.send(res, 200, { data: { viewer: { login: this.author().login } } });
    }
    if (!p.startsWith(base + '/')) return notFound();
    const rest = p.slice(base.length);

    if (method === 'GET' && (m = /^\/pulls\/(\d+)$/.exec(rest))) {
      const pr = this.opts.pulls[Number(m[1])];
      return pr ? this.send(res, 200, pr) : notFound();
    }
    if (method === 'GET' && (m = /^\/pulls\/(\d+)\/files$/.exec(rest))) {
      const files = this.opts.files[Number(m[1])];
      return files ? this.page(req, res, files, p, query) : notFound();
    }
    if ((m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const n = Number(m[1]);
      if (!this.opts.pulls[n]) return notFound();
      const list = (this.comments[n] ??= []);
      if (method === 'GET') return this.page(req, res, list, p, query);
      if (method === 'POST') {
        if (this.opts.readOnly) return forbidden();
        if (typeof body?.body !== 'string' || body.body.length > 65_536) {
          return this.send(res, 422, { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }] });
        }
        const who = this.author();
        const c: FakeComment = { id: this.nextId++, body: body.body, user: { login: who.login, type: who.type }, performed_via_github_app: who.app };
        const fault = this.opts.createFaults?.shift();
        if (!fault || fault.stored) list.push(c);
        const answer = () =>
          fault?.status
            ? this.send(res, fault.status, { message: 'Server Error' })
            : this.send(res, 201, { ...c, html_url: `https://github.example/${owner}/${repo}/pull/${n}#issuecomment-${c.id}` });
        if (fault?.delayMs) setTimeout(answer, fault.delayMs);
        else answer();
        return;
      }
    }
    if (method === 'PATCH' && (m = /^\/issues\/comments\/(\d+)$/.exec(rest))) {
      if (this.opts.readOnly) return forbidden();
      const id = Number(m[1]);
      const c = Object.values(this.comments).flat().find((x) => x.id === id);
      if (!c) return notFound();
      if (typeof body?.body !== 'string' || body.body.length > 65_536) return this.send(res, 422, { message: 'Validation Failed' });
      c.body = body.body;
      return this.send(res, 200, { ...c, html_url: `https://github.example/${owner}/${repo}/issues/comments/${c.id}` });
    }
    if (method === 'POST' && (m = /^\/statuses\/([0-9a-f]{40})$/.exec(rest))) {
      if (this.opts.readOnly) return forbidden();
      this.statuses.push({ sha: m[1]!, body });
      return this.send(res, 201, { id: this.nextId++, state: body?.state, context: body?.context });
    }
    return notFound();
  }
}
