/**
 * Reads YAML into a document validated by a zod schema, and when it cannot,
 * says where: every problem is reported as `file:line:col: path: reason`, with
 * zod's issue paths mapped back onto the YAML nodes they came from. Policy and
 * engine configuration files both go through here.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { z } from 'zod';
import { type ErrorCode, HomeostatError } from './errors.js';

/** One located problem in a YAML file. */
export interface YamlProblem {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  /** Dotted path of the field, e.g. `rules[2].mode`; `(root)` for the document. */
  readonly path: string;
  readonly reason: string;
}

/** Formats a path the way people write it: `rules[2].match.risk`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || '(root)';
}

function problemText(p: YamlProblem): string {
  return `${p.file}:${p.line}:${p.col}: ${p.path}: ${p.reason}`;
}

function invalid(problems: readonly YamlProblem[], code: ErrorCode, what: string): HomeostatError {
  const first = problems[0];
  const text = problems.map(problemText).join('\n');
  return new HomeostatError(code, text || `${what} is invalid`, {
    problems: problems.map((p) => ({ ...p })),
    ...(first ? { file: first.file, line: first.line, col: first.col } : {}),
  });
}

interface Step {
  readonly value: Node | null;
  readonly keyOffset?: number;
}

/** The child of a map or sequence node under `key`, if the YAML has it. */
function child(node: unknown, key: PropertyKey): Step | undefined {
  if (isMap(node)) {
    const pair = node.items.find(
      (it) => isPair(it) && isScalar(it.key) && String(it.key.value) === String(key),
    );
    if (!pair) return undefined;
    const keyNode = pair.key as Node | null;
    const keyOffset = keyNode?.range?.[0];
    const value = (pair.value as Node | null) ?? null;
    return keyOffset === undefined ? { value } : { value, keyOffset };
  }
  if (isSeq(node) && typeof key === 'number') {
    const value = node.items[key] as Node | null | undefined;
    return value === undefined ? undefined : { value };
  }
  return undefined;
}

/**
 * Source offset for a zod issue path: the deepest YAML node along it (a missing
 * field points at its parent), or the key itself for an unknown field.
 */
function locate(root: Node | null, path: readonly PropertyKey[], unknownKey?: string): number {
  let node: Node | null = root;
  let offset = root?.range?.[0] ?? 0;
  for (const key of path) {
    const step = child(node, key);
    if (!step) return offset;
    // A key with an empty value has no value node: point at the key instead.
    offset = step.value?.range?.[0] ?? step.keyOffset ?? offset;
    node = step.value;
  }
  if (unknownKey !== undefined) offset = child(node, unknownKey)?.keyOffset ?? offset;
  return offset;
}

function zodProblems(
  issues: readonly z.core.$ZodIssue[],
  root: Node | null,
  counter: LineCounter,
  file: string,
): YamlProblem[] {
  const out: YamlProblem[] = [];
  for (const issue of issues) {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    for (const extra of keys) {
      const { line, col } = counter.linePos(locate(root, issue.path, extra));
      const path = extra === undefined ? issue.path : [...issue.path, extra];
      const reason = extra === undefined ? issue.message : `unknown field '${extra}'`;
      out.push({ file, line: Math.max(1, line), col: Math.max(1, col), path: formatPath(path), reason });
    }
  }
  return out.sort((a, b) => a.line - b.line || a.col - b.col);
}

export interface YamlSchemaOptions {
  /** The error code thrown, e.g. HST_POLICY_INVALID or HST_CONFIG_INVALID. */
  readonly code: ErrorCode;
  /** What the file is, for messages: 'a policy', 'a homeostat config'. */
  readonly what: string;
  /** Shown when the document is not a mapping. */
  readonly rootHint: string;
}

/**
 * Parses YAML and validates it with `schema`. Throws a HomeostatError with the
 * given code listing every problem as `file:line:col: path: reason`.
 * @example parseYamlWith(PolicySchema, text, 'policy.yaml', { code: 'HST_POLICY_INVALID', what: 'policy', rootHint: '…' })
 */
export function parseYamlWith<S extends z.ZodType>(
  schema: S,
  text: string,
  file: string,
  options: YamlSchemaOptions,
): z.output<S> {
  const { code, what } = options;
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw invalid(
      doc.errors.map((e) => {
        const pos = e.linePos?.[0] ?? counter.linePos(e.pos[0]);
        return {
          file,
          line: Math.max(1, pos.line),
          col: Math.max(1, pos.col),
          path: '(yaml)',
          reason: e.message.split('\n')[0] ?? e.code,
        };
      }),
      code,
      what,
    );
  }
  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  const root = doc.contents as Node | null;
  if (data === null || data === undefined || typeof data !== 'object' || Array.isArray(data)) {
    const { line, col } = counter.linePos(root?.range?.[0] ?? 0);
    throw invalid(
      [{ file, line: Math.max(1, line), col: Math.max(1, col), path: '(root)', reason: options.rootHint }],
      code,
      what,
    );
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw invalid(zodProblems(parsed.error.issues, root, counter, file), code, what);
  return parsed.data;
}
