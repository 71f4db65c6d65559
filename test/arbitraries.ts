/**
 * fast-check arbitraries for valid record files: an org (teams, people, services) and events
 * that only reference it, with times written in assorted offsets so canonicalisation is tested.
 */
import fc from 'fast-check';
import type { TrellisRecord } from '../src/core/records/schemas.js';

const idChars = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-_.'.split(''));
export const idArb = fc.string({ unit: idChars, minLength: 1, maxLength: 12 });
const textArb = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s.length > 0);
const tzArb = fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'America/Sao_Paulo');

const msArb = fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2030, 0, 1) });
/** An instant written with a random whole-quarter-hour offset, e.g. 2024-03-04T10:30:00+01:30. */
export const instantArb = fc.tuple(msArb, fc.integer({ min: -48, max: 56 })).map(([ms, q]) => {
  const offsetMin = q * 15;
  const local = new Date(Math.floor(ms / 1000) * 1000 + offsetMin * 60_000).toISOString().slice(0, 19);
  if (offsetMin === 0) return `${local}Z`;
  const sign = offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(offsetMin);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
});

/** Where a record can be opened at its source: http(s), with paths and queries that need no escaping. */
export const urlArb = fc
  .tuple(fc.constantFrom('https', 'http'), fc.constantFrom('github.com', 'gitlab.example.org', 'acme.pagerduty.com', 'ci.internal:8443'), fc.array(idArb, { maxLength: 3 }), fc.option(idArb, { nil: undefined }))
  .map(([scheme, host, path, query]) => `${scheme}://${host}/${path.join('/')}${query === undefined ? '' : `?id=${query}`}`);
const urlOpt = fc.option(urlArb, { nil: undefined });

function uniqueIds(n: number) {
  return fc.uniqueArray(idArb, { minLength: n, maxLength: n });
}

export const recordFileArb: fc.Arbitrary<TrellisRecord[]> = fc
  .record({ teams: fc.integer({ min: 1, max: 4 }), people: fc.integer({ min: 0, max: 6 }), services: fc.integer({ min: 1, max: 4 }), events: fc.integer({ min: 0, max: 25 }) })
  .chain((n) =>
    fc.tuple(uniqueIds(n.teams + n.people + n.services + n.events), fc.constant(n)).chain(([ids, n]) => {
      const teamIds = ids.slice(0, n.teams);
      const personIds = ids.slice(n.teams, n.teams + n.people);
      const serviceIds = ids.slice(n.teams + n.people, n.teams + n.people + n.services);
      const eventIds = ids.slice(n.teams + n.people + n.services);
      const teams = fc.tuple(...teamIds.map((id, i) =>
        fc.record({ kind: fc.constant('team' as const), id: fc.constant(id), name: textArb, parent: i === 0 ? fc.constant(undefined) : fc.option(fc.constantFrom(...teamIds.slice(0, i)), { nil: undefined }), timezone: fc.option(tzArb, { nil: undefined }) }, { requiredKeys: ['kind', 'id', 'name'] }),
      ));
      const people = fc.tuple(...personIds.map((id, i) =>
        fc.record({
          kind: fc.constant('person' as const), id: fc.constant(id), name: textArb,
          team: fc.option(fc.constantFrom(...teamIds), { nil: undefined }),
          manager: i === 0 ? fc.constant(undefined) : fc.option(fc.constantFrom(...personIds.slice(0, i)), { nil: undefined }),
          level: fc.option(fc.constantFrom('L2', 'L3', 'L4', 'M1'), { nil: undefined }),
          workingHours: fc.option(fc.constantFrom('09:00-17:00', '08:30-16:30'), { nil: undefined }),
          startDate: fc.option(fc.constantFrom('2020-01-15', '2023-06-01'), { nil: undefined }),
          active: fc.option(fc.boolean(), { nil: undefined }),
        }, { requiredKeys: ['kind', 'id', 'name'] }),
      ));
      const services = fc.tuple(...serviceIds.map((id) => fc.record({ kind: fc.constant('service' as const), id: fc.constant(id), name: textArb, team: fc.constantFrom(...teamIds) })));
      const svc = fc.constantFrom(...serviceIds);
      const event = (id: string): fc.Arbitrary<TrellisRecord> =>
        fc.oneof(
          fc.record({ kind: fc.constant('change' as const), id: fc.constant(id), service: svc, committedAt: instantArb, isMerge: fc.option(fc.boolean(), { nil: undefined }), author: fc.option(textArb, { nil: undefined }), url: urlOpt }, { requiredKeys: ['kind', 'id', 'service', 'committedAt'] }),
          fc.record({ kind: fc.constant('deployment' as const), id: fc.constant(id), service: svc, finishedAt: instantArb, status: fc.option(fc.constantFrom('success' as const, 'failure' as const), { nil: undefined }), changes: fc.option(fc.uniqueArray(idArb, { maxLength: 4 }), { nil: undefined }), url: urlOpt }, { requiredKeys: ['kind', 'id', 'service', 'finishedAt'] }),
          fc.record({
            kind: fc.constant('incident' as const), id: fc.constant(id), service: svc, startedAt: instantArb, severity: fc.option(fc.constantFrom('sev1', 'sev3'), { nil: undefined }),
            participants: personIds.length === 0 ? fc.constant(undefined) : fc.option(fc.uniqueArray(fc.constantFrom(...personIds), { maxLength: 3 }), { nil: undefined }),
            postmortem: fc.option(fc.constantFrom('https://wiki.example/pm/1', 'https://docs.example/postmortems?id=7&x=%20'), { nil: undefined }),
            cause: fc.option(textArb, { nil: undefined }),
            url: urlOpt,
          }, { requiredKeys: ['kind', 'id', 'service', 'startedAt'] }),
          fc.record({ kind: fc.constant('sli' as const), slo: fc.constant(id), at: instantArb, total: fc.nat(10_000) }).chain((s) => fc.nat(s.total).map((good) => ({ ...s, good }))),
          // A pull request whose review, merge and close come after it opened (import checks the order).
          fc
            .record({ opened: msArb, review: fc.option(fc.nat(30 * 86_400_000), { nil: undefined }), merge: fc.option(fc.nat(60 * 86_400_000), { nil: undefined }), title: fc.option(textArb, { nil: undefined }), url: urlOpt })
            .chain((p) => fc.record({
              who: personIds.length === 0 ? fc.constant([] as (string | undefined)[]) : fc.array(fc.option(fc.constantFrom(...personIds), { nil: undefined }), { minLength: 3, maxLength: 3 }),
              service: svc,
            }).map(({ who, service }) => ({
              kind: 'pull_request' as const, id, service, openedAt: new Date(p.opened).toISOString(), author: who[0],
              firstReviewAt: p.review === undefined ? undefined : new Date(p.opened + p.review).toISOString(), firstReviewer: p.review === undefined ? undefined : who[1],
              mergedAt: p.merge === undefined ? undefined : new Date(p.opened + p.merge).toISOString(), mergedBy: p.merge === undefined ? undefined : who[2],
              closedAt: p.merge === undefined ? undefined : new Date(p.opened + p.merge).toISOString(), title: p.title, url: p.url,
            }))),
          personIds.length === 0
            ? fc.record({ kind: fc.constant('page' as const), id: fc.constant(id), at: instantArb, service: fc.option(svc, { nil: undefined }) }, { requiredKeys: ['kind', 'id', 'at'] })
            : fc.record({ kind: fc.constant('page' as const), id: fc.constant(id), at: instantArb, person: fc.constantFrom(...personIds), actionable: fc.option(fc.boolean(), { nil: undefined }), alert: fc.option(textArb, { nil: undefined }) }, { requiredKeys: ['kind', 'id', 'at', 'person'] }),
        );
      const evs = fc.tuple(...eventIds.map(event));
      return fc.tuple(teams, people, services, evs).map(([t, p, s, e]) => [...t, ...p, ...s, ...e].map(dropUndefined) as TrellisRecord[]);
    }),
  );

function dropUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
