/**
 * `/cycles/:id/people/:person/packet`: the review packet — evidence by signal with what changed
 * in the system, feedback, self and manager reviews, ratings when the reader may see them, the
 * checks for reviewers, and the team's figures as context. Exports as Markdown and printable HTML.
 * The organisation's review-packet template is shown as a reading guide: its headings and prompts
 * say what each part should hold; it never changes what the packet contains.
 */
import { api, buildUrl } from '../../api/client';
import type { Schemas } from '../../api/openapi.gen';
import { Async } from '../../components/Async';
import { PageHeader } from '../../components/PageHeader';
import { DataTable, Table, type Column } from '../../components/Table';
import { formatDate, formatPeriod } from '../../format';
import { useApi } from '../../hooks/useApi';
import { CitationList, ContextNote } from '../reviews/citations';
import { kindLabel } from '../reviews/types';
import { PacketEvidenceList } from './PacketEvidenceList';
import { Link } from '../../router/Link';
import { promotionPaths } from '../promotion/types';
import { TemplateGuidance, useTemplate } from '../templates/TemplateGuidance';

type Packet = Schemas['ReviewPacket'];

const cycleKindName = (kind: string): string => (kindLabel as Record<string, string>)[kind] ?? kind;
type Feedback = Packet['generalFeedback'][number];
type ContextFigure = NonNullable<NonNullable<Packet['context']>['reliability']>[number];

/** The team's reliability figures (SLO budgets and burn, incidents): team and service context only. */
const reliabilityColumns: Column<ContextFigure>[] = [
  { key: 'label', header: 'Figure', cell: (f) => f.label, rowHeader: true },
  { key: 'value', header: 'Value', cell: (f) => f.value },
  { key: 'n', header: 'n', cell: (f) => (f.n === null ? '—' : f.n.toLocaleString('en-GB')) },
];

export function PacketPage({ cycle, person }: { cycle: string; person: string }) {
  const loaded = useApi(`${cycle}/${person}`, async (signal) => (await api('GET /api/cycles/{id}/people/{person}/packet', { params: { id: cycle, person }, signal })) as Packet);
  const guide = useTemplate('review-packet');
  const exportUrl = (format: 'markdown' | 'html') => buildUrl('/api/cycles/{id}/people/{person}/packet', { id: cycle, person }, { format });
  return (
    <Async result={loaded} label="the review packet" pageTitle="Review packet">
      {(p) => (
        <>
          <PageHeader
            title={`Review packet — ${p.person.name}`}
            lead={`${p.cycle.name} (${cycleKindName(p.cycle.kind)}), ${formatPeriod(p.cycle.from, p.cycle.to)} · cycle ${p.cycle.state}`}
          />
          <p className="actions">
            <a className="button button-quiet" href={exportUrl('markdown')}>
              Download Markdown
            </a>
            <a className="button button-quiet" href={exportUrl('html')} target="_blank" rel="noreferrer">
              Printable HTML
            </a>
            {p.cycle.kind !== 'check-in' && <Link to={promotionPaths.case(cycle, person)}>Promotion case</Link>}
            <span className="hint">
              {p.counts.evidence} evidence items: {p.counts.withOutcome} with an outcome, {p.counts.activity} activity.
            </span>
          </p>
          <TemplateGuidance template={guide} label="Reading guide" />
          {p.flags.length > 0 && (
            <section className="notice" aria-labelledby="packet-checks">
              <h2 id="packet-checks">Checks for the reviewers</h2>
              <ul>
                {p.flags.map((f) => (
                  // The message says what the check found; its id ("activity-not-outcome") is for the API.
                  <li key={`${f.check}-${f.message}`}>{f.message}</li>
                ))}
              </ul>
            </section>
          )}
          {p.sections.map((s) => (
            <section key={s.signal.id} className="panel" aria-labelledby={`signal-${s.signal.id}`}>
              <h2 id={`signal-${s.signal.id}`}>{s.signal.name}</h2>
              <p className="muted">{s.signal.definition}</p>
              <PacketEvidenceList items={s.evidence} empty="No evidence for this signal in the period." />
              <FeedbackList items={s.feedback} />
              {p.ratings !== null &&
                s.ratings.map((r) => (
                  <div key={`${r.signal}-${r.author}`} className="packet-rating">
                    <p>
                      Rating: <strong>{r.value}</strong> ({r.author}) — {r.rationale}
                    </p>
                    <CitationList person={person} ids={r.cites.map((c) => c.id)} cited={r.cites.map((c) => ({ ...c, date: '', kind: '' }))} label="Cites" />
                    <ContextNote text={r.context} />
                  </div>
                ))}
            </section>
          ))}
          {p.unassigned.length > 0 && (
            <section className="panel" aria-labelledby="packet-unassigned">
              <h2 id="packet-unassigned">Evidence not tied to a signal</h2>
              <PacketEvidenceList items={p.unassigned} empty="" />
            </section>
          )}
          {p.generalFeedback.length > 0 && (
            <section className="panel" aria-labelledby="packet-feedback">
              <h2 id="packet-feedback">Other feedback</h2>
              <FeedbackList items={p.generalFeedback} />
            </section>
          )}
          {p.ratings === null && <p className="notice">Ratings are shown once the cycle is shared.</p>}
          <section className="panel" aria-labelledby="packet-self">
            <h2 id="packet-self">Self review</h2>
            <p className="pre-wrap">{p.selfReview ?? <span className="muted">Not written yet.</span>}</p>
          </section>
          <section className="panel" aria-labelledby="packet-manager">
            <h2 id="packet-manager">Manager review</h2>
            {p.managerReviewHidden ? (
              <p className="notice">The manager review is shared with you when the cycle is shared, with the ratings.</p>
            ) : (
              <p className="pre-wrap">{p.managerReview ?? <span className="muted">Not written yet.</span>}</p>
            )}
          </section>
          {p.context && (
            <section className="panel" aria-labelledby="packet-context">
              <h2 id="packet-context">Team context — {p.context.teamName}</h2>
              <p className="muted">Context for the team, never a score for this person.</p>
              {p.context.delivery.length === 0 ? (
                <p className="muted">No delivery figures for this team in the period.</p>
              ) : (
                <Table caption="Team delivery over the period">
                  <thead>
                    <tr>
                      <th scope="col">Figure</th>
                      <th scope="col">Value</th>
                      <th scope="col">n</th>
                    </tr>
                  </thead>
                  <tbody>
                    {p.context.delivery.map((f) => (
                      <tr key={f.label}>
                        <td>{f.label}</td>
                        <td>{f.value}</td>
                        <td>{f.n ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              )}
              {p.context.reliability === null ? (
                <p className="muted">Reliability: no SLO on the team’s services yet.</p>
              ) : (
                <DataTable caption="Team reliability over the period" columns={reliabilityColumns} rows={p.context.reliability} rowKey={(f) => f.label} />
              )}
            </section>
          )}
        </>
      )}
    </Async>
  );
}

function FeedbackList({ items }: { items: Feedback[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="packet-feedback">
      {items.map((f) => (
        <li key={`${f.at}-${f.text}`}>
          Feedback{f.author ? ` from ${f.author}` : ''}, {formatDate(f.at)}: {f.text}
        </li>
      ))}
    </ul>
  );
}
