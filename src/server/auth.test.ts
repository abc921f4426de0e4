/**
 * Token configuration and checking: validation naming the field, env
 * references, reserved identities, duplicate names and secrets, header
 * parsing, and the role order.
 */
import { describe, expect, it } from 'vitest';
import { roleAtLeast, TokenAuthority } from './auth.js';

const SECRET = 'a-secret-that-is-long-enough';

describe('TokenAuthority', () => {
  it('resolves literal and env: tokens and authenticates Bearer headers to the name and role', () => {
    const auth = TokenAuthority.fromConfig(
      {
        tokens: [
          { name: 'alice', role: 'approver', token: 'env:HOMEOSTAT_TOKEN_ALICE' },
          { name: 'otto', role: 'operator', token: SECRET },
        ],
      },
      { HOMEOSTAT_TOKEN_ALICE: 'alice-secret-0123456789' },
    );
    expect(auth.size).toBe(2);
    expect(auth.authenticate('Bearer alice-secret-0123456789')).toEqual({
      name: 'alice',
      role: 'approver',
      anonymous: false,
    });
    expect(auth.authenticate(`bearer ${SECRET}`)?.name).toBe('otto');
    expect(auth.authenticate(undefined)).toBeUndefined();
    expect(() => auth.authenticate('Bearer env:HOMEOSTAT_TOKEN_ALICE')).toThrow(/not valid/);
    expect(() => auth.authenticate(`Basic ${SECRET}`)).toThrow(/must be "Bearer <token>"/);
    expect(() => auth.check(`${SECRET}x`)).toThrow(expect.objectContaining({ code: 'HST_UNAUTHENTICATED' }));
    expect(auth.allowAnonymousRead).toBe(false);
  });

  it('rejects bad configuration, naming the field', () => {
    const bad =
      (config: unknown, env: NodeJS.ProcessEnv = {}) =>
      () =>
        TokenAuthority.fromConfig(config, env);
    expect(bad({ tokens: [{ name: 'engine', role: 'admin', token: SECRET }] })).toThrow(
      /tokens\[0\]\.name: 'engine' and 'anonymous' are reserved/,
    );
    expect(bad({ tokens: [{ name: 'anonymous', role: 'viewer', token: SECRET }] })).toThrow(/reserved/);
    expect(bad({ tokens: [{ name: 'al', role: 'root', token: SECRET }] })).toThrow(/tokens\[0\]\.role/);
    expect(bad({ tokens: [{ name: 'al', role: 'viewer', token: 'short' }] })).toThrow(
      /tokens\[0\]\.token: the token for 'al' is shorter than 16/,
    );
    expect(bad({ tokens: [{ name: 'al', role: 'viewer', token: 'env:NOPE' }] })).toThrow(
      /tokens\[0\]\.token: environment variable NOPE is not set/,
    );
    expect(
      bad({
        tokens: [
          { name: 'al', role: 'viewer', token: SECRET },
          { name: 'AL', role: 'admin', token: `${SECRET}2` },
        ],
      }),
    ).toThrow(/tokens\[1\]\.name: duplicate name 'AL'/);
    expect(
      bad({
        tokens: [
          { name: 'al', role: 'viewer', token: SECRET },
          { name: 'bo', role: 'admin', token: SECRET },
        ],
      }),
    ).toThrow(/'bo' has the same token as 'al'/);
    expect(bad({ tokens: [], extra: true })).toThrow(/unrecognized key|extra/i);
  });

  it('orders roles viewer < operator < approver < admin', () => {
    expect(roleAtLeast('admin', 'approver')).toBe(true);
    expect(roleAtLeast('approver', 'operator')).toBe(true);
    expect(roleAtLeast('operator', 'approver')).toBe(false);
    expect(roleAtLeast('viewer', 'operator')).toBe(false);
  });
});
