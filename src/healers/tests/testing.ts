/**
 * A builder for fingerprints in unit tests: a plausible element with every
 * field filled, overridden where a test cares.
 */
import type { Fingerprint } from './fingerprint.js';

/** A fingerprint of a button unless overridden. */
export function fp(over: Partial<Fingerprint> = {}): Fingerprint {
  return {
    v: 2,
    tag: 'button',
    id: null,
    name: null,
    classes: [],
    text: '',
    role: 'button',
    accessibleName: null,
    attributes: {},
    testIds: {},
    xpath: '/html[1]/body[1]/main[1]/button[1]',
    indexPath: [1, 0, 0],
    box: { x: 100, y: 100, width: 80, height: 30 },
    neighbors: [],
    container: '',
    ancestors: [{ tag: 'main', id: null, classes: [] }],
    visible: true,
    ...over,
  };
}
