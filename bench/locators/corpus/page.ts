/**
 * Corpus helpers: a page pair format, a shared page shell with a plain
 * stylesheet (so that boxes and neighbours are realistic), and `edit`, which
 * derives a redesign from the old page as a list of replacements — the way
 * real redesigns are diffs of the old markup.
 */

/** One target of a pair: a locator written against v1 and the element it meant on v2. */
export interface Target {
  /** A CSS selector that resolves to exactly one element on v1. */
  readonly selector: string;
  /** A CSS selector for the intended element on v2; null when the redesign deleted it. */
  readonly expect: string | null;
  /** What changed, for the report. */
  readonly change: string;
}

export interface PagePair {
  readonly name: string;
  readonly v1: string;
  readonly v2: string;
  readonly targets: readonly Target[];
}

const CSS = `
body{font-family:Arial,Helvetica,sans-serif;margin:0;font-size:14px;color:#222}
header,nav{display:flex;gap:12px;align-items:center;padding:10px 16px;background:#f4f4f4}
footer{padding:12px 16px;color:#666;font-size:12px}
main{padding:16px;max-width:980px}
form{display:flex;flex-direction:column;gap:8px;max-width:380px}
input,select,textarea{padding:6px;font-size:14px}
button,.btn{padding:6px 12px;font-size:14px}
table{border-collapse:collapse;margin:8px 0}td,th{padding:4px 8px;border:1px solid #ddd;text-align:left}
.row{display:flex;gap:8px;align-items:center}.grid{display:grid;grid-template-columns:1fr 1fr;gap:12px}
.grid3{display:grid;grid-template-columns:1fr 1fr 1fr;gap:12px}
.card{border:1px solid #ccc;padding:12px;margin:8px 0;border-radius:4px}
aside{float:right;width:220px;margin-left:16px}.sidebar{width:200px;float:left}
.modal{border:1px solid #999;padding:16px;max-width:420px;margin:24px auto;background:#fff}
.muted{color:#777}.badge{background:#eee;padding:2px 6px;border-radius:8px}
`;

/** A complete document around a body. */
export function page(title: string, body: string, extraCss = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>${CSS}${extraCss}</style></head><body>${body}</body></html>`;
}

/**
 * Applies replacements in order; throws when one does not apply, so a corpus
 * edit that silently misses is impossible.
 * @example edit(v1, [['id="login"', 'id="signin"']])
 */
export function edit(source: string, replacements: readonly (readonly [string, string])[]): string {
  let out = source;
  for (const [from, to] of replacements) {
    if (!out.includes(from)) throw new Error(`corpus edit: '${from}' not found`);
    out = out.replace(from, to);
  }
  return out;
}
