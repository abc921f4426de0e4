/**
 * Every component exports the same shape, as OpenTelemetry Collector factories
 * do; configuration refers to components by name through plain registries.
 */
import type { z } from 'zod';
import { HomeostatError } from './errors.js';

export type Stability = 'experimental' | 'beta' | 'stable';

export interface Lifecycle {
  /** Safe to call once; resources are acquired here, not in the constructor. */
  start?(): Promise<void>;
  /** Safe before start and safe twice. */
  shutdown?(): Promise<void>;
}

export interface ComponentFactory<Cfg, Instance, Deps = unknown> {
  readonly type: string;
  readonly stability: Stability;
  readonly configSchema: z.ZodType<Cfg>;
  readonly defaultConfig: Cfg;
  /** Validates the config before anything else. */
  create(config: unknown, deps: Deps): Instance;
}

/**
 * Validates a component's config with its schema, naming the component and the
 * field in the error.
 */
export function parseComponentConfig<Cfg>(
  factory: Pick<ComponentFactory<Cfg, unknown>, 'type' | 'configSchema' | 'defaultConfig'>,
  config: unknown,
): Cfg {
  const input =
    config === undefined
      ? factory.defaultConfig
      : typeof config === 'object' && config !== null && typeof factory.defaultConfig === 'object'
        ? { ...(factory.defaultConfig as object), ...(config as object) }
        : config;
  const parsed = factory.configSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
      .join('; ');
    throw new HomeostatError('HST_CONFIG_INVALID', `${factory.type}: ${issues}`);
  }
  return parsed.data;
}

/** A named registry; lookup of an unknown name lists the known ones. */
export class Registry<T> {
  readonly #items = new Map<string, T>();
  readonly #what: string;

  constructor(what: string) {
    this.#what = what;
  }

  register(name: string, item: T): this {
    if (this.#items.has(name)) {
      throw new HomeostatError('HST_CONFLICT', `${this.#what} '${name}' is already registered`);
    }
    this.#items.set(name, item);
    return this;
  }

  get(name: string): T {
    const item = this.#items.get(name);
    if (item === undefined) {
      const known = [...this.#items.keys()].sort().join(', ') || '(none)';
      throw new HomeostatError('HST_UNKNOWN_COMPONENT', `no ${this.#what} named '${name}'; known: ${known}`);
    }
    return item;
  }

  has(name: string): boolean {
    return this.#items.has(name);
  }

  values(): T[] {
    return [...this.#items.values()];
  }

  names(): string[] {
    return [...this.#items.keys()];
  }
}
