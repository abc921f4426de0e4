/**
 * Structured logs for the demo services: one JSON object per stdout line,
 * `{"ts","level","service","msg",...}`. Error messages are stable templates
 * (the variable parts go in fields), so a log template miner groups them.
 */

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** A logger bound to one service. */
export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

/**
 * @example const log = createLogger('orders', '1.0.0'); log.error('payment call failed', { peer: 'payments' });
 */
export function createLogger(
  service: string,
  version: string,
  write: (line: string) => void = (l) => process.stdout.write(l),
  now: () => number = Date.now,
): Logger {
  const emit = (level: LogLevel, msg: string, fields: LogFields = {}) => {
    const line: Record<string, unknown> = { ts: new Date(now()).toISOString(), level, service, version, msg };
    for (const [k, v] of Object.entries(fields)) if (v !== undefined && !(k in line)) line[k] = v;
    write(`${JSON.stringify(line)}\n`);
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
  };
}
