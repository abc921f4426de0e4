/**
 * Builds an entity graph from files: a dependency CSV (`Source,Target,Weight`,
 * as Nezha ships it) or a JSON/YAML edge list from configuration.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { HomeostatError } from '../core/errors.js';
import { type EdgeType, EntityGraph } from './graph.js';

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** One configured edge; `from`/`to` are service names unless a kind is given. */
export const edgeConfigSchema = z.object({
  from: z.string().min(1),
  to: z.string().min(1),
  type: z.enum(['calls', 'runs-on', 'instance-of', 'uses']).default('calls'),
  fromKind: z.string().default('service'),
  toKind: z.string().optional(),
  weight: z.number().positive().default(1),
});

/** A topology file: `{ edges: [...] }` or a bare list of edges. */
export const topologyConfigSchema = z.object({ edges: z.array(edgeConfigSchema) });
export type EdgeConfig = z.infer<typeof edgeConfigSchema>;

const DEFAULT_TO_KIND: Record<EdgeType, string> = {
  calls: 'service',
  uses: 'database',
  'runs-on': 'host',
  'instance-of': 'service',
};

/** Adds configured edges to a graph (creating the entities). */
export function addConfiguredEdges(
  graph: EntityGraph,
  edges: readonly EdgeConfig[],
  source = 'config',
): void {
  for (const e of edges) {
    const a = graph.addEntity(e.fromKind, e.from);
    const b = graph.addEntity(e.toKind ?? DEFAULT_TO_KIND[e.type], e.to);
    graph.addEdge(a, b, e.type, e.weight, source);
  }
}

/**
 * Parses a dependency CSV with a header naming Source and Target (Weight optional).
 * A target that is an IPv4 address is taken as the host the source runs on.
 * @example graphFromDependencyCsv('Source,Target,Weight\nfrontend,cart,1\n')
 */
export function graphFromDependencyCsv(
  text: string,
  graph = new EntityGraph(),
  where = 'dependency csv',
): EntityGraph {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = (lines[0] ?? '').split(',').map((h) => h.trim().toLowerCase());
  const si = header.indexOf('source');
  const ti = header.indexOf('target');
  const wi = header.indexOf('weight');
  if (si < 0 || ti < 0) {
    throw new HomeostatError('HST_INPUT_INVALID', `${where}:1: header must name Source and Target columns`);
  }
  for (let i = 1; i < lines.length; i++) {
    const cells = (lines[i] as string).split(',').map((c) => c.trim());
    const from = cells[si];
    const to = cells[ti];
    if (!from || !to)
      throw new HomeostatError('HST_INPUT_INVALID', `${where}:${i + 1}: empty Source or Target`);
    const w = wi >= 0 ? Number(cells[wi]) : 1;
    const weight = Number.isFinite(w) && w > 0 ? w : 1;
    if (IPV4.test(to)) {
      graph.addEdge(
        graph.addEntity('service', from),
        graph.addEntity('host', to),
        'runs-on',
        weight,
        'dependency-csv',
      );
    } else {
      graph.addCall(from, to, weight, 'dependency-csv');
    }
  }
  return graph;
}

/**
 * Loads a topology file by its extension: `.csv` (dependency CSV), `.json`,
 * `.yaml`/`.yml` (edge list).
 */
export function loadTopologyFile(file: string, graph = new EntityGraph()): EntityGraph {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new HomeostatError(
      'HST_DATA_MISSING',
      `cannot read topology file ${file}: ${(err as Error).message}`,
    );
  }
  const ext = extname(file).toLowerCase();
  if (ext === '.csv') return graphFromDependencyCsv(text, graph, file);
  let raw: unknown;
  try {
    raw = ext === '.json' ? JSON.parse(text) : parseYaml(text);
  } catch (err) {
    throw new HomeostatError(
      'HST_INPUT_INVALID',
      `${file}: not valid ${ext === '.json' ? 'JSON' : 'YAML'}: ${(err as Error).message}`,
    );
  }
  const parsed = topologyConfigSchema.safeParse(Array.isArray(raw) ? { edges: raw } : raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new HomeostatError(
      'HST_INPUT_INVALID',
      `${file}: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid'}; expected { edges: [{ from, to, type? }] }`,
    );
  }
  addConfiguredEdges(graph, parsed.data.edges, file);
  return graph;
}
