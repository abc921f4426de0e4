/**
 * The global pause. While paused every policy mode except deny becomes
 * approve: nothing changes without a person. Shown to everyone; only
 * operators and above can flip it, and a pause needs a reason.
 */
import { useResource } from '../api/resource.js';
import { useSession } from '../api/session.js';
import { PauseSchema } from '../api/types.js';
import { ago } from '../format.js';
import type { ReasonRequest } from './ReasonDialog.js';

export function PauseSwitch({ ask }: { ask(r: ReasonRequest): void }) {
  const { client, can, bump } = useSession();
  const pause = useResource('/pause', PauseSchema, ['pause', 'ledger'], 10_000);
  const p = pause.data;
  const allowed = can('operator');

  function toggle() {
    if (!p) return;
    if (p.paused) {
      ask({
        title: 'Resume autonomous healing?',
        confirm: 'Resume',
        tone: 'ok',
        required: false,
        placeholder: 'optional',
        async run() {
          await client.post('/resume', {});
          bump('pause', 'ledger');
        },
      });
    } else {
      ask({
        title: 'Pause: every action will need approval',
        confirm: 'Pause',
        tone: 'warn',
        placeholder: 'e.g. database migration in progress',
        async run(reason) {
          await client.post('/pause', { reason });
          bump('pause', 'ledger');
        },
      });
    }
  }

  if (!p) return <div className="pause idle">{pause.error ? 'pause state unknown' : '…'}</div>;
  return (
    <div className={`pause ${p.paused ? 'on' : 'off'}`} data-testid="pause" data-paused={String(p.paused)}>
      <span className="pause-state">
        {p.paused ? (
          <>
            <b>PAUSED</b> by {p.by ?? 'unknown'}
            {p.since ? ` ${ago(p.since)}` : ''}
            {p.reason ? ` — ${p.reason}` : ''}
          </>
        ) : (
          <>
            <b>Autonomous</b> healing on
          </>
        )}
      </span>
      {allowed ? (
        <button
          type="button"
          className={`btn small ${p.paused ? 'tone-ok primary' : 'tone-warn'}`}
          onClick={toggle}
        >
          {p.paused ? 'Resume' : 'Pause'}
        </button>
      ) : null}
    </div>
  );
}
