/** The hash-chained audit ledger: re-exports only. */
export * from './ledger.js';
export { type VerifyOptions, verifyEntries } from './verify.js';
