/**
 * What the engine has learned: how often each remedy worked per target class,
 * and the autonomy changes (promotions and demotions) that evidence caused.
 */
import { z } from 'zod';
import { useResource } from '../api/resource.js';
import { OutcomeStatSchema, OverrideSchema } from '../api/types.js';
import { Card, Empty, ErrorBanner } from '../components/ui.js';
import { ago, percent } from '../format.js';

const MemorySchema = z.looseObject({
  byRemedy: z.array(OutcomeStatSchema).catch([]),
  overrides: z.array(OverrideSchema).catch([]),
});

export function MemoryPanel() {
  const m = useResource('/memory', MemorySchema, ['action', 'incident']);
  const rows = m.data?.byRemedy ?? [];
  const overrides = m.data?.overrides ?? [];
  return (
    <div className="stack">
      <Card title="Success rate per remedy and target class" testId="memory-panel">
        <ErrorBanner error={m.error} />
        {m.data && rows.length === 0 ? (
          <Empty title="Nothing learned yet">
            Each verified or rolled-back action adds to these statistics.
          </Empty>
        ) : null}
        {rows.length > 0 ? (
          <table className="table">
            <thead>
              <tr>
                <th>remedy</th>
                <th>target class</th>
                <th className="num">worked</th>
                <th className="num">failed</th>
                <th>success rate</th>
                <th>last</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const n = r.successes + r.failures;
                const rate = r.successRate ?? (n ? r.successes / n : null);
                const tone = rate === null ? 'idle' : rate >= 0.8 ? 'ok' : rate >= 0.5 ? 'warn' : 'bad';
                return (
                  <tr key={`${r.remedy}|${r.targetClass}`}>
                    <td>
                      <code>{r.remedy}</code>
                    </td>
                    <td>{r.targetClass}</td>
                    <td className="num">{r.successes}</td>
                    <td className="num">{r.failures}</td>
                    <td>
                      <div className={`rate tone-${tone}`}>
                        <div className="bar">
                          <div style={{ width: rate === null ? 0 : percent(rate) }} />
                        </div>
                        <span>{rate === null ? '—' : percent(rate)}</span>
                      </div>
                    </td>
                    <td className="muted">{r.lastAt ? ago(r.lastAt) : ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ) : null}
      </Card>
      <Card title="Autonomy overrides">
        {m.data && overrides.length === 0 ? (
          <Empty title="No overrides">
            The policy applies as written: no remedy has been promoted or demoted by evidence.
          </Empty>
        ) : null}
        {overrides.length > 0 ? (
          <table className="table">
            <thead>
              <tr>
                <th>change</th>
                <th>applies to</th>
                <th>new mode</th>
                <th>why</th>
                <th>when</th>
              </tr>
            </thead>
            <tbody>
              {overrides.map((o) => (
                <tr key={o.id}>
                  <td>
                    <span className={`chip tone-${o.kind === 'promotion' ? 'ok' : 'bad'}`}>{o.kind}</span>
                  </td>
                  <td>{[o.remedy, o.actionClass, o.target].filter(Boolean).join(' · ') || 'all'}</td>
                  <td>
                    <code>{o.mode}</code>
                  </td>
                  <td className="wrap">{o.reason}</td>
                  <td className="muted">{ago(o.at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </Card>
    </div>
  );
}
