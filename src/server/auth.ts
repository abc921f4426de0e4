/**
 * Token authentication for the API. Tokens come from configuration (a literal
 * or `env:NAME`), are validated with zod, and only their SHA-256 digests are
 * kept in memory; a presented token is hashed and compared in constant time
 * against every known digest. The token's name is the identity that votes,
 * pauses and aborts: it is never taken from a request body.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { HomeostatError } from '../core/errors.js';
import { ENGINE_IDENTITY } from '../decide/approvals.js';

/** Roles in increasing order of power; each role may do all that the ones before it may. */
export const ROLES = ['viewer', 'operator', 'approver', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const RANK: Readonly<Record<Role, number>> = { viewer: 0, operator: 1, approver: 2, admin: 3 };

/** True when `have` is at least `need`. */
export function roleAtLeast(have: Role, need: Role): boolean {
  return RANK[have] >= RANK[need];
}

/** Shortest literal (or resolved) token accepted; shorter secrets are guessable. */
export const MIN_TOKEN_LENGTH = 16;

/** Identities no token may take: the engine's own, and the anonymous reader's. */
const RESERVED_NAMES: ReadonlySet<string> = new Set([ENGINE_IDENTITY, 'anonymous']);

const NameSchema = z
  .string()
  .trim()
  .min(1, 'a token needs a name (the identity it acts as)')
  .max(100)
  .regex(/^[A-Za-z0-9._@-]+$/, 'use letters, digits and . _ @ - only')
  .refine((n) => !RESERVED_NAMES.has(n.toLowerCase()), {
    message: `'${ENGINE_IDENTITY}' and 'anonymous' are reserved identities; a person's token may not use them (the engine never approves its own proposals)`,
  });

export const TokenEntrySchema = z.strictObject({
  name: NameSchema,
  role: z.enum(ROLES),
  token: z.string().min(1).describe(`The secret itself, or env:NAME to read it from an environment variable`),
});

/** The `tokens` section of the server configuration. */
export const TokenConfigSchema = z
  .strictObject({
    tokens: z.array(TokenEntrySchema).default([]),
    /** Lets requests without a token read (GET) as a viewer; for the demo only. Writes still need a token. */
    allowAnonymousRead: z.boolean().default(false),
  })
  .superRefine((cfg, ctx) => {
    const seen = new Map<string, number>();
    cfg.tokens.forEach((t, i) => {
      const key = t.name.toLowerCase();
      const first = seen.get(key);
      if (first !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['tokens', i, 'name'],
          message: `duplicate name '${t.name}' (first used at tokens[${first}])`,
        });
      else seen.set(key, i);
    });
  });

export type TokenConfig = z.input<typeof TokenConfigSchema>;

/** Who made a request. `anonymous` only exists when anonymous reading is enabled. */
export interface Principal {
  readonly name: string;
  readonly role: Role;
  readonly anonymous: boolean;
}

interface KnownToken {
  readonly name: string;
  readonly role: Role;
  readonly digest: Buffer;
}

const sha256 = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

function issuesText(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .map(
      (i) =>
        `${
          i.path
            .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
            .join('')
            .replace(/^\./, '') || '(root)'
        }: ${i.message}`,
    )
    .join('; ');
}

/**
 * Resolves and checks tokens.
 * @example
 * const auth = TokenAuthority.fromConfig({ tokens: [{ name: 'alice', role: 'approver', token: 'env:HOMEOSTAT_TOKEN_ALICE' }] });
 * auth.authenticate(req.headers.authorization) // { name: 'alice', role: 'approver', anonymous: false }
 */
export class TokenAuthority {
  readonly #tokens: readonly KnownToken[];
  readonly allowAnonymousRead: boolean;

  private constructor(tokens: readonly KnownToken[], allowAnonymousRead: boolean) {
    this.#tokens = tokens;
    this.allowAnonymousRead = allowAnonymousRead;
  }

  /** Validates the config and resolves `env:` references; throws HST_CONFIG_INVALID naming the field. */
  static fromConfig(config: unknown, env: NodeJS.ProcessEnv = process.env): TokenAuthority {
    const parsed = TokenConfigSchema.safeParse(config ?? {});
    if (!parsed.success) {
      throw new HomeostatError('HST_CONFIG_INVALID', `server auth: ${issuesText(parsed.error.issues)}`);
    }
    const known: KnownToken[] = [];
    const digests = new Map<string, string>();
    parsed.data.tokens.forEach((t, i) => {
      const secret = resolveSecret(t.token, env, `tokens[${i}].token`);
      if (secret.length < MIN_TOKEN_LENGTH) {
        throw new HomeostatError(
          'HST_CONFIG_INVALID',
          `server auth: tokens[${i}].token: the token for '${t.name}' is shorter than ${MIN_TOKEN_LENGTH} characters; use a random secret (e.g. openssl rand -hex 24)`,
        );
      }
      const digest = sha256(secret);
      const hex = digest.toString('hex');
      const other = digests.get(hex);
      if (other !== undefined) {
        throw new HomeostatError(
          'HST_CONFIG_INVALID',
          `server auth: tokens[${i}].token: '${t.name}' has the same token as '${other}'; every identity needs its own`,
        );
      }
      digests.set(hex, t.name);
      known.push({ name: t.name, role: t.role, digest });
    });
    return new TokenAuthority(known, parsed.data.allowAnonymousRead);
  }

  /** Number of configured tokens. */
  get size(): number {
    return this.#tokens.length;
  }

  /**
   * The principal for an Authorization header value, or undefined when the
   * header is missing. A header that is present but wrong throws HST_UNAUTHENTICATED.
   */
  authenticate(header: string | undefined): Principal | undefined {
    if (header === undefined || header.trim() === '') return undefined;
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!m?.[1]) {
      throw new HomeostatError('HST_UNAUTHENTICATED', 'the Authorization header must be "Bearer <token>"');
    }
    return this.check(m[1]);
  }

  /** The principal for a bare token; throws HST_UNAUTHENTICATED when it is unknown. */
  check(token: string): Principal {
    const digest = sha256(token);
    let found: KnownToken | undefined;
    // Compare with every token, without stopping early, so timing tells nothing.
    for (const t of this.#tokens) {
      if (timingSafeEqual(t.digest, digest) && found === undefined) found = t;
    }
    if (!found) throw new HomeostatError('HST_UNAUTHENTICATED', 'the token is not valid');
    return { name: found.name, role: found.role, anonymous: false };
  }
}

function resolveSecret(value: string, env: NodeJS.ProcessEnv, field: string): string {
  if (!value.startsWith('env:')) return value;
  const name = value.slice(4);
  const secret = env[name];
  if (secret === undefined || secret === '') {
    throw new HomeostatError(
      'HST_CONFIG_INVALID',
      `server auth: ${field}: environment variable ${name} is not set; export it or give the token literally`,
    );
  }
  return secret;
}

/** The anonymous reader, when anonymous reading is on. */
export const ANONYMOUS: Principal = { name: 'anonymous', role: 'viewer', anonymous: true };
