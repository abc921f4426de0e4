/**
 * Asks a person for the reason behind an approve, reject or pause before it is
 * sent; the reason goes into the ledger with their identity. A modal <dialog>
 * so that the keyboard and screen readers treat it as one.
 */

import { type FormEvent, useEffect, useRef, useState } from 'react';
import { describeError } from '../api/client.js';

export interface ReasonRequest {
  readonly title: string;
  readonly confirm: string;
  /** 'bad' for reject-like actions (red button). */
  readonly tone: 'ok' | 'bad' | 'warn';
  readonly placeholder?: string;
  readonly required?: boolean;
  /** Sends the request; a thrown error is shown in the dialog and keeps it open. */
  run(reason: string): Promise<void>;
}

export function ReasonDialog({ request, onClose }: { request: ReasonRequest | undefined; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (request && !d.open) {
      setReason('');
      setError(undefined);
      d.showModal();
    } else if (!request && d.open) d.close();
  }, [request]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!request) return;
    if (request.required !== false && !reason.trim()) {
      setError('Please give a reason; it is recorded in the ledger with your name.');
      return;
    }
    setBusy(true);
    try {
      await request.run(reason.trim());
      onClose();
    } catch (err) {
      setError(describeError(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog ref={ref} className="dialog" onClose={onClose} data-testid="reason-dialog">
      <form onSubmit={submit}>
        <h3>{request?.title}</h3>
        <label htmlFor="reason-input">Reason (recorded in the audit ledger)</label>
        <textarea
          id="reason-input"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={request?.placeholder ?? 'Why?'}
          rows={3}
          autoFocus
        />
        {error ? (
          <div className="banner bad" role="alert">
            {error}
          </div>
        ) : null}
        <div className="dialog-buttons">
          <button type="button" className="btn" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className={`btn primary tone-${request?.tone ?? 'ok'}`} disabled={busy}>
            {busy ? 'Sending…' : request?.confirm}
          </button>
        </div>
      </form>
    </dialog>
  );
}
