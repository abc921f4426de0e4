/**
 * The session every panel shares: the API token (kept in localStorage), who the
 * server says the token belongs to and with what role, and the live event
 * stream. Panels re-read their data when an event of a topic they show arrives.
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiClient, ApiError } from './client.js';
import { openEventStream, type StreamStatus } from './events.js';
import { IdentitySchema } from './types.js';

export const TOKEN_KEY = 'homeostat.token';

/** Roles in increasing power; a role may do everything the ones before it may. */
export const ROLES = ['viewer', 'operator', 'approver', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Who {
  /** 'anonymous' without a token; 'unknown' when the server does not say. */
  readonly name: string;
  readonly role: Role | 'anonymous' | 'unknown';
  readonly error?: string;
}

interface Session {
  readonly client: ApiClient;
  readonly who: Who;
  readonly stream: StreamStatus;
  /** One counter per event topic ('incident', 'action', 'approval', 'pause', 'ledger'), bumped per event. */
  readonly ticks: Readonly<Record<string, number>>;
  setToken(token: string): void;
  /** Whether the role may do what needs `need`; an unknown role is let through (the server decides). */
  can(need: Role): boolean;
  /** Bumps topics after the dashboard itself changed something. */
  bump(...topics: string[]): void;
}

const SessionContext = createContext<Session | undefined>(undefined);

/**
 * A sign-in link (`…/#token=SECRET`, as `homeostat demo` prints) stores the token and
 * drops it from the address bar; a fragment never reaches the server or its logs.
 */
function takeTokenFromLink(): string | undefined {
  const m = /^#token=([^&]+)/.exec(location.hash);
  if (!m?.[1]) return undefined;
  const token = decodeURIComponent(m[1]);
  history.replaceState(null, '', `${location.pathname}${location.search}`);
  try {
    localStorage.setItem(TOKEN_KEY, token);
  } catch {
    // Private mode: the token still lives for this page.
  }
  return token;
}

function readToken(): string {
  const linked = takeTokenFromLink();
  if (linked) return linked;
  try {
    return localStorage.getItem(TOKEN_KEY) ?? '';
  } catch {
    return '';
  }
}

async function whoAmI(client: ApiClient): Promise<Who> {
  if (!client.token) return { name: 'anonymous', role: 'anonymous' };
  try {
    const id = await client.get('/me', IdentitySchema);
    const role = (ROLES as readonly string[]).includes(id.role) ? (id.role as Role) : 'unknown';
    return { name: id.name, role };
  } catch (err) {
    if (err instanceof ApiError && err.status === 401)
      return {
        name: 'invalid token',
        role: 'anonymous',
        error: 'The server does not know this token (401).',
      };
    return { name: 'signed in', role: 'unknown' };
  }
}

/** Provides the session to the app. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [token, setTokenState] = useState(readToken);
  const client = useMemo(() => new ApiClient(token), [token]);
  const [who, setWho] = useState<Who>({ name: '…', role: 'unknown' });
  const [stream, setStream] = useState<StreamStatus>('connecting');
  const [ticks, setTicks] = useState<Record<string, number>>({});

  const bump = useCallback((...topics: string[]) => {
    setTicks((t) => {
      const next = { ...t };
      for (const topic of topics) next[topic] = (next[topic] ?? 0) + 1;
      return next;
    });
  }, []);

  useEffect(() => {
    let live = true;
    void whoAmI(client).then((w) => live && setWho(w));
    const stop = openEventStream(
      client,
      (e) => {
        // Any change may touch the ledger; a pause shows up as a ledger entry too.
        bump(e.topic, 'ledger', ...(e.topic === 'incident' ? ['topology'] : []));
      },
      (s) => {
        setStream(s);
        // After a reconnect, events may have been missed: re-read everything.
        if (s === 'live') bump('incident', 'action', 'approval', 'pause', 'ledger', 'topology', 'memory');
      },
    );
    return () => {
      live = false;
      stop();
    };
  }, [client, bump]);

  const value = useMemo<Session>(
    () => ({
      client,
      who,
      stream,
      ticks,
      bump,
      setToken(next: string) {
        try {
          if (next) localStorage.setItem(TOKEN_KEY, next);
          else localStorage.removeItem(TOKEN_KEY);
        } catch {
          // Private mode: the token lasts for this page only.
        }
        setTokenState(next);
      },
      can(need: Role) {
        if (who.role === 'unknown') return true;
        if (who.role === 'anonymous') return false;
        return ROLES.indexOf(who.role) >= ROLES.indexOf(need);
      },
    }),
    [client, who, stream, ticks, bump],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The shared session; only inside SessionProvider. */
export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}
