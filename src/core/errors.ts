/**
 * One registry of coded errors. Codes are never reused; each says whether a
 * retry can help, and which HTTP status the API answers with.
 */

export interface ErrorSpec {
  readonly message: string;
  readonly status: number;
  readonly retryable: boolean;
}

export const ERRORS = {
  HST_CONFIG_INVALID: { message: 'configuration is invalid', status: 400, retryable: false },
  HST_POLICY_INVALID: { message: 'policy file is invalid', status: 400, retryable: false },
  HST_INPUT_INVALID: { message: 'input is invalid', status: 400, retryable: false },
  HST_PAYLOAD_TOO_LARGE: { message: 'payload is too large', status: 413, retryable: false },
  HST_UNSUPPORTED_MEDIA: { message: 'unsupported content type', status: 415, retryable: false },
  HST_OVERLOADED: { message: 'ingest is saturated; retry later', status: 503, retryable: true },
  HST_RATE_LIMITED: { message: 'too many requests; retry later', status: 429, retryable: true },
  HST_NOT_FOUND: { message: 'not found', status: 404, retryable: false },
  HST_UNAUTHENTICATED: { message: 'a valid token is required', status: 401, retryable: false },
  HST_FORBIDDEN: { message: 'the token lacks the role for this operation', status: 403, retryable: false },
  HST_CONFLICT: { message: 'conflicting state', status: 409, retryable: false },
  HST_SELF_APPROVAL: {
    message: 'an identity may not approve its own proposal',
    status: 403,
    retryable: false,
  },
  HST_APPROVAL_CLOSED: {
    message: 'the approval request is no longer pending',
    status: 409,
    retryable: false,
  },
  HST_DUPLICATE_VOTE: { message: 'this identity has already voted', status: 409, retryable: false },
  HST_UNKNOWN_COMPONENT: {
    message: 'no component is registered under that name',
    status: 400,
    retryable: false,
  },
  HST_ACTUATOR_PERMANENT: {
    message: 'the actuator failed and a retry will not help',
    status: 500,
    retryable: false,
  },
  HST_ACTUATOR_RETRYABLE: { message: 'the actuator failed; a retry may help', status: 503, retryable: true },
  HST_IDEMPOTENCY_CONFLICT: {
    message: 'an action with this idempotency key was already applied',
    status: 409,
    retryable: false,
  },
  HST_LEDGER_BROKEN: { message: 'the ledger chain does not verify', status: 500, retryable: false },
  HST_STORE: { message: 'the store failed', status: 500, retryable: true },
  HST_DATA_MISSING: { message: 'required data is missing', status: 400, retryable: false },
  HST_TIMEOUT: { message: 'the operation timed out', status: 504, retryable: true },
  HST_INTERNAL: { message: 'an unexpected error in homeostat; see its log', status: 500, retryable: true },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERRORS;

/**
 * An error with a stable code. The message names what was wrong and where.
 * @example throw new HomeostatError('HST_POLICY_INVALID', 'policy.yaml:12: mode must be one of auto, …')
 */
export class HomeostatError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly retryable: boolean;
  readonly details?: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message?: string, details?: Readonly<Record<string, unknown>>) {
    const spec: ErrorSpec = ERRORS[code];
    super(message ?? spec.message);
    this.name = 'HomeostatError';
    this.code = code;
    this.status = spec.status;
    this.retryable = spec.retryable;
    if (details) this.details = details;
  }
}

/** True when the error is one of ours with that code. */
export function isCode(err: unknown, code: ErrorCode): err is HomeostatError {
  return err instanceof HomeostatError && err.code === code;
}

/** A message for any thrown value, without a stack. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
