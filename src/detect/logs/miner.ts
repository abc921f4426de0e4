/**
 * Online log template miner (Drain-like). Each line is tokenised and masked by
 * shape (tokens.ts), then matched against the templates with the same number
 * of tokens: an exact hit on the masked line is O(1); otherwise the most
 * similar template above a fixed similarity is the candidate (of equally
 * similar ones, the one that needs the least widening). Values the
 * line's shape already marks generalise the template at once, as do two
 * values of different shapes (`00:01` / `<1 sec`) and two dotted names after
 * the leading word. A constant word meeting a different word, or the value
 * part of a `key=value` word changing, turns into a parameter only when enough
 * distinct variants agree on it (below that the line starts its own template,
 * as Failed/Accepted or HTTPS/SOCKS5 are different events); never for the
 * leading word, for two words at once, or for a word beside a changed value.
 * Once a template has that evidence it takes later value changes on trust and
 * re-merges the older groups of its length that differ from it only in values
 * (a bounded scan of one length bucket). Groups folded by such refinement
 * become aliases of the oldest id; lines whose constant words agree but whose
 * values span a different number of tokens join one group. Memory is bounded:
 * caps on templates overall and per token count (least recently matched
 * evicted), on aliases, and on the exact-hit cache. One configuration serves
 * every system. */
import { z } from 'zod';
import { capture, fits, generalised, similarity } from './match.js';
import { tokenize, WILDCARD } from './tokens.js';

/** Miner configuration; the defaults are the one configuration used for every benchmark system. */
export const minerConfigSchema = z.object({
  /** Templates kept at most; the least recently matched is evicted beyond it. */
  maxTemplates: z.number().int().min(1).default(10_000),
  /** Templates kept at most per token count (a node's children in Drain's tree). */
  maxPerLength: z.number().int().min(1).default(1_000),
  /** Minimum similarity in [0, 1] for a line to join an existing template. */
  similarity: z.number().min(0).max(1).default(0.5),
  /**
   * Distinct variants (groups, counting the new line) needed before a constant
   * position becomes a parameter; below it a differing word starts its own group.
   */
  minVariants: z.number().int().min(2).default(4),
  /** Distinct masked lines remembered for O(1) matching. */
  cacheSize: z.number().int().min(0).default(50_000),
});

export type MinerConfig = z.infer<typeof minerConfigSchema>;

/** What the miner says about one line, at the time it arrives. */
export interface MinedLine {
  /** Stable id of the line's template group; refinements keep it, merges alias it (see `resolve`). */
  readonly templateId: number;
  /** The group's template at this moment, parameters as `<*>`. */
  readonly template: string;
  /** The line's values at the template's `<*>` positions, in order. */
  readonly params: readonly string[];
  /** True when this line started a new template. */
  readonly created: boolean;
  /** True when this line generalised its template (a constant position turned out variable). */
  readonly changed: boolean;
}

/** A template group. */
export interface TemplateInfo {
  readonly id: number;
  readonly template: string;
  readonly count: number;
}

interface Cluster {
  readonly id: number;
  tokens: string[];
  key: string;
  count: number;
  lastSeen: number;
  /** Groups folded into this one (itself included): the evidence behind its parameters. */
  variants: number;
}

/**
 * Online template miner with bounded memory.
 * @example
 * const m = new TemplateMiner();
 * m.add('Connection from 10.0.0.1 closed').template // 'Connection from <*> closed'
 */
export class TemplateMiner {
  readonly config: MinerConfig;
  readonly #clusters = new Map<number, Cluster>();
  readonly #byLength = new Map<number, Cluster[]>();
  readonly #alias = new Map<number, number>();
  readonly #cache = new Map<string, number>();
  readonly #skeletons = new Map<string, number>();
  readonly #group = new Map<number, number>();
  readonly #onEvict: ((info: TemplateInfo) => void) | undefined;
  #nextId = 1;
  #tick = 0;

  constructor(config: Partial<MinerConfig> = {}, onEvict?: (info: TemplateInfo) => void) {
    this.config = minerConfigSchema.parse(config);
    this.#onEvict = onEvict;
  }

  /** Mines one line (a message without its header) and returns its template group. */
  add(line: string): MinedLine {
    const tick = ++this.#tick;
    const { words, masked } = tokenize(line);
    const key = masked.join(' ');
    let created = false;
    let changed = false;
    let c = this.#fromCache(key);
    if (!c) {
      const { best, bestSim } = this.#candidate(masked);
      if (
        best &&
        masked.length > 0 &&
        bestSim >= this.config.similarity &&
        (masked.length > 1 || bestSim === 1)
      ) {
        const merged = generalised(best.tokens, masked);
        if (merged === undefined) c = best;
        else if (merged === null) {
          c = this.#create(masked, key);
          created = true;
        } else {
          // A constant position turns variable only once enough distinct variants agree on it.
          const members = (this.#byLength.get(masked.length) ?? []).filter((x) =>
            fits(merged.tokens, x.tokens),
          );
          // A template proven variable elsewhere takes a new value in a key=value word on trust.
          const proven = !merged.wordChanged && best.variants >= this.config.minVariants;
          if (!merged.needsEvidence || proven || members.length + 1 >= this.config.minVariants) {
            c = this.#fold(members, merged.tokens);
            // The line is one more variant: no member covered it.
            c.variants++;
            if (c.variants >= this.config.minVariants) c = this.#absorb(c);
            changed = true;
          } else {
            c = this.#create(masked, key);
            created = true;
          }
        }
      } else {
        c = this.#create(masked, key);
        created = true;
      }
      this.#remember(key, c.id);
    }
    c.count++;
    c.lastSeen = tick;
    // Map order is recency order: move to the back.
    this.#clusters.delete(c.id);
    this.#clusters.set(c.id, c);
    const params: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const t = c.tokens[i] as string;
      const w = words[i] as string;
      if (t === w) continue;
      if (t === WILDCARD || !capture(t, w, params)) params.push(w);
    }
    const group = this.resolve(c.id);
    return { templateId: group, template: this.template(group) ?? c.key, params, created, changed };
  }

  /**
   * The most similar template of the line's length. Among equally similar ones the
   * cheapest to widen wins (already covering, then values only, then a word), then the larger.
   */
  #candidate(masked: readonly string[]): { best: Cluster | undefined; bestSim: number } {
    let ties: Cluster[] = [];
    let bestSim = -1;
    for (const cand of this.#byLength.get(masked.length) ?? []) {
      const s = similarity(cand.tokens, masked);
      if (s > bestSim) {
        ties = [cand];
        bestSim = s;
      } else if (s === bestSim) ties.push(cand);
    }
    let best: Cluster | undefined;
    let bestCost = Number.POSITIVE_INFINITY;
    for (const cand of ties) {
      const cost = ties.length === 1 ? 0 : widening(cand.tokens, masked);
      if (cost < bestCost || (cost === bestCost && best && cand.count > best.count)) {
        best = cand;
        bestCost = cost;
      }
    }
    return { best, bestSim };
  }

  /** The group id for an id that may have been merged into, or joined to, another. */
  resolve(id: number): number {
    const own = this.#survivor(id);
    const rep = this.#group.get(own);
    return rep === undefined ? own : this.#survivor(rep);
  }

  /** The live cluster id after folds (not following variable-length groups). */
  #survivor(id: number): number {
    let cur = id;
    for (let next = this.#alias.get(cur); next !== undefined; next = this.#alias.get(cur)) cur = next;
    return cur;
  }

  /** The current template of a group (following merges); undefined once evicted. */
  template(id: number): string | undefined {
    return (this.#clusters.get(this.resolve(id)) ?? this.#clusters.get(this.#survivor(id)))?.key;
  }

  /** Every live template group, most recently matched last. */
  templates(): TemplateInfo[] {
    return [...this.#clusters.values()].map((c) => ({ id: c.id, template: c.key, count: c.count }));
  }

  /** Number of live template groups. */
  get size(): number {
    return this.#clusters.size;
  }

  #fromCache(key: string): Cluster | undefined {
    const id = this.#cache.get(key);
    if (id === undefined) return undefined;
    const c = this.#clusters.get(this.#survivor(id));
    if (!c) this.#cache.delete(key);
    return c;
  }

  #remember(key: string, id: number): void {
    if (this.config.cacheSize === 0) return;
    if (this.#cache.size >= this.config.cacheSize) {
      const oldest = this.#cache.keys().next();
      if (!oldest.done) this.#cache.delete(oldest.value);
    }
    this.#cache.set(key, id);
  }

  #create(masked: string[], key: string): Cluster {
    const c: Cluster = {
      id: this.#nextId++,
      tokens: [...masked],
      key,
      count: 0,
      lastSeen: this.#tick,
      variants: 1,
    };
    let bucket = this.#byLength.get(masked.length);
    if (!bucket) {
      bucket = [];
      this.#byLength.set(masked.length, bucket);
    }
    if (bucket.length >= this.config.maxPerLength) {
      let lru = bucket[0] as Cluster;
      for (const x of bucket) if (x.lastSeen < lru.lastSeen) lru = x;
      this.#evict(lru);
    }
    bucket.push(c);
    this.#clusters.set(c.id, c);
    this.#joinSkeleton(c);
    if (this.#clusters.size > this.config.maxTemplates) {
      const oldest = this.#clusters.values().next();
      if (!oldest.done && oldest.value !== c) this.#evict(oldest.value);
    }
    return c;
  }

  /**
   * Lines whose constant words agree in order but whose values span a different
   * number of tokens (`0 bytes sent` / `1190 bytes (1.16 KB) sent`) are one event:
   * the new group becomes an alias of the older one while keeping its own shape for matching.
   */
  #joinSkeleton(c: Cluster): void {
    const constant = c.tokens.filter((t) => !t.includes(WILDCARD));
    if (constant.length < 3 || constant.length === c.tokens.length) return;
    const skeleton = constant.join(' ');
    const known = this.#skeletons.get(skeleton);
    const rep = known === undefined ? undefined : this.#clusters.get(this.#survivor(known));
    if (rep && rep.tokens.length !== c.tokens.length) {
      this.#group.set(c.id, rep.id);
      return;
    }
    this.#skeletons.set(skeleton, c.id);
    if (this.#skeletons.size > this.config.maxTemplates) {
      const oldest = this.#skeletons.keys().next();
      if (!oldest.done) this.#skeletons.delete(oldest.value);
    }
  }

  /** Folds groups into the oldest of them under a generalised template; the others become its aliases. */
  #fold(members: readonly Cluster[], tokens: string[]): Cluster {
    let keep = members[0] as Cluster;
    for (const m of members) if (m.id < keep.id) keep = m;
    keep.tokens = tokens;
    keep.key = tokens.join(' ');
    for (const drop of members) {
      if (drop === keep) continue;
      keep.count += drop.count;
      keep.variants += drop.variants;
      keep.lastSeen = Math.max(keep.lastSeen, drop.lastSeen);
      this.#unlink(drop);
      this.#alias.set(drop.id, keep.id);
    }
    // Aliases are bounded like everything else; the oldest go first.
    while (this.#alias.size > this.config.maxTemplates) {
      const oldest = this.#alias.keys().next();
      if (oldest.done) break;
      this.#alias.delete(oldest.value);
    }
    return keep;
  }

  /**
   * A template that has just proven its parameters takes in the older groups of its length
   * that differ from it only in values (`ws=null` / `ws=WorkSource{1}`), never in a whole
   * word: the bounded re-merge for variants that arrived before the proof.
   */
  #absorb(keep: Cluster): Cluster {
    let tokens = keep.tokens;
    const taken: Cluster[] = [keep];
    for (const x of this.#byLength.get(tokens.length) ?? []) {
      if (x === keep || similarity(tokens, x.tokens) < this.config.similarity) continue;
      const g = generalised(tokens, x.tokens);
      if (g === null || g?.wordChanged) continue;
      if (g) tokens = g.tokens;
      taken.push(x);
    }
    return taken.length === 1 ? keep : this.#fold(taken, tokens);
  }

  #unlink(c: Cluster): void {
    this.#clusters.delete(c.id);
    this.#group.delete(c.id);
    const bucket = this.#byLength.get(c.tokens.length);
    if (bucket) {
      const i = bucket.indexOf(c);
      if (i >= 0) bucket.splice(i, 1);
      if (bucket.length === 0) this.#byLength.delete(c.tokens.length);
    }
  }

  #evict(c: Cluster): void {
    this.#unlink(c);
    this.#onEvict?.({ id: c.id, template: c.key, count: c.count });
  }
}

/** How much a template must widen to cover a line: 0 covers, 1 values, 2 a word's value part, 3 a word, 4 never. */
function widening(t: readonly string[], l: readonly string[]): number {
  const g = generalised(t, l);
  if (g === undefined) return 0;
  if (g === null) return 4;
  if (!g.needsEvidence) return 1;
  return g.wordChanged ? 3 : 2;
}

/** One line's final assignment from `mineAll`. */
export interface FinalAssignment {
  readonly templateId: number;
  readonly template: string;
}

/**
 * Mines lines online, then gives each line the final template of its group
 * (the offline evaluation the log-parsing literature uses).
 * @example mineAll(['a 1', 'a 2']).map((x) => x.template) // ['a <*>', 'a <*>']
 */
export function mineAll(lines: Iterable<string>, config: Partial<MinerConfig> = {}): FinalAssignment[] {
  const retired = new Map<number, string>();
  const miner = new TemplateMiner(config, (info) => retired.set(info.id, info.template));
  const ids: number[] = [];
  for (const line of lines) ids.push(miner.add(line).templateId);
  return ids.map((id) => {
    const final = miner.resolve(id);
    return { templateId: final, template: miner.template(final) ?? retired.get(final) ?? '' };
  });
}
