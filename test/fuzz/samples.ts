/** Valid seed inputs for the fuzz tests, in OTLP/JSON and remote_write object form. */
const now = BigInt(Date.now()) * 1_000_000n;
const t = String(now);
const attrs = [
  { key: 'service.name', value: { stringValue: 'fuzz' } },
  { key: 'n', value: { intValue: '7' } },
  { key: 'list', value: { arrayValue: { values: [{ doubleValue: 1.5 }, { boolValue: true }] } } },
  { key: 'kv', value: { kvlistValue: { values: [{ key: 'b', value: { bytesValue: 'AAE=' } }] } } },
];

export const METRICS = {
  resourceMetrics: [
    {
      resource: { attributes: attrs },
      scopeMetrics: [
        {
          scope: { name: 's', version: '1' },
          metrics: [
            { name: 'g', gauge: { dataPoints: [{ timeUnixNano: t, asDouble: 1, attributes: attrs }] } },
            {
              name: 's',
              sum: {
                isMonotonic: true,
                aggregationTemporality: 2,
                dataPoints: [{ timeUnixNano: t, asInt: '3' }],
              },
            },
            {
              name: 'h',
              histogram: {
                dataPoints: [
                  { timeUnixNano: t, count: '3', sum: 2, bucketCounts: ['1', '2'], explicitBounds: [1] },
                ],
              },
            },
            {
              name: 'e',
              exponentialHistogram: { dataPoints: [{ timeUnixNano: t, count: '1', sum: 1, scale: 2 }] },
            },
            {
              name: 'q',
              summary: {
                dataPoints: [
                  { timeUnixNano: t, count: '1', sum: 1, quantileValues: [{ quantile: 0.5, value: 1 }] },
                ],
              },
            },
          ],
        },
      ],
    },
  ],
};

export const LOGS = {
  resourceLogs: [
    {
      resource: { attributes: attrs },
      scopeLogs: [
        {
          logRecords: [
            {
              timeUnixNano: t,
              severityNumber: 9,
              severityText: 'INFO',
              body: { stringValue: 'hello' },
              attributes: attrs,
              traceId: '0102030405060708090a0b0c0d0e0f10',
              spanId: '0102030405060708',
            },
          ],
        },
      ],
    },
  ],
};

export const TRACES = {
  resourceSpans: [
    {
      resource: { attributes: attrs },
      scopeSpans: [
        {
          spans: [
            {
              traceId: '0102030405060708090a0b0c0d0e0f10',
              spanId: '0102030405060708',
              parentSpanId: '0102030405060709',
              name: 'op',
              kind: 2,
              startTimeUnixNano: t,
              endTimeUnixNano: String(now + 5_000_000n),
              attributes: attrs,
              status: { code: 1 },
            },
          ],
        },
      ],
    },
  ],
};

export const WRITE = {
  timeseries: [
    {
      labels: [
        { name: '__name__', value: 'm' },
        { name: 'job', value: 'j' },
      ],
      samples: [{ value: 1, timestamp: String(Date.now()) }],
    },
  ],
};

/** The OTLP/JSON form (hex ids) as protobufjs wants it for encoding (ids as bytes). */
export function forProto(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(forProto);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] =
      /^(traceId|spanId|parentSpanId)$/.test(k) && typeof v === 'string'
        ? Buffer.from(v, 'hex')
        : forProto(v);
  }
  return out;
}
