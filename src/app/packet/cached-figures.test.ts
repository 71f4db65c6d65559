/**
 * The review packet's team context and the living document's outcome figures go through the
 * server's report cache (the one the delivery routes use): read again while the data version
 * stands still, nothing is recomputed; after an import, everything is.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { seedAccounts, testAccounts } from '../../../test/accounts.js';
import { describeEachDialect, freshStore, type TestStore } from '../../../test/dialects.js';
import { seedOrg } from '../../../test/http-helpers.js';
import { jsonl, sourceOf } from '../../../test/records.js';
import { accountActor } from '../../core/access/actor.js';
import { dataAccess } from '../../store/data-access.js';
import { DeliveryRepository } from '../../store/delivery-repository.js';
import { ReportCache } from '../delivery/report-cache.js';
import { importRecords } from '../import-records.js';
import { addEvidence } from '../living-document/add-evidence.js';
import type { LivingDocumentDeps } from '../living-document/deps.js';
import { previewOutcome } from '../living-document/preview-outcome.js';
import { readLivingDocument } from '../living-document/read-living-document.js';
import { createCycle } from '../reviews/create-cycle.js';
import { manualRuntime } from '../runtime.js';
import { adoptDefaultSignals } from '../setup/start-from-defaults.js';
import { readReviewPacket } from './read-review-packet.js';

const admin = accountActor({ accountId: testAccounts.admin.id, personId: null, roles: ['admin'] });
const partner = accountActor({ accountId: testAccounts.partner.id, personId: null, roles: ['people-partner'] });
const alan = accountActor({ accountId: testAccounts.alan.id, personId: 'alan', roles: ['engineer'] });
const grace = accountActor({ accountId: testAccounts.grace.id, personId: 'grace', roles: ['manager', 'engineer'], reportingLine: ['alan'] });

const deployment = (id: string, finishedAt: string) => ({ kind: 'deployment', id, service: 'deploy-bot', finishedAt });
const outcome = { target: 'service', id: 'deploy-bot', at: '2026-03-03' } as const;

describeEachDialect('packet and living document through the report cache', (dialect) => {
  let store: TestStore;
  let deps: LivingDocumentDeps & { cache: ReportCache };
  let runtime: ReturnType<typeof manualRuntime>;
  /** Reads of a report's window facts plus loads of a comparison's events: one per computation. */
  let computations: () => number;
  let everyEvent: { mock: { calls: unknown[] } };
  let cycle = '';

  beforeEach(async () => {
    store = await freshStore(dialect);
    await seedOrg(store);
    await seedAccounts(store, true);
    await importRecords(store, sourceOf('deploys.jsonl', jsonl([deployment('d1', '2026-02-10T10:00:00Z'), deployment('d2', '2026-03-20T10:00:00Z')])));
    // The cycle is still running: its team context ends at the current minute.
    runtime = manualRuntime(Date.UTC(2026, 4, 4, 9, 0, 5));
    const data = dataAccess(store.db);
    await adoptDefaultSignals({ data, runtime }, admin);
    cycle = (await createCycle({ data, runtime }, partner, { kind: 'check-in', name: '2026 H1 check-in', periodFrom: Date.UTC(2026, 0, 1), periodTo: Date.UTC(2026, 6, 1) })).id;
    const delivery = new DeliveryRepository(store.db);
    await addEvidence({ data, runtime, delivery }, alan, 'alan', { title: 'Deploy bot retries flaky steps', date: '2026-03-03', kind: 'prevention', outcome });
    // Every computation of a report reads its window's figures once (the packet's team context is
    // figures only); every comparison reads where the data ends once, then its sides' windows.
    const summaries = vi.spyOn(delivery, 'windowSummary');
    const comparisons = vi.spyOn(delivery, 'latestRecordAt');
    // Neither reads a service's whole history.
    everyEvent = vi.spyOn(delivery, 'eventsOf');
    computations = () => summaries.mock.calls.length + comparisons.mock.calls.length;
    deps = { data, runtime, delivery, cache: new ReportCache() };
  });
  afterEach(async () => {
    expect(everyEvent).not.toHaveBeenCalled();
    await store.dispose();
  });

  it('reads a packet again without recomputing its team context or outcomes, and recomputes after an import', async () => {
    const first = await readReviewPacket(deps, grace, cycle, 'alan');
    expect(computations()).toBe(2); // the team's report and the outcome's comparison
    expect(first.context?.delivery.length).toBeGreaterThan(0);

    runtime.advance(20_000); // the same minute
    const second = await readReviewPacket(deps, grace, cycle, 'alan');
    expect(computations()).toBe(2);
    expect(second.context).toEqual(first.context);
    expect(second.sections).toEqual(first.sections);

    await importRecords(store, sourceOf('more.jsonl', jsonl([deployment('d3', '2026-03-25T10:00:00Z')])));
    const third = await readReviewPacket(deps, grace, cycle, 'alan');
    expect(computations()).toBe(4);
    expect(third.context).not.toEqual(first.context);
  });

  it('shares outcome figures between the living document, the outcome preview and the packet', async () => {
    const doc = await readLivingDocument(deps, alan, 'alan');
    expect(doc.evidence[0]?.outcome?.status).toBe('figures');
    expect(computations()).toBe(1);
    await readLivingDocument(deps, grace, 'alan');
    expect(await previewOutcome(deps, alan, outcome)).toEqual(doc.evidence[0]?.outcome);
    await readReviewPacket(deps, grace, cycle, 'alan');
    expect(computations()).toBe(2); // only the packet's team context is new

    await importRecords(store, sourceOf('more.jsonl', jsonl([deployment('d3', '2026-03-25T10:00:00Z')])));
    const after = await readLivingDocument(deps, alan, 'alan');
    expect(computations()).toBe(3);
    expect(after.evidence[0]?.outcome?.metrics).not.toEqual(doc.evidence[0]?.outcome?.metrics);
  });

  it('computes every time without a cache (the command line)', async () => {
    const { cache: _, ...uncached } = deps;
    await readReviewPacket(uncached, grace, cycle, 'alan');
    await readReviewPacket(uncached, grace, cycle, 'alan');
    expect(computations()).toBe(4);
  });
});
