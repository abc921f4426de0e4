/**
 * Colours and a marker plugin shared by the uPlot charts, so that green, amber
 * and red mean the same on every chart as on the chips.
 */
import type uPlot from 'uplot';

export const COLORS = {
  ok: '#1a7f4b',
  warn: '#b7791f',
  bad: '#c53030',
  worse: '#7b1f1f',
  idle: '#8a94a3',
  ink: '#1f2933',
  muted: '#5f6b7a',
  grid: '#e6e9ee',
  line: '#2b6cb0',
  band: 'rgba(43, 108, 176, 0.12)',
} as const;

/** Draws labelled vertical lines at x values (an action applied, a deadline). */
export function markers(lines: readonly { x: number; label: string; color: string }[]): uPlot.Plugin {
  return {
    hooks: {
      draw: [
        (u: uPlot) => {
          const ctx = u.ctx;
          ctx.save();
          ctx.font = `${Math.round(11 * devicePixelRatio)}px system-ui, sans-serif`;
          for (const l of lines) {
            const x = Math.round(u.valToPos(l.x, 'x', true));
            if (x < u.bbox.left || x > u.bbox.left + u.bbox.width) continue;
            ctx.strokeStyle = l.color;
            ctx.fillStyle = l.color;
            ctx.setLineDash([4 * devicePixelRatio, 3 * devicePixelRatio]);
            ctx.lineWidth = devicePixelRatio;
            ctx.beginPath();
            ctx.moveTo(x, u.bbox.top);
            ctx.lineTo(x, u.bbox.top + u.bbox.height);
            ctx.stroke();
            // Labels sit at the bottom, clear of the y-axis labels and the data near the top.
            ctx.fillText(
              l.label,
              x + 4 * devicePixelRatio,
              u.bbox.top + u.bbox.height - 4 * devicePixelRatio,
            );
          }
          ctx.restore();
        },
      ],
    },
  };
}
