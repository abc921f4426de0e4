/**
 * The verification window of one action: every health reading the executor
 * took, coloured by its verdict, between the moment the action was applied and
 * its verification deadline. When the readings carry a value (an error rate,
 * a latency) the value is drawn; otherwise the verdict itself is the level.
 */
import { useMemo } from 'react';
import type uPlot from 'uplot';
import type { HealthReading } from '../api/types.js';
import { COLORS, markers } from './plot-style.js';
import { UPlotChart } from './UPlotChart.js';

const LEVEL: Record<string, number> = { healthy: 1, unhealthy: 0, worse: -1, 'no-data': 0.5 };
const STATUSES = ['healthy', 'unhealthy', 'worse', 'no-data'] as const;
const STATUS_COLOR: Record<(typeof STATUSES)[number], string> = {
  healthy: COLORS.ok,
  unhealthy: COLORS.bad,
  worse: COLORS.worse,
  'no-data': COLORS.idle,
};

type Status = (typeof STATUSES)[number];
const statusesOf = (key: string): Status[] => STATUSES.filter((s) => key.split(',').includes(s));

export function VerificationChart({
  readings,
  appliedAt,
  deadline,
}: {
  readings: readonly HealthReading[];
  appliedAt?: number;
  deadline?: number;
}) {
  const hasValues = readings.some((r) => r.value !== undefined);
  const t0 = appliedAt ?? readings[0]?.at ?? 0;
  // Only the verdicts that occurred get a series (and a legend entry).
  const presentKey = STATUSES.filter((s) => readings.some((r) => r.status === s)).join(',');

  const data = useMemo<uPlot.AlignedData>(() => {
    const present = statusesOf(presentKey);
    const xs = readings.map((r) => (r.at - t0) / 1000);
    const y = (r: HealthReading) => (hasValues ? (r.value ?? null) : (LEVEL[r.status] ?? null));
    return [
      xs,
      ...present.map((s) => readings.map((r) => (r.status === s ? y(r) : null))),
      readings.map((r) => y(r)),
    ];
  }, [readings, t0, hasValues, presentKey]);

  const options = useMemo<Omit<uPlot.Options, 'width'>>(() => {
    const present = statusesOf(presentKey);
    const lines: { x: number; label: string; color: string }[] = [
      { x: 0, label: 'applied', color: COLORS.ink },
    ];
    if (deadline !== undefined)
      lines.push({ x: (deadline - t0) / 1000, label: 'deadline', color: COLORS.muted });
    return {
      height: 180,
      legend: { show: true, live: false },
      cursor: { drag: { x: false, y: false } },
      scales: {
        // Start at the moment of the action so that the 'applied' marker is on the chart.
        x: { time: false, range: (_u, _min, max) => [0, Math.max(max, 1)] },
        y: hasValues ? {} : { range: [-1.4, 1.4] },
      },
      axes: [
        { label: 'seconds after the action', stroke: COLORS.muted, grid: { stroke: COLORS.grid } },
        hasValues
          ? { stroke: COLORS.muted, grid: { stroke: COLORS.grid } }
          : {
              stroke: COLORS.muted,
              grid: { stroke: COLORS.grid },
              size: 80,
              splits: () => [-1, 0, 1],
              values: (_u, vals) => vals.map((v) => (v === 1 ? 'healthy' : v === 0 ? 'unhealthy' : 'worse')),
            },
      ],
      series: [
        { label: 't (s)' },
        ...present.map((s) => ({
          label: s,
          stroke: STATUS_COLOR[s],
          paths: () => null,
          points: { show: true, size: 9, fill: STATUS_COLOR[s], stroke: STATUS_COLOR[s] },
        })),
        { label: hasValues ? 'value' : 'trend', stroke: COLORS.line, width: 1.5, points: { show: false } },
      ],
      plugins: [markers(lines)],
    };
  }, [hasValues, deadline, t0, presentKey]);

  return <UPlotChart options={options} data={data} testId="verification-chart" />;
}
