/**
 * homeostat's public API (the package's "." export). Everything not
 * re-exported here is internal and free to change.
 */

export type { AuditLog, AuditRecord } from './core/audit.js';
export { type Bus, MemoryBus } from './core/bus.js';
export { type Clock, ManualClock, systemClock } from './core/clock.js';
export { type ComponentFactory, Registry } from './core/component.js';
export { ERRORS, type ErrorCode, HomeostatError } from './core/errors.js';
export {
  ActuatorError,
  type ApplyResult,
  type FailureClass,
  type Proposal,
  type RemedyContext,
  type RemedyDefinition,
} from './core/remedy.js';
export type {
  ChangeEvent,
  Detector,
  Diagnoser,
  DiagnosisContext,
  Receiver,
  SignalSink,
} from './core/stages.js';
export type { Store } from './core/store.js';
export { Policy } from './decide/policy.js';
export { Engine, type EngineOptions, type OpenIncidentInput } from './engine/engine.js';
export { Ledger } from './ledger/ledger.js';
export { Memory } from './memory/memory.js';
export * from './model/index.js';
export { createRuntime, type Runtime, type RuntimeOptions } from './runtime/runtime.js';
export { openStore } from './store/index.js';
export { MemoryStore } from './store/memory.js';
