/** The commented starter configuration that `homeostat init` writes. */

export const STARTER_CONFIG = `# homeostat configuration — run with: homeostat serve --config homeostat.yaml
# Relative paths are relative to this file. Field reference: docs/configuration.md
version: 1

# Incidents, the action journal and the tamper-evident ledger.
store: sqlite:./.homeostat/homeostat.db

# The policy: which actions run on their own, which wait for a person.
# Omit it for the built-in defaults (low risk → auto, medium → auto+review, high → approve).
# policy: ./policy.yaml

server:
  host: 127.0.0.1
  port: 7070
  # Tokens for the API and dashboard. Roles: viewer < operator < approver < admin.
  tokens:
    - { name: admin, role: admin, token: "env:HOMEOSTAT_ADMIN_TOKEN" }
  allowAnonymousRead: false

# Receivers on the same port: OTLP/HTTP (/v1/metrics, /v1/logs, /v1/traces), Prometheus
# remote_write (/api/v1/write), Alertmanager webhooks, CloudEvents change events.
receivers:
  limits: { bodyLimit: 8388608 }

# Prometheus targets to scrape.
scrape:
  intervalMs: 15000
  timeoutMs: 5000
  targets: []
  #  - { url: "http://127.0.0.1:9100/metrics", job: node }

# Log files to follow (rotation-safe).
# logs:
#   files:
#     - { path: /var/log/myapp.log, service: myapp }

# Processes homeostat supervises and may heal (restart, roll back a release, revert config, …).
services: []
#  - name: api
#    command: [node, server.js]
#    cwd: ./api
#    env: { NODE_ENV: production }
#    version: "1.4.2"
#    ports: [8080]
#    healthUrl: "http://127.0.0.1:{port}/health"
#    metricsUrl: "http://127.0.0.1:{port}/metrics"
#    labels: { env: prod, tier: backend }
#    dependsOn: [db]
#    remedies: [infra.restart, infra.rollback-release, infra.config-revert]

detection:
  probeIntervalMs: 2000       # health probe of every supervised service
  probeFailures: 2            # consecutive failures before an anomaly
  patienceMs: 15000           # an incident nothing explains yet waits this long for more evidence
  supervisedLogs: true        # mine the services' stdout/stderr into log templates
  # logs: { warmupMs: 900000, intervalMs: 60000, burstFactor: 5, minBurst: 5 }

# Each action is judged over a window; success needs health to hold for confirmMs.
# verification: { windowMs: 120000, confirmMs: 10000 }
`;
