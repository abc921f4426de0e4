/**
 * One indicator over time with its expected band (what the baseline considers
 * normal, shaded) and the anomalies marked as red dots, so that a person sees
 * at once when and how far a value left its normal range.
 */
import { useMemo } from 'react';
import type uPlot from 'uplot';
import type { SeriesPoint } from '../api/types.js';
import { COLORS } from './plot-style.js';
import { UPlotChart } from './UPlotChart.js';

export function MetricChart({ points, label }: { points: readonly SeriesPoint[]; label: string }) {
  const hasBand = points.some((p) => p.lo != null && p.hi != null);

  const data = useMemo<uPlot.AlignedData>(
    () => [
      points.map((p) => p.t / 1000),
      points.map((p) => p.v),
      points.map((p) => p.hi ?? null),
      points.map((p) => p.lo ?? null),
      points.map((p) => (p.anomaly ? p.v : null)),
    ],
    [points],
  );

  const options = useMemo<Omit<uPlot.Options, 'width'>>(
    () => ({
      height: 200,
      legend: { show: true, live: false },
      cursor: { drag: { x: true, y: false } },
      scales: {
        x: { time: true },
        // Fit the values, not the band: a wide band after a jump must not flatten the line.
        y: {
          range: (u) => {
            const vs = (u.data[1] ?? []).filter((v): v is number => typeof v === 'number');
            const lo = Math.min(0, ...vs);
            const hi = Math.max(...vs, lo + 1);
            return [lo, hi + (hi - lo) * 0.1];
          },
        },
      },
      axes: [
        { stroke: COLORS.muted, grid: { stroke: COLORS.grid } },
        { stroke: COLORS.muted, grid: { stroke: COLORS.grid }, size: 60 },
      ],
      series: [
        {},
        { label, stroke: COLORS.line, width: 1.75, points: { show: false } },
        {
          label: 'expected high',
          stroke: hasBand ? 'rgba(43,108,176,0.35)' : 'transparent',
          width: 1,
          dash: [4, 4],
          points: { show: false },
        },
        {
          label: 'expected low',
          stroke: hasBand ? 'rgba(43,108,176,0.35)' : 'transparent',
          width: 1,
          dash: [4, 4],
          points: { show: false },
        },
        {
          label: 'anomaly',
          stroke: COLORS.bad,
          paths: () => null,
          points: { show: true, size: 8, fill: COLORS.bad, stroke: COLORS.bad },
        },
      ],
      bands: hasBand ? [{ series: [2, 3], fill: COLORS.band }] : [],
    }),
    [label, hasBand],
  );

  return <UPlotChart options={options} data={data} testId="metric-chart" />;
}
