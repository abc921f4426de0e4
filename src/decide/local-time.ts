/**
 * Wall-clock day and minute in an IANA time zone, fast enough for the policy's
 * hot path. Intl is slow (microseconds per call), so the zone's UTC offset is
 * cached per 15-minute slot: every real offset change happens on a 15-minute
 * boundary of UTC, so a slot never straddles one.
 */

const SLOT_MS = 15 * 60_000;
const MAX_SLOTS_PER_ZONE = 4096;

interface ZoneCache {
  readonly format: Intl.DateTimeFormat;
  readonly offsets: Map<number, number>;
}

const zones = new Map<string, ZoneCache>();

function zone(tz: string): ZoneCache {
  let z = zones.get(tz);
  if (!z) {
    z = {
      format: new Intl.DateTimeFormat('en-US', {
        timeZone: tz,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      }),
      offsets: new Map(),
    };
    zones.set(tz, z);
  }
  return z;
}

function computeOffset(format: Intl.DateTimeFormat, at: number): number {
  const parts: Record<string, number> = {};
  for (const p of format.formatToParts(at)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const asUtc = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    (parts.hour ?? 0) % 24,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return asUtc - Math.floor(at / 1000) * 1000;
}

/**
 * The zone's offset from UTC in ms at instant `at` (positive east of Greenwich).
 * @example zoneOffsetMs('Europe/Berlin', Date.UTC(2024, 0, 1)) // 3600000
 */
export function zoneOffsetMs(tz: string, at: number): number {
  if (tz === 'UTC' || tz === 'Etc/UTC') return 0;
  const z = zone(tz);
  const slot = Math.floor(at / SLOT_MS);
  let off = z.offsets.get(slot);
  if (off === undefined) {
    off = computeOffset(z.format, slot * SLOT_MS);
    if (z.offsets.size >= MAX_SLOTS_PER_ZONE) z.offsets.clear();
    z.offsets.set(slot, off);
  }
  return off;
}

/** Local weekday (0 = Sunday) and minute of the day (0–1439). */
export interface LocalTime {
  readonly day: number;
  readonly minute: number;
}

/**
 * The weekday and minute of day at instant `at` in zone `tz`.
 * @example localTime(Date.UTC(2024, 0, 1, 2, 30), 'UTC') // { day: 1, minute: 150 }
 */
export function localTime(at: number, tz: string): LocalTime {
  const local = at + zoneOffsetMs(tz, at);
  const dayMs = 86_400_000;
  const days = Math.floor(local / dayMs);
  // 1970-01-01 was a Thursday (4).
  const day = (((days + 4) % 7) + 7) % 7;
  const minute = Math.floor((local - days * dayMs) / 60_000);
  return { day, minute };
}
