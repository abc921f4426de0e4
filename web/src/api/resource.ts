/**
 * Reads one API resource and re-reads it whenever an event of one of the given
 * topics arrives (coalesced, so a burst of events costs one request). The last
 * good value stays on screen while a refresh is in flight or fails.
 */
import { useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { useSession } from './session.js';

export interface Resource<T> {
  readonly data: T | undefined;
  readonly error: unknown;
  reload(): void;
}

interface Loaded<T> {
  /** What the value belongs to: a new path is a different resource. */
  readonly path: string;
  readonly data?: T;
  readonly error?: unknown;
}

/**
 * @example const incidents = useResource('/incidents', listOf(IncidentSchema, 'incidents'), ['incident']);
 */
export function useResource<T>(
  path: string | undefined,
  schema: z.ZodType<T>,
  topics: readonly string[],
  pollMs?: number,
): Resource<T> {
  const { client, ticks } = useSession();
  const [loaded, setLoaded] = useState<Loaded<T> | undefined>(undefined);
  const [manual, setManual] = useState(0);
  const schemaRef = useRef(schema);
  schemaRef.current = schema;
  const version = topics.map((t) => ticks[t] ?? 0).join(',');

  // biome-ignore lint/correctness/useExhaustiveDependencies: version and manual are deliberate triggers.
  useEffect(() => {
    if (!path) return;
    const abort = new AbortController();
    const timer = setTimeout(() => {
      client
        .get(path, schemaRef.current, abort.signal)
        .then((data) => setLoaded({ path, data }))
        .catch((error: unknown) => {
          if (abort.signal.aborted) return;
          setLoaded((prev) => (prev?.path === path ? { ...prev, error } : { path, error }));
        });
    }, 60);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [client, path, version, manual]);

  useEffect(() => {
    if (!pollMs) return;
    const t = setInterval(() => setManual((m) => m + 1), pollMs);
    return () => clearInterval(t);
  }, [pollMs]);

  const mine = loaded?.path === path ? loaded : undefined;
  return { data: mine?.data, error: mine?.error, reload: () => setManual((m) => m + 1) };
}
