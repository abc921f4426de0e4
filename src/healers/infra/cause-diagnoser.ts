/**
 * Classifies what kind of fault an infra incident is, from the evidence on
 * the suspect entity: a process that exited is a crash; a process that runs
 * but does not answer is hung; an error-rate rise right after a deploy is a
 * bad release; after a config change, a bad config. Remedies match on these
 * cause classes. Entity ranking across a topology is the RCA diagnoser's job;
 * this one names the cause on the entities the incident already involves.
 */
import type { ChangeEvent, Diagnoser, DiagnosisContext } from '../../core/stages.js';
import { type Evidence, type Hypothesis, type Incident, newId, type Signal } from '../../model/index.js';

export interface CauseDiagnoserOptions {
  /** A change this long before the first anomaly counts as a suspect. */
  readonly changeLookbackMs?: number;
}

export class CauseDiagnoser implements Diagnoser {
  readonly name = 'infra.cause';
  readonly #lookback: number;

  constructor(options: CauseDiagnoserOptions = {}) {
    this.#lookback = options.changeLookbackMs ?? 15 * 60_000;
  }

  async diagnose(incident: Incident, ctx: DiagnosisContext): Promise<readonly Hypothesis[]> {
    const onset = Math.min(...incident.anomalies.map((a) => a.at), ctx.now);
    const out: Hypothesis[] = [];
    for (const entity of incident.entities) {
      const anomalies = incident.anomalies.filter((a) => a.entity === entity);
      if (anomalies.length === 0) continue;
      const signals = ctx.recentSignals(entity, onset - this.#lookback);
      const changes = ctx.changes(onset - this.#lookback, ctx.now).filter((c) => c.entity === entity);
      const h = classify(
        incident,
        entity,
        anomalies.map((a) => a.indicator),
        signals,
        changes,
        onset,
      );
      if (h) out.push({ ...h, id: newId('hypothesis'), incidentId: incident.id, diagnoser: this.name });
    }
    return out.sort((a, b) => b.confidence - a.confidence);
  }
}

type Draft = Omit<Hypothesis, 'id' | 'incidentId' | 'diagnoser'>;

function classify(
  incident: Incident,
  entity: string,
  indicators: readonly string[],
  signals: readonly Signal[],
  changes: readonly ChangeEvent[],
  onset: number,
): Draft | undefined {
  const exits = signals.filter(
    (s) => s.kind === 'probe' && s.name === 'process_exit' && s.labels.expected !== 'true',
  );
  const lastExit = exits[exits.length - 1];
  const evidence: Evidence[] = incident.anomalies
    .filter((a) => a.entity === entity)
    .slice(0, 5)
    .map((a) => ({
      kind: 'deviation',
      description: a.explanation.text,
      data: { indicator: a.indicator, at: a.at },
    }));
  const base = { entity: entity as Hypothesis['entity'] };

  const recentChange = [...changes].reverse().find((c) => c.at <= onset + 60_000);
  if (recentChange && (recentChange.kind === 'deploy' || recentChange.kind === 'config')) {
    const isDeploy = recentChange.kind === 'deploy';
    const minutes = Math.max(0, Math.round((onset - recentChange.at) / 60_000));
    return {
      ...base,
      cause: isDeploy ? 'bad-release' : 'bad-config',
      indicator: indicators[0] ?? 'health',
      confidence: 0.85,
      evidence: [
        ...evidence,
        {
          kind: 'change',
          description: `${recentChange.description} ${minutes} min before the first anomaly`,
          data: { ...recentChange },
        },
      ],
      summary: `${isDeploy ? 'the release' : 'the config change'} on ${entity} preceded the fault: ${recentChange.description}`,
      facts: { change: recentChange.id, ...(recentChange.data ?? {}) },
    };
  }
  if (lastExit || indicators.includes('process_exit')) {
    const code = lastExit?.attributes?.code ?? null;
    return {
      ...base,
      cause: 'process-crashed',
      indicator: 'process_exit',
      confidence: 0.95,
      evidence: [
        ...evidence,
        {
          kind: 'signal',
          description: `the process exited (code ${String(code)}, signal ${String(lastExit?.attributes?.signal ?? null)})`,
          data: { code, logTail: lastExit?.attributes?.logTail ?? null },
        },
      ],
      summary: `${entity} crashed (exit code ${String(code)})`,
    };
  }
  if (indicators.includes('health')) {
    return {
      ...base,
      cause: 'process-hung',
      indicator: 'health',
      confidence: 0.8,
      evidence: [
        ...evidence,
        { kind: 'signal', description: 'the process runs but its health endpoint does not answer' },
      ],
      summary: `${entity} is running but not answering its health checks`,
    };
  }
  return undefined;
}
