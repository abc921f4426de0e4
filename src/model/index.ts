/** The shared vocabulary: re-exports only. */
export * from './ids.js';
export * from './types.js';
