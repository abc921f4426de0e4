/**
 * A small fetch wrapper for the homeostat API: adds the bearer token, turns the
 * API's coded errors (`{ error: { code, message } }`) into ApiError, and parses
 * every answer with a zod schema so that the panels only see typed values.
 */
import { z } from 'zod';

/** Where the API lives: the dashboard is served by the same server, so the path is relative. */
export const API_BASE = '/api/v1';

/** An error answer, kept with its HTTP status so that the UI can say 401 from 403 from 500. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }
}

const ErrorBody = z.looseObject({
  error: z.union([z.looseObject({ code: z.string().optional(), message: z.string() }), z.string()]),
});

async function toApiError(res: Response): Promise<ApiError> {
  const text = await res.text().catch(() => '');
  try {
    const body = ErrorBody.parse(JSON.parse(text));
    if (typeof body.error === 'string') return new ApiError(res.status, `HTTP_${res.status}`, body.error);
    return new ApiError(res.status, body.error.code ?? `HTTP_${res.status}`, body.error.message);
  } catch {
    return new ApiError(res.status, `HTTP_${res.status}`, text.slice(0, 200) || res.statusText);
  }
}

/** The API as the dashboard uses it; `token` may be empty (anonymous read, when the server allows it). */
export class ApiClient {
  readonly token: string;
  constructor(token: string) {
    this.token = token;
  }

  headers(extra: Record<string, string> = {}): Record<string, string> {
    return this.token ? { ...extra, authorization: `Bearer ${this.token}` } : extra;
  }

  /** GET a path under /api/v1 and parse it. */
  async get<T>(path: string, schema: z.ZodType<T>, signal?: AbortSignal): Promise<T> {
    const res = await fetch(API_BASE + path, { headers: this.headers(), ...(signal ? { signal } : {}) });
    if (!res.ok) throw await toApiError(res);
    return schema.parse(await res.json());
  }

  /** POST a JSON body; the answer is returned unparsed (callers refetch what they show). */
  async post(path: string, body: Record<string, unknown> = {}): Promise<unknown> {
    const res = await fetch(API_BASE + path, {
      method: 'POST',
      headers: this.headers({ 'content-type': 'application/json' }),
      body: JSON.stringify(body),
    });
    if (!res.ok) throw await toApiError(res);
    return res.status === 204 ? null : res.json().catch(() => null);
  }
}

/**
 * A list answer may come bare (`[...]`) or wrapped (`{ incidents: [...] }`, `{ items: [...] }`);
 * this accepts either so that the panels do not depend on the envelope.
 */
export function listOf<T>(item: z.ZodType<T>, ...keys: string[]): z.ZodType<T[]> {
  return z.unknown().transform((value, ctx) => {
    let list: unknown = value;
    if (!Array.isArray(value) && value && typeof value === 'object') {
      const obj = value as Record<string, unknown>;
      const key = [...keys, 'items', 'data'].find((k) => Array.isArray(obj[k]));
      list = key ? obj[key] : undefined;
    }
    const parsed = z.array(item).safeParse(list);
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', message: `unexpected list answer: ${parsed.error.message}` });
      return z.NEVER;
    }
    return parsed.data;
  });
}

/** A short readable text for any error, for banners. */
export function describeError(err: unknown): string {
  if (err instanceof ApiError) {
    if (err.status === 401) return `Not signed in (401): ${err.message}. Enter an API token above.`;
    if (err.status === 403) return `Not allowed (403): ${err.message}. Your token's role cannot do this.`;
    return `${err.code} (${err.status}): ${err.message}`;
  }
  if (err instanceof Error) return err.message;
  return String(err);
}
