/**
 * Small numeric helpers for the baseline: the Gaussian tail and calendar bins.
 * Kept allocation-free because they run once per point on the hot path.
 */

/**
 * Upper tail of the standard normal, Q(x) = P(Z > x), accurate to ~1e-7
 * relative (Abramowitz–Stegun 7.1.26 style erfc with a continued tail).
 */
export function gaussianTail(x: number): number {
  if (x < 0) return 1 - gaussianTail(-x);
  if (x > 37) return 0;
  // W. J. Cody-like rational approximation via erfc(x/√2) / 2.
  const z = x / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return r / 2;
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** Monday = 0 … Sunday = 6 for an epoch-ms time shifted into local time by `offsetMs`. */
export function dayOfWeek(at: number, offsetMs: number): number {
  // 1970-01-01 was a Thursday (index 3 with Monday = 0).
  return (((Math.floor((at + offsetMs) / DAY_MS) + 3) % 7) + 7) % 7;
}

/** Hour of the week, 0 = Monday 00:00 … 167 = Sunday 23:00. */
export function hourOfWeek(at: number, offsetMs: number): number {
  const hour = ((Math.floor((at + offsetMs) / HOUR_MS) % 24) + 24) % 24;
  return dayOfWeek(at, offsetMs) * 24 + hour;
}

/** Half-hour slot of the day, 0 … 47. */
export function slotOfDay(at: number, offsetMs: number): number {
  return ((Math.floor((at + offsetMs) / (HOUR_MS / 2)) % 48) + 48) % 48;
}

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** 'mon 09:00' for an hour-of-week bin. */
export function weekLabel(bin: number): string {
  return `${DAYS[Math.floor(bin / 24) % 7]} ${String(bin % 24).padStart(2, '0')}:00`;
}

/** 'daily 09:30' for a half-hour slot. */
export function dayLabel(slot: number): string {
  return `daily ${String(Math.floor(slot / 2)).padStart(2, '0')}:${slot % 2 ? '30' : '00'}`;
}
