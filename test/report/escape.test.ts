import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/report/assess.js';
import { cellCode, code, codeBlock, html, md, sanitize, sqlLiteral } from '../../src/report/escape.js';
import { COMMENT_MARKER, renderMarkdown } from '../../src/report/render/markdown.js';
import { renderText } from '../../src/report/render/text.js';
import { finding, input, migrationSet, objects, report } from './fixtures.js';

/** GFM as GitHub renders it, with raw HTML passed through (GitHub then sanitizes; we must not rely on that). */
function gfmHtmlOf(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

const ALLOWED_TAGS = new Set(['p', 'h2', 'h3', 'h4', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'pre', 'a', 'strong', 'em', 'details', 'summary', 'ul', 'li', 'input', 'br', 'sub', 'blockquote']);

function tags(h: string): string[] {
  return [...h.matchAll(/<\/?([a-zA-Z][\w-]*)\b[^>]*>/g)].map((m) => m[1]!.toLowerCase());
}

/** Visible text outside code: where GitHub would auto-link mentions and issue references. */
function proseText(h: string): string {
  return h
    .replace(/<pre>[\s\S]*?<\/pre>/g, ' ')
    .replace(/<code>[\s\S]*?<\/code>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

function decode(s: string): string {
  return s
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\u200B/g, '');
}

const HOSTILE_FILE = 'supabase/migrations/a|b`<img src=x onerror=alert(1)>@octocat #12.sql';
const HOSTILE_SQL = "SELECT 1;\n```\n</details>\n<script>alert(1)</script>\n````\n-- @octocat #12 \u202Egnp.exe";

function hostileReport() {
  const set = migrationSet([{ file: HOSTILE_FILE }]);
  return assess(
    input({
      set,
      findings: [
        finding({
          ruleId: 'rls-missing',
          severity: 'critical',
          category: 'security',
          file: HOSTILE_FILE,
          line: 7,
          object: 'public."we|ird\ntable"',
          title: 'RLS is not enabled on <b>x</b> | @octocat',
          message: 'Ping @org/team and fix #12 before </details> <img src=x onerror=alert(1)> ``` *bold* [x](javascript:alert(1)) \u2066hidden\u2069',
          fix: { description: 'See @octocat', sql: HOSTILE_SQL },
          evidence: { note: '</details>```' },
        }),
        finding({ ruleId: 'x|y', severity: 'medium', category: 'style', file: HOSTILE_FILE, line: 2, title: '`a` ``b`` | c', message: '#12\n- list\n# heading' }),
      ],
      suppressed: [{ ...finding({ ruleId: 'z', severity: 'low', category: 'style', file: HOSTILE_FILE }), reason: 'because @octocat | said so' }],
      migrations: [
        report({
          file: HOSTILE_FILE,
          applied: 'failed',
          error: { message: 'relation "a|b" does not exist\n</details>', line: 7, detail: '```', hint: '@octocat' },
          locks: [{ relation: 'public."we|ird"', mode: 'AccessExclusiveLock' }],
          rewrites: ['public.`x`'],
          trace: [{ line: 7, kind: 'Create|Stmt', durationMs: 1, locks: [], rewrites: [], error: { message: '<img src=x> @octocat' } }],
        }),
      ],
      objects: objects([{ kind: 'table', name: "public.o'brien|<img>" }, { kind: 'policy', name: 'public.t.@octocat can read' }]),
      probes: [{ probe: 'rls|isolation', status: 'failed', summary: '@octocat read 3 rows #12', details: ['<img src=x>'] }],
    }),
  );
}

describe('escape helpers', () => {
  it('inline code uses a fence longer than any backtick run and pads edge backticks', () => {
    expect(code('a`b')).toBe('``a`b``');
    expect(code('``x')).toBe('``` ``x ```');
    expect(code('plain')).toBe('`plain`');
    expect(gfmHtmlOf(code('a ``` b'))).toContain('<code>a ``` b</code>');
    // The longest run wins wherever it is, between surrogate pairs too.
    expect(code('`a```b``😀````😀`')).toBe('````` `a```b``😀````😀` `````');
  });

  it('code blocks use a fence longer than any run inside', () => {
    const block = codeBlock('x\n```\ny\n`````', 'sql');
    expect(block.startsWith('``````sql\n')).toBe(true);
    expect(block.endsWith('\n``````')).toBe(true);
    const h = gfmHtmlOf(`${block}\n\nafter`);
    expect(h).toContain('<p>after</p>');
    expect((h.match(/<pre>/g) ?? []).length).toBe(1);
  });

  it('prose neutralises markdown, HTML, mentions and references', () => {
    const h = gfmHtmlOf(md('# <img src=x> **b** @octocat #12 GH-3 [l](http://x) www.x.com'));
    expect(tags(h)).toEqual(['p', 'p']);
    expect(proseText(h)).not.toMatch(/@octocat|#12|GH-3|www\.x/);
    expect(decode(h)).toContain('# <img src=x> **b** @octocat #12 GH-3 [l](http://x) www.x.com');
  });

  it('html() is inert inside raw HTML', () => {
    expect(html('<b>"x"</b> @a #1')).toBe('&lt;b&gt;&quot;x&quot;&lt;/b&gt; @&#8203;a #&#8203;1');
  });

  it('table cells keep pipes and newlines inside the cell', () => {
    const row = `| ${cellCode('a|b')} | ${md('c|d\ne')} |`;
    const h = gfmHtmlOf(`| h1 | h2 |\n| --- | --- |\n${row}\n`);
    const cells = [...h.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) => decode(m[1]!));
    expect(cells).toEqual(['a|b', 'c|d e']);
  });

  it('bidi and control characters become visible replacement characters', () => {
    expect(sanitize('a\u202Eb\u2066c\x1b[31md')).toBe('a\uFFFDb\uFFFDc\uFFFD[31md');
  });

  it('SQL literals double single quotes', () => {
    expect(sqlLiteral("o'brien")).toBe("'o''brien'");
  });
});

describe('hostile content through the markdown renderer (micromark + GFM)', () => {
  const r = hostileReport();
  const markdown = renderMarkdown(r);
  const h = gfmHtmlOf(markdown);

  it('starts with the marker and keeps the verdict', () => {
    expect(markdown.startsWith(`${COMMENT_MARKER}\n`)).toBe(true);
    expect(r.verdict).toBe('fail');
    expect(h).toContain('pgreview: Fail');
  });

  it('creates no HTML elements beyond the renderer’s own', () => {
    const unexpected = tags(h).filter((t) => !ALLOWED_TAGS.has(t));
    expect(unexpected).toEqual([]);
    expect(h).not.toMatch(/<img|<script|<b>/i);
    expect(h).not.toMatch(/href="javascript/i);
  });

  it('produces no mentions or issue references outside code', () => {
    const prose = proseText(h);
    expect(prose).not.toMatch(/@octocat/);
    expect(prose).not.toMatch(/@org\/team/);
    expect(prose).not.toMatch(/#12\b/);
  });

  it('keeps <details> balanced and properly nested', () => {
    let depth = 0;
    for (const t of h.matchAll(/<(\/?)details\b[^>]*>/g)) {
      depth += t[1] ? -1 : 1;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    // The SQL's own </details> and ``` stay inside the code block as text.
    expect(h).toContain('&lt;/details&gt;');
  });

  it('keeps table structure: every row has the header’s cell count and the file name stays in one cell', () => {
    for (const t of h.matchAll(/<table>([\s\S]*?)<\/table>/g)) {
      const rows = [...t[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => (m[1]!.match(/<t[hd][ >]/g) ?? []).length);
      expect(new Set(rows).size).toBe(1);
    }
    const cells = [...h.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) => decode(m[1]!));
    expect(cells).toContain(HOSTILE_FILE);
    expect(cells.some((c) => c.includes('because @octocat | said so'))).toBe(true);
  });

  it('strips bidi controls', () => {
    expect(markdown).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(markdown).not.toContain('\uE000');
  });

  it('text output carries no escape sequences from the PR and no colour unless asked', () => {
    const plain = renderText(r);
    expect(plain).not.toMatch(/\x1b/);
    expect(plain).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(renderText(r, { color: true })).toMatch(/\x1b\[31m/);
  });
});
