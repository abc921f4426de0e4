/**
 * The demo's load: a seeded generator of real requests to the gateway that
 * follows a compressed daily and weekly curve, with benign spikes.
 */
export { LoadGenerator, type LoadOptions, type LoadStatus, type RequestKind } from './generator.js';
export {
  DAY_MS,
  DAY_NAMES,
  dailyShape,
  mondayRush,
  SIM_EPOCH,
  type SpikeWindow,
  scheduledSpikes,
  seasonalFactor,
  simPoint,
  spikeFactor,
  weeklyFactor,
} from './seasonality.js';
