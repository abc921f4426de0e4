/**
 * The human's side: list incidents, vote on approvals, pause and resume.
 * These write to the store; a running engine picks the change up within a
 * second and writes it to the ledger (the engine is the ledger's one writer).
 */

import { resolve } from 'node:path';
import type { Command } from 'commander';
import { systemClock } from '../../core/clock.js';
import { HomeostatError } from '../../core/errors.js';
import type { Store } from '../../core/store.js';
import { ApprovalService } from '../../decide/approvals.js';
import { PauseSwitch } from '../../decide/pause.js';
import { Policy } from '../../decide/policy.js';
import type { Incident } from '../../model/index.js';
import { openStore } from '../../store/index.js';
import { identityOf, withStore } from '../options.js';

async function withOpenStore<T>(url: string, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(url);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

function requireIdentity(opts: { as?: string }, what: string): string {
  const who = identityOf(opts);
  if (!who)
    throw new HomeostatError(
      'HST_INPUT_INVALID',
      `${what} needs an identity: pass --as NAME or set HOMEOSTAT_USER`,
    );
  return who;
}

function ago(ms: number): string {
  const s = Math.max(0, Math.round((Date.now() - ms) / 1000));
  if (s < 120) return `${s}s ago`;
  if (s < 7200) return `${Math.round(s / 60)}m ago`;
  return `${Math.round(s / 3600)}h ago`;
}

function incidentLine(i: Incident): string {
  const top = i.hypotheses[0];
  const cause = top ? `${top.cause} on ${top.entity} (${Math.round(top.confidence * 100)}%)` : '—';
  return `${i.id}  ${i.state.padEnd(17)}  ${ago(i.openedAt).padStart(8)}  ${i.title}  · cause: ${cause}${
    i.resolution ? `  · ${i.resolution}` : ''
  }`;
}

export function registerHuman(program: Command): void {
  withStore(
    program
      .command('incidents')
      .description('list incidents, newest first, with pending approvals')
      .option('--state <states>', 'comma-separated states to show (e.g. open,awaiting-approval)')
      .option('--limit <n>', 'how many', '30')
      .option('--json', 'machine-readable output'),
  ).action(async (opts: { store: string; state?: string; limit: string; json?: boolean }) => {
    await withOpenStore(opts.store, async (store) => {
      const states = opts.state?.split(',').map((s) => s.trim()) as Incident['state'][] | undefined;
      const incidents = await store.listIncidents({
        ...(states ? { states } : {}),
        limit: Number(opts.limit) || 30,
      });
      const pending = await store.listApprovals({ state: 'pending' });
      if (opts.json) {
        process.stdout.write(`${JSON.stringify({ incidents, pendingApprovals: pending }, null, 2)}\n`);
        return;
      }
      if (incidents.length === 0) process.stdout.write('no incidents\n');
      for (const i of incidents) process.stdout.write(`${incidentLine(i)}\n`);
      if (pending.length > 0) {
        process.stdout.write('\npending approvals:\n');
        for (const r of pending) {
          const got = r.votes.filter((v) => v.decision === 'approve').length;
          process.stdout.write(
            `${r.id}  ${r.proposal.risk} risk  ${r.proposal.description}  (${got}/${r.requiredApprovals} approvals, expires ${new Date(r.expiresAt).toISOString()})\n`,
          );
        }
      }
    });
  });

  for (const decision of ['approve', 'reject'] as const) {
    withStore(
      program
        .command(decision)
        .description(`${decision} a pending action (the engine can never approve its own proposal)`)
        .argument('<approval-id>', 'the approval request id (see homeostat incidents)')
        .option('--as <name>', 'your identity (default $HOMEOSTAT_USER or $USER)')
        .option('--reason <text>', 'why', ''),
    ).action(async (id: string, opts: { store: string; as?: string; reason: string }) => {
      const by = requireIdentity(opts, decision);
      await withOpenStore(opts.store, async (store) => {
        const approvals = new ApprovalService(store, systemClock);
        const after = await approvals.vote(id, { by, decision, reason: opts.reason });
        const got = after.votes.filter((v) => v.decision === 'approve').length;
        process.stdout.write(`${after.id}: ${after.state} (${got}/${after.requiredApprovals} approvals)\n`);
      });
    });
  }

  withStore(
    program
      .command('pause')
      .description('global pause: every mode becomes approve until resumed')
      .option('--as <name>', 'your identity')
      .option('--reason <text>', 'why', '')
      .option('--status', 'only show whether the engine is paused'),
  ).action(async (opts: { store: string; as?: string; reason: string; status?: boolean }) => {
    await withOpenStore(opts.store, async (store) => {
      const pause = new PauseSwitch(store, systemClock, {
        flagFile: resolve(Policy.defaults().doc.pauseFlagFile),
      });
      const status = opts.status
        ? await pause.status()
        : await pause.pause(requireIdentity(opts, 'pause'), opts.reason);
      process.stdout.write(
        status.paused
          ? `paused by ${status.by ?? '?'}${status.reason ? ` (${status.reason})` : ''} [${status.sources.join(', ')}]\n`
          : 'not paused\n',
      );
    });
  });

  withStore(
    program
      .command('resume')
      .description('lift the global pause (also removes the pause flag file)')
      .option('--as <name>', 'your identity'),
  ).action(async (opts: { store: string; as?: string }) => {
    await withOpenStore(opts.store, async (store) => {
      const pause = new PauseSwitch(store, systemClock, {
        flagFile: resolve(Policy.defaults().doc.pauseFlagFile),
      });
      const r = await pause.resume(requireIdentity(opts, 'resume'));
      process.stdout.write(r.paused ? `still paused [${r.sources.join(', ')}]\n` : 'resumed\n');
    });
  });
}
