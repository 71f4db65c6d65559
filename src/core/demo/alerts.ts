/**
 * The alert behind each demo page, so the on-call pages can name the alerts to tune. Noise comes
 * from a few alerts per service (that is what tuning fixes); real problems from others. The name
 * is a hash of the page id, not a draw from the page stream, so naming alerts does not change
 * any other generated figure.
 */
import { hash32 } from './random.js';

const NOISY: Readonly<Record<string, readonly string[]>> = {
  'payments-api': ['PaymentsApiLatencyP99High', 'PaymentsApiPodRestart', 'PspWebhookRetryRate'],
  'billing-worker': ['BillingBatchLagging', 'BillingQueueDepthHigh'],
  ledger: ['LedgerReplicationLag'],
  observability: ['PrometheusScrapeSlow', 'LokiIngestLag'],
  cluster: ['NodeCpuHigh', 'NodeDiskUsage80'],
  'deploy-pipeline': ['RunnerQueueLong'],
};

const REAL: Readonly<Record<string, readonly string[]>> = {
  'payments-api': ['PaymentsApiErrorBudgetBurn', 'PaymentsApi5xxRate'],
  'billing-worker': ['BillingRunFailed'],
  ledger: ['LedgerWriteErrors'],
};

export function alertFor(service: string, actionable: boolean, pageId: string): string {
  const list = (actionable ? REAL : NOISY)[service] ?? (actionable ? [`${service}-error-rate`, `${service}-unavailable`] : [`${service}-latency-p99`, `${service}-pod-restarts`]);
  return list[hash32(pageId) % list.length]!;
}
