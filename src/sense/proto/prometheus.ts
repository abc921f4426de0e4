/**
 * The subset of Prometheus remote_write 1.0 (prometheus/prompb types.proto and
 * remote.proto) that the receiver reads: series, labels and float samples.
 * Native histograms and exemplars are skipped as unknown fields.
 */
import { loadSchema, type Schema } from './schema.js';

export const PROMETHEUS_REMOTE_PROTO = `
syntax = "proto3";
package prometheus;

message WriteRequest {
  repeated TimeSeries timeseries = 1;
  repeated MetricMetadata metadata = 3;
}

message MetricMetadata {
  enum MetricType {
    UNKNOWN = 0;
    COUNTER = 1;
    GAUGE = 2;
    HISTOGRAM = 3;
    GAUGEHISTOGRAM = 4;
    SUMMARY = 5;
    INFO = 6;
    STATESET = 7;
  }
  MetricType type = 1;
  string metric_family_name = 2;
  string help = 4;
  string unit = 5;
}

message Sample {
  double value = 1;
  int64 timestamp = 2;
}

message Label {
  string name = 1;
  string value = 2;
}

message TimeSeries {
  repeated Label labels = 1;
  repeated Sample samples = 2;
}
`;

let cached: Schema | undefined;

/** The remote_write schema, parsed once. */
export function prometheusSchema(): Schema {
  cached ??= loadSchema([PROMETHEUS_REMOTE_PROTO]);
  return cached;
}
