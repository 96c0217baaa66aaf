// Escaping for text that comes from the pull request: SQL, Postgres messages, file and object names.
// Anything here may be hostile: it must not create HTML, break a table, ping a user or team, link an
// issue, hide code behind bidi controls (Trojan Source), or drive a terminal with escape sequences.

/** Bidi embedding/override/isolate controls (U+202A–U+202E, U+2066–U+2069) and the marks U+200E/U+200F, U+061C. */
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
/** C0 controls except tab and newline (CR is normalised first), DEL, and C1 controls (incl. CSI U+009B). */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
/** Any character sanitize() changes. */
const SANITIZED = new RegExp(`${BIDI.source}|${CONTROL.source}`);
/** Zero-width space as an HTML entity: visible in the raw markdown, invisible when rendered. */
const ZWSP = '&#8203;';
/** Stands in for ZWSP while escaping, so later passes never see the entity's `#8203`. */
const MARK = '\uE000';

/**
 * Makes text safe at the character level, for every output: bidi controls and control characters
 * (including ESC, so no ANSI sequences) become U+FFFD so that tampering stays visible; CRLF/CR → LF.
 */
export function sanitize(s: string): string {
  const text = String(s);
  // Most text holds none of them: one scan instead of three replacements (CR is a control character).
  if (!SANITIZED.test(text)) return text;
  return text.replace(/\r\n?/g, '\n').replace(BIDI, '\uFFFD').replace(CONTROL, '\uFFFD');
}

/** One line: sanitized, newlines and tabs folded to spaces. */
export function oneLine(s: string): string {
  return sanitize(s).replace(/[\n\t]+/g, ' ');
}

/**
 * Marks where GitHub would auto-link: @mentions and emails, #123 / GH-123 references, bare URLs.
 * Runs on raw text (before entities exist); `unmark` turns the marks into zero-width spaces.
 */
function markAutolinks(s: string): string {
  // Each replacement below needs one of these (most text has none): one scan instead of six.
  if (!AUTOLINK_HINT.test(s)) return s;
  return s
    .replace(/\uE000/g, '')
    .replace(/@(?=[A-Za-z0-9_])/g, `@${MARK}`)
    .replace(/#(?=\d)/g, `#${MARK}`)
    .replace(/\b(GH)-(?=\d)/gi, `$1${MARK}-`)
    .replace(/\b(https?|ftp|mailto):/gi, `$1${MARK}:`)
    .replace(/\bwww\./gi, `www${MARK}.`);
}

/** Where markAutolinks may change text: a mark, `@`, `#`, a scheme's colon, `GH-`, `www.`. */
const AUTOLINK_HINT = /[\uE000@#:]|gh-|www\./i;

function unmark(s: string): string {
  return s.includes(MARK) ? s.replace(/\uE000/g, ZWSP) : s;
}

/**
 * Markdown prose (inline): every character that has a meaning in GFM is neutralised, HTML is
 * entity-encoded, and auto-links are broken. Newlines fold into spaces so the result can sit in a
 * paragraph, a heading or a table cell (pipes are escaped too).
 */
export function md(s: string): string {
  let out = markAutolinks(oneLine(s));
  // Backslashes and HTML are rare in findings' text: one scan decides whether four replacements run.
  if (/[\\&<>]/.test(out)) out = out.replace(/\\/g, '\\\\').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  out = out.replace(/[`*_[\]~|$]/g, (c) => `\\${c}`);
  // Block starters matter only at the start of a line: headings, lists, quotes, setext underlines.
  out = out.replace(/^\s+/, '').replace(/^([#+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
  return unmark(out);
}

/** Text inside raw HTML (a <summary>): entity-encoded, no markdown is parsed there. */
export function html(s: string): string {
  const out = markAutolinks(oneLine(s))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
  return unmark(out);
}

/** Length of the longest run of `ch` in `s`. */
export function longestRun(s: string, ch: string): number {
  // From one occurrence to the next with indexOf: most text holds no backtick at all, and a loop
  // over every character was the markdown report's largest cost on a large folder.
  let best = 0;
  for (let i = s.indexOf(ch); i !== -1; ) {
    let end = i + ch.length;
    while (s.startsWith(ch, end)) end += ch.length;
    best = Math.max(best, (end - i) / ch.length);
    i = s.indexOf(ch, end);
  }
  return best;
}

/**
 * Inline code: the fence is one backtick longer than any run inside, padded with spaces when the
 * content starts or ends with a backtick or a space (CommonMark strips exactly one space each side).
 * Code spans are never auto-linked, so mentions and #refs are inert inside them.
 */
export function code(s: string): string {
  const text = oneLine(s);
  if (text.length === 0) return '*(empty)*';
  const fence = '`'.repeat(longestRun(text, '`') + 1);
  const pad = /^[` ]|[` ]$/.test(text) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * Inline code inside a GFM table cell. The table splits cells before code spans are parsed, so pipes
 * are escaped as `\|` (GFM turns them back into `|` inside the span). A backslash already before a
 * pipe cannot be expressed exactly that way, so such text falls back to escaped prose.
 */
export function cellCode(s: string): string {
  const text = oneLine(s);
  if (/\\\|/.test(text)) return md(text);
  return code(text).replace(/\|/g, '\\|');
}

/** Table cell prose: `md` already escapes pipes and folds newlines. */
export function cell(s: string): string {
  return md(s);
}

/**
 * A fenced code block whose fence is longer than any backtick run inside, so nothing in the content
 * (``` lines, </details>, HTML) can close it early. The language tag is ours, never from the PR.
 */
export function codeBlock(s: string, lang = ''): string {
  const text = sanitize(s).replace(/\n+$/, '');
  const fence = '`'.repeat(Math.max(3, longestRun(text, '`') + 1));
  return `${fence}${lang}\n${text}\n${fence}`;
}

/** Percent-encodes each path segment for a URL (keeps `/`), including characters markdown cares about. */
export function urlPath(path: string): string {
  return path
    .split('/')
    .map((seg) => encodeURIComponent(seg).replace(/[()'!*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

/** A markdown link destination: only http(s) and relative URLs, wrapped in <> with <, > and spaces encoded. */
export function linkTarget(url: string): string | undefined {
  const u = oneLine(url).trim();
  if (!/^(https?:\/\/|\.{0,2}\/|[\w.-]+(\/|$))/i.test(u) || /^(javascript|data|vbscript):/i.test(u)) return undefined;
  return `<${u.replace(/[<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}>`;
}

/** A markdown link, or just the text when the URL is unusable. `text` is already-escaped markdown. */
export function link(text: string, url: string | undefined): string {
  const target = url === undefined ? undefined : linkTarget(url);
  return target ? `[${text}](${target})` : text;
}

/** SQL string literal, quote_literal style: single quotes doubled (standard_conforming_strings). */
export function sqlLiteral(s: string): string {
  return `'${String(s).replace(/'/g, "''")}'`;
}

/** SQL identifier, quote_ident style: quoted only when needed, double quotes doubled. */
export function sqlIdent(s: string): string {
  return /^[a-z_][a-z0-9_$]*$/.test(s) ? s : `"${s.replace(/"/g, '""')}"`;
}

/** Terminal text: sanitized (no ESC, so no injected ANSI sequences), otherwise as is. */
export function term(s: string): string {
  return sanitize(s);
}

/** Truncates long text at a character budget, saying how much was cut. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  return `${s.slice(0, max)}\n… (${s.length - max} more characters not shown)`;
}
