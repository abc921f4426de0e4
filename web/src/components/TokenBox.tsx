/**
 * Who you are to the API: the token (kept in this browser's localStorage) and
 * the role the server gives it. The token itself is never shown once saved.
 */
import { type FormEvent, useState } from 'react';
import { useSession } from '../api/session.js';

export function TokenBox() {
  const { who, setToken, client } = useSession();
  const [editing, setEditing] = useState(!client.token);
  const [value, setValue] = useState('');

  function save(e: FormEvent) {
    e.preventDefault();
    setToken(value.trim());
    setValue('');
    setEditing(false);
  }

  if (editing) {
    return (
      <form className="token-form" onSubmit={save}>
        <input
          type="password"
          aria-label="API token"
          placeholder="API token"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          data-testid="token-input"
          autoComplete="off"
        />
        <button type="submit" className="btn small primary tone-ok" data-testid="token-save">
          Sign in
        </button>
        {client.token ? (
          <button type="button" className="btn small" onClick={() => setEditing(false)}>
            Cancel
          </button>
        ) : null}
      </form>
    );
  }
  return (
    <div className="who" data-testid="who" data-role={who.role}>
      <span className="who-name">{who.name}</span>
      <span className={`chip role role-${who.role}`}>
        {who.role === 'anonymous' ? 'read only' : who.role}
      </span>
      {who.error ? <span className="bad-text small">{who.error}</span> : null}
      <button type="button" className="btn small" onClick={() => setEditing(true)}>
        {client.token ? 'Change token' : 'Sign in'}
      </button>
      {client.token ? (
        <button type="button" className="btn small" onClick={() => setToken('')}>
          Sign out
        </button>
      ) : null}
    </div>
  );
}
