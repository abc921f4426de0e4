/**
 * The metrics of one entity, one chart per indicator: the value, the band
 * the baseline expects, and the points judged anomalous.
 */
import { useState } from 'react';
import { z } from 'zod';
import { ApiError } from '../api/client.js';
import { useResource } from '../api/resource.js';
import { SeriesPointSchema } from '../api/types.js';
import { MetricChart } from '../charts/MetricChart.js';
import { Card, Empty, ErrorBanner } from '../components/ui.js';
import { entityName } from '../format.js';

const CatalogSchema = z.looseObject({ indicators: z.array(z.string()) });
const SeriesSchema = z.looseObject({ points: z.array(SeriesPointSchema) });
const WINDOW_MS = 15 * 60_000;

export function MetricsCard({ entity }: { entity: string }) {
  const catalog = useResource(
    `/series/indicators?entity=${encodeURIComponent(entity)}`,
    CatalogSchema,
    ['incident'],
    10_000,
  );
  const notServed = catalog.error instanceof ApiError && catalog.error.status === 404;
  const indicators = catalog.data?.indicators ?? [];
  return (
    <Card
      title={`Metrics · ${entityName(entity)}`}
      testId="metrics-card"
      aside={<span className="muted small">last 15 min · shaded: expected range · red: anomaly</span>}
    >
      {notServed ? (
        <Empty title="Metric series are not served by this homeostat">The API has no /series route.</Empty>
      ) : (
        <ErrorBanner error={catalog.error} />
      )}
      {catalog.data && indicators.length === 0 ? (
        <Empty title={`No metrics recorded for ${entityName(entity)} yet`}>
          Series appear as samples arrive.
        </Empty>
      ) : null}
      <div className="metric-grid">
        {indicators.slice(0, 6).map((ind) => (
          <OneMetric key={ind} entity={entity} indicator={ind} />
        ))}
      </div>
    </Card>
  );
}

function OneMetric({ entity, indicator }: { entity: string; indicator: string }) {
  // Fixed at mount: a moving `since` would make every poll a new resource (and blank the chart).
  const [since] = useState(() => Date.now() - WINDOW_MS);
  const path = `/series?entity=${encodeURIComponent(entity)}&indicator=${encodeURIComponent(indicator)}&since=${since}`;
  const s = useResource(path, SeriesSchema, ['incident'], 5000);
  return (
    <div className="metric">
      <div className="metric-name" title={indicator}>
        {indicator}
      </div>
      <ErrorBanner error={s.error} />
      {s.data ? <MetricChart points={s.data.points} label="value" /> : <div className="chart-placeholder" />}
    </div>
  );
}
