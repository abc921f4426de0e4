/**
 * Shared walking of an OTLP export request: resource → scope → items, each
 * level validated on its own so that one broken item rejects only itself (and
 * a broken container only what it holds). Per-signal modules supply the item
 * converter.
 */
import { z } from 'zod';
import { HomeostatError } from '../../core/errors.js';
import type { EntityId, Signal } from '../../model/index.js';
import type { IngestLimits } from '../common/limits.js';
import { countLeaves, Problems, zodMessage } from '../common/problems.js';
import { attrsToObject, type JsValue, resourceSchema, scopeSchema, serviceOf } from './values.js';

/** What converting one item needs to know. */
export interface ItemContext {
  readonly now: number;
  readonly limits: IngestLimits;
  readonly service: string;
  readonly entity: EntityId;
  readonly resource: { readonly [k: string]: JsValue };
  readonly scope: string;
  /** JSON path of the item, for messages. */
  readonly path: string;
}

/** The field names of one OTLP signal's request tree. */
export interface Shape {
  readonly resources: string;
  readonly scopes: string;
  readonly items: string;
  /** Keys under which leaf points live (for counting what a broken container held). */
  readonly leaves: ReadonlySet<string>;
}

/** Result of converting one request. */
export interface Converted<Extra> {
  readonly signals: Signal[];
  readonly extras: Extra[];
  readonly problems: Problems;
}

/** Converts an item, pushing signals/extras, or returns false after recording a problem. */
export type ItemConverter<Extra> = (
  item: unknown,
  ctx: ItemContext,
  out: { signals: Signal[]; extras: Extra[]; problems: Problems },
) => void;

const list = z.array(z.unknown()).optional();

// The child key is computed per signal, which zod cannot type; these name what it checked.
type ResourceLevel = { resource?: z.infer<typeof resourceSchema> };
type ScopeLevel = { scope?: z.infer<typeof scopeSchema> };

/**
 * Walks `request` with the given shape and item converter.
 * Throws a 400 HomeostatError only when the request as a whole is not an object
 * of the right shape; everything below that is partial rejection.
 */
export function convertRequest<Extra>(
  request: unknown,
  shape: Shape,
  now: number,
  limits: IngestLimits,
  item: ItemConverter<Extra>,
): Converted<Extra> {
  const top = z.object({ [shape.resources]: list }).safeParse(request);
  if (!top.success) throw new HomeostatError('HST_INPUT_INVALID', zodMessage('', top.error.issues));
  const out = { signals: [] as Signal[], extras: [] as Extra[], problems: new Problems() };
  const resources = (top.data[shape.resources] as unknown[] | undefined) ?? [];
  resources.forEach((rawResource, ri) => {
    const rPath = `${shape.resources}[${ri}]`;
    const r = z.object({ resource: resourceSchema, [shape.scopes]: list }).safeParse(rawResource);
    if (!r.success) {
      out.problems.reject(zodMessage(rPath, r.error.issues), countLeaves(rawResource, shape.leaves));
      return;
    }
    const resource = attrsToObject((r.data as ResourceLevel).resource?.attributes);
    const { name: service, entity } = serviceOf(resource);
    const scopes = (r.data[shape.scopes] as unknown[] | undefined) ?? [];
    scopes.forEach((rawScope, si) => {
      const sPath = `${rPath}.${shape.scopes}[${si}]`;
      const s = z.object({ scope: scopeSchema, [shape.items]: list }).safeParse(rawScope);
      if (!s.success) {
        out.problems.reject(zodMessage(sPath, s.error.issues), countLeaves(rawScope, shape.leaves));
        return;
      }
      const scope = (s.data as ScopeLevel).scope?.name ?? '';
      const items = (s.data[shape.items] as unknown[] | undefined) ?? [];
      items.forEach((raw, ii) => {
        const path = `${sPath}.${shape.items}[${ii}]`;
        item(raw, { now, limits, service, entity, resource, scope, path }, out);
      });
    });
  });
  return out;
}
