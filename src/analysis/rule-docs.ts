// Rule docs (rules/<id>.md) carry runnable examples: ```sql bad|good|base [key=value …]```.
// Tests execute every example; the CLI can print a doc. One parser for both.

export interface DocExample {
  role: 'bad' | 'good' | 'base';
  sql: string;
  /** key=value tokens after the role: preset=supabase, tx=wrapped, pg=10, layout=prisma, file=name.sql, severity=low (a bad example must be raised at that severity). */
  options: Record<string, string>;
  /** Down migration for the preceding bad/good example, from a ```sql down``` block right after it. */
  down?: string;
  /** SQL run after the base blocks to make "production" for the preceding example (```sql production```; schema-drift). */
  production?: string;
  line: number;
}

export interface RuleDoc {
  id: string;
  title: string;
  sections: Map<string, string>;
  examples: DocExample[];
}

export function parseRuleDoc(markdown: string): RuleDoc {
  const lines = markdown.split('\n');
  const id = (lines[0] ?? '').replace(/^#\s+/, '').trim();
  const sections = new Map<string, string>();
  const examples: DocExample[] = [];
  let section = '';
  let buf: string[] = [];
  let fence: { role: string; options: Record<string, string>; line: number; body: string[] } | undefined;
  const flush = () => {
    if (section) sections.set(section, buf.join('\n').trim());
    buf = [];
  };
  lines.forEach((line, i) => {
    if (fence) {
      if (/^```\s*$/.test(line)) {
        const sql = fence.body.join('\n');
        if (fence.role === 'down' || fence.role === 'production') {
          const prev = examples[examples.length - 1];
          if (prev) prev[fence.role] = sql;
        } else if (fence.role === 'bad' || fence.role === 'good' || fence.role === 'base') {
          examples.push({ role: fence.role, sql, options: fence.options, line: fence.line });
        }
        fence = undefined;
      } else fence.body.push(line);
      buf.push(line);
      return;
    }
    const open = /^```sql\s+(bad|good|base|down|production)\b(.*)$/.exec(line);
    if (open) {
      const options: Record<string, string> = {};
      for (const tok of open[2]!.trim().split(/\s+/).filter(Boolean)) {
        const [k, v] = tok.split('=');
        options[k!] = v ?? 'true';
      }
      fence = { role: open[1]!, options, line: i + 1, body: [] };
      buf.push(line);
      return;
    }
    const h = /^##\s+(.*)$/.exec(line);
    if (h) {
      flush();
      section = h[1]!.trim();
      return;
    }
    buf.push(line);
  });
  flush();
  return { id, title: id, sections, examples };
}

/**
 * Whether an example's runner wraps it: `tx=wrapped` yes, `tx=none` no; with neither, a `layout=`
 * example runs the way that tool runs it (undefined lets the inline set ask layouts.ts), else no.
 */
export function txOf(options: Record<string, string>, layout: string | undefined): boolean | undefined {
  if (options.tx) return options.tx === 'wrapped';
  return layout ? undefined : false;
}
