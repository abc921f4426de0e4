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
  /** Fewest milliseconds between two reads, however many events arrive (e.g. for a full chain verify). */
  minIntervalMs = 250,
): Resource<T> {
  const { client, ticks } = useSession();
  const [loaded, setLoaded] = useState<Loaded<T> | undefined>(undefined);
  const [manual, setManual] = useState(0);
  const lastRead = useRef(0);
  const pendingSince = useRef<number | undefined>(undefined);
  const issued = useRef(0);
  const shown = useRef(0);
  const schemaRef = useRef(schema);
  schemaRef.current = schema;
  const version = topics.map((t) => ticks[t] ?? 0).join(',');

  // biome-ignore lint/correctness/useExhaustiveDependencies: version and manual are deliberate triggers.
  useEffect(() => {
    if (!path) return;
    // Coalesce bursts of events, and never read more often than minIntervalMs. The deadline is
    // fixed by the first event of a burst, so a steady stream of events cannot postpone it.
    const now = Date.now();
    if (pendingSince.current === undefined) pendingSince.current = now;
    const wait = Math.max(pendingSince.current + 60, lastRead.current + minIntervalMs) - now;
    const timer = setTimeout(() => {
      lastRead.current = Date.now();
      pendingSince.current = undefined;
      // A read in flight is not cancelled by the next event (that could starve a busy page);
      // instead an answer older than one already shown is dropped.
      const mine = ++issued.current;
      const keep = (): boolean => {
        if (mine <= shown.current) return false;
        shown.current = mine;
        return true;
      };
      client
        .get(path, schemaRef.current)
        .then((data) => {
          if (keep()) setLoaded({ path, data });
        })
        .catch((error: unknown) => {
          if (keep()) setLoaded((prev) => (prev?.path === path ? { ...prev, error } : { path, error }));
        });
    }, wait);
    return () => clearTimeout(timer);
  }, [client, path, version, manual, minIntervalMs]);

  useEffect(() => {
    if (!pollMs) return;
    const t = setInterval(() => setManual((m) => m + 1), pollMs);
    return () => clearInterval(t);
  }, [pollMs]);

  const mine = loaded?.path === path ? loaded : undefined;
  return { data: mine?.data, error: mine?.error, reload: () => setManual((m) => m + 1) };
}
