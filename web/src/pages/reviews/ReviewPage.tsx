/**
 * `/cycles/:id/people/:person/review/:kind`: writing a self review (the engineer) or a manager
 * review (their manager line), with the evidence template's prompts chosen at setup and the
 * person's evidence of the period beside the text. Every pause in typing autosaves a draft only
 * the writer can read; Submit makes it the review packet readers see (citations checked by the
 * server), and it stays editable until the cycle moves on to calibrating. Check-ins use the same
 * page: they carry no ratings, so there is nothing else to do here.
 */
import { api } from '../../api/client';
import { Async } from '../../components/Async';
import { PageHeader } from '../../components/PageHeader';
import { formatDate, formatPeriod } from '../../format';
import { useApi, type Loaded } from '../../hooks/useApi';
import { Link } from '../../router/Link';
import { ReviewEditor } from './ReviewEditor';
import { CitationList } from './citations';
import { reviewPaths, type CycleView } from './types';
import type { Schemas } from '../../api/openapi.gen';

export type ReviewKind = 'self' | 'manager';
type Writeups = Schemas['ReviewWriteups'];

function all<A, B, C, D>(a: Loaded<A>, b: Loaded<B>, c: Loaded<C>, d: Loaded<D>): Loaded<[A, B, C, D]> {
  for (const x of [a, b, c, d]) if (x.status !== 'ok') return x as Loaded<never>;
  const ok = <T,>(x: Loaded<T>) => (x as { data: T }).data;
  return { status: 'ok', data: [ok(a), ok(b), ok(c), ok(d)], retry: () => [a, b, c, d].forEach((x) => x.retry()) };
}

export function ReviewPage({ cycleId, personId, kind }: { cycleId: string; personId: string; kind: string }) {
  const cycle = useApi(`cycle|${cycleId}`, (signal) => api('GET /api/cycles/{id}', { params: { id: cycleId }, signal }));
  const person = useApi(`person|${personId}`, (signal) => api('GET /api/people/{id}', { params: { id: personId }, signal }));
  const reviews = useApi(`reviews|${cycleId}|${personId}`, (signal) => api('GET /api/cycles/{id}/people/{person}/reviews', { params: { id: cycleId, person: personId }, signal }));
  const setup = useApi('setup', (signal) => api('GET /api/setup', { signal }));
  if (kind !== 'self' && kind !== 'manager') return <PageHeader title={`"${kind}" is not a kind of review: there are self reviews and manager reviews.`} />;
  return (
    <Async pageTitle={kind === 'self' ? 'Self review' : 'Manager review'} result={all(cycle, person, reviews, setup)} label="the review" notFound="This person or cycle">
      {([c, p, w, s]) => {
        const template = s.evidenceTemplates.find((t) => t.id === (s.evidenceTemplate ?? 'outcome-first')) ?? s.evidenceTemplates[0];
        return <Review view={c} person={{ id: p.person.id, name: p.person.name }} kind={kind} writeups={w} prompts={template?.prompts ?? []} templateName={template?.name ?? ''} onChanged={reviews.retry} />;
      }}
    </Async>
  );
}

interface ReviewProps {
  view: CycleView;
  person: { id: string; name: string };
  kind: ReviewKind;
  writeups: Writeups;
  prompts: string[];
  templateName: string;
  onChanged: () => void;
}

function Review({ view, person, kind, writeups, prompts, templateName, onChanged }: ReviewProps) {
  const { cycle } = view;
  const checkIn = cycle.kind === 'check-in';
  const what = `${kind === 'self' ? 'Self' : 'Manager'} ${checkIn ? 'check-in' : 'review'}`;
  const submitted = writeups[kind];
  const draft = writeups.drafts[kind];
  const mayWrite = writeups.mayWrite[kind];
  return (
    <>
      <PageHeader title={`${what} — ${person.name}`}>
        <p className="lead">
          {cycle.name} · period {formatPeriod(cycle.periodFrom, cycle.periodTo)} · state <strong>{cycle.state}</strong>.{' '}
          <Link to={reviewPaths.cycle(cycle.id)}>About this cycle</Link> · <Link to={reviewPaths.packet(cycle.id, person.id)}>Review packet</Link>
          {!checkIn && (
            <>
              {' '}
              · <Link to={reviewPaths.ratings(cycle.id, person.id)}>Ratings</Link>
            </>
          )}
        </p>
      </PageHeader>
      {mayWrite ? (
        <ReviewEditor
          cycleId={cycle.id}
          personId={person.id}
          kind={kind}
          what={what}
          initial={draft ?? submitted}
          submittedAt={submitted?.updatedAt ?? null}
          hasDraft={draft !== null}
          cited={writeups.cited}
          prompts={prompts}
          templateName={templateName}
          onSubmitted={onChanged}
        />
      ) : (
        <section className="panel" aria-labelledby="review-text">
          <h2 id="review-text">{what}</h2>
          {submitted ? (
            <>
              <p className="muted">Submitted {formatDate(submitted.updatedAt)}.</p>
              <div className="review-text">{submitted.text}</div>
              <CitationList person={person.id} ids={submitted.citations} cited={writeups.cited} />
            </>
          ) : (
            <p className="muted">
              {cycle.state === 'published' || cycle.state === 'writing' ? `Not submitted yet.` : `No ${what.toLowerCase()} was submitted in this cycle.`}
            </p>
          )}
          {!(cycle.state === 'published' || cycle.state === 'writing') && <p className="hint">Reviews are written while a cycle is published or in writing; this cycle is {cycle.state}.</p>}
        </section>
      )}
    </>
  );
}
