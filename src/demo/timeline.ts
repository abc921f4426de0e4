/**
 * The live terminal timeline of the demo: one line per step of each
 * incident (detect → diagnose → decide → act → verify), with colours when the
 * terminal has them. Silent in --json mode.
 */
import type { Action, ApprovalRequest, Incident } from '../model/index.js';
import type { ChaosEvent } from './chaos.js';
import type { DemoSystem } from './system.js';

const COLOR = {
  dim: '\x1b[2m',
  red: '\x1b[31m',
  green: '\x1b[32m',
  yellow: '\x1b[33m',
  cyan: '\x1b[36m',
  bold: '\x1b[1m',
  reset: '\x1b[0m',
} as const;

const STATE_COLOR: Record<string, keyof typeof COLOR> = {
  open: 'red',
  diagnosed: 'yellow',
  'awaiting-approval': 'yellow',
  acting: 'cyan',
  verifying: 'cyan',
  healed: 'green',
  'rolled-back': 'red',
  escalated: 'red',
  dismissed: 'dim',
};

export class Timeline {
  readonly #out: NodeJS.WritableStream;
  readonly #t0: number;
  readonly #enabled: boolean;
  readonly #color: boolean;
  readonly #seen = new Map<string, string>();

  constructor(out: NodeJS.WritableStream, t0: number, enabled: boolean) {
    this.#out = out;
    this.#t0 = t0;
    this.#enabled = enabled;
    this.#color = Boolean((out as { isTTY?: boolean }).isTTY) && !process.env.NO_COLOR;
  }

  banner(system: DemoSystem, schedule: readonly ChaosEvent[], durationS: number): void {
    const ports = system.services.map((s) => `${s.name} :${system.port(s.name) ?? '?'}`).join('  ');
    this.#line(
      `${this.#c('bold', 'homeostat demo')} — ${system.services.length} real services under supervision, ${durationS} s, ${schedule.length} faults scheduled`,
    );
    this.#line(`  ${ports}`);
    this.#line(
      `  dashboard: ${this.#c('bold', `${system.url}/`)} ${this.#c('dim', '(anyone on this machine may watch)')}`,
    );
    this.#line(`  sign in as approver: ${system.signInUrl('approver')}`);
    this.#line(`  sign in as operator: ${system.signInUrl('operator')}`);
    this.#line(
      `  load: a simulated week on the gateway, one day every 4 min; ledger and store under the demo folder; Ctrl-C stops cleanly`,
    );
    this.#line(
      `  schedule: ${schedule.map((e) => `${Math.round(e.atS)}s ${e.fault}@${e.service}`).join(', ')}\n`,
    );
  }

  inject(ev: ChaosEvent, describe?: string): void {
    this.#line(
      `${this.#stamp()} ${this.#c('bold', '⚡ chaos')}: ${ev.fault} on ${ev.service}${describe ? this.#c('dim', ` — ${describe}`) : ''}`,
    );
  }

  approval(req: ApprovalRequest, signIn: string): void {
    const key = `${req.id}:${req.state}`;
    if (this.#seen.has(key)) return;
    this.#seen.set(key, req.state);
    if (req.state === 'pending')
      this.#line(
        `${this.#stamp()} approval …${req.id.slice(-6)}  ${this.#c('yellow', 'waiting for a person'.padEnd(17))} ${req.proposal?.description ?? ''} — approve in the dashboard (${signIn}) or: homeostat approve ${req.id}`,
      );
    else
      this.#line(
        `${this.#stamp()} approval …${req.id.slice(-6)}  ${this.#c(req.state === 'approved' ? 'green' : 'red', req.state.padEnd(17))}`,
      );
  }

  incident(inc: Incident): void {
    if (this.#seen.get(inc.id) === inc.state) return;
    this.#seen.set(inc.id, inc.state);
    const short = inc.id.slice(-6);
    const state = this.#c(STATE_COLOR[inc.state] ?? 'dim', inc.state.padEnd(17));
    let detail = '';
    if (inc.state === 'open') detail = inc.title;
    else if (inc.state === 'diagnosed') {
      const h = inc.hypotheses[0];
      detail = h ? `${h.cause} (${Math.round(h.confidence * 100)}%): ${h.summary}` : '';
    } else if (inc.closedAt) {
      detail = `${inc.resolution ?? ''} — ${((inc.closedAt - inc.openedAt) / 1000).toFixed(1)} s after detection`;
    } else detail = inc.resolution ?? '';
    this.#line(`${this.#stamp()} incident …${short}  ${state} ${detail}`);
  }

  action(a: Action): void {
    if (a.state !== 'intent') return;
    this.#line(
      `${this.#stamp()} action   …${a.id.slice(-6)}  ${this.#c('cyan', 'decide'.padEnd(17))} ${a.description} [${a.mode} · rule ${a.ruleId} · ${a.risk} risk]`,
    );
  }

  note(text: string): void {
    this.#line(`${this.#stamp()} ${this.#c('dim', text)}`);
  }

  #stamp(): string {
    return this.#c('dim', `[${((Date.now() - this.#t0) / 1000).toFixed(1).padStart(6)}s]`);
  }

  #c(color: keyof typeof COLOR, text: string): string {
    return this.#color ? `${COLOR[color]}${text}${COLOR.reset}` : text;
  }

  #line(text: string): void {
    if (this.#enabled) this.#out.write(`${text}\n`);
  }
}
