/**
 * `/people/:id/document`: a person's living document — goals by quarter, evidence with its
 * outcomes (or the activity label), growth notes, shared 1:1 notes (read-only), the ladder position with gaps to the next
 * level, and the fairness checks. The server decides who may look (403 shown with its reason)
 * and records every view by someone other than the person.
 */
import { useState } from 'react';
import { api } from '../../api/client';
import { useAccount } from '../../auth/auth-context';
import { Async } from '../../components/Async';
import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { useApi } from '../../hooks/useApi';
import { paths } from '../../paths';
import { Link } from '../../router/Link';
import { AddEvidenceForm } from './AddEvidenceForm';
import { EvidenceList } from './EvidenceList';
import { FairnessSection } from './FairnessSection';
import { GoalsSection } from './GoalsSection';
import { GrowthNotesSection } from './GrowthNotesSection';
import { useEvidenceGuidance } from './guidance';
import { LadderSection } from './LadderSection';
import { OneOnOneNotesSection } from './OneOnOneNotesSection';
import type { LivingDocument } from './model';

export function LivingDocumentPage({ id }: { id: string }) {
  // Evidence comes a page at a time (the server caps a page), newest first.
  const [evidenceOffset, setEvidenceOffset] = useState(0);
  const doc = useApi(`${id}:${evidenceOffset}`, (signal) => api('GET /api/people/{id}/document', { params: { id }, query: { evidenceOffset }, signal }));
  return (
    <Async pageTitle="Living document" result={doc} label="the living document" notFound="This person">
      {(data) => <Document data={data} reload={doc.retry} onEvidenceOffset={setEvidenceOffset} />}
    </Async>
  );
}

function Document({ data, reload, onEvidenceOffset }: { data: LivingDocument; reload: () => void; onEvidenceOffset: (offset: number) => void }) {
  const account = useAccount();
  const guidance = useEvidenceGuidance();
  const { person } = data;
  const isSelf = account.personId === person.id;
  const dimensions = (data.ladder.position?.dimensions ?? []).map((d) => d.dimension);
  const names = new Map(dimensions.map((d) => [d.id, d.name]));
  const { total, withOutcome: outcomes, offset } = data.evidencePage;
  // A page of unusually long items may stop before its limit: step by what was sent.
  const step = data.evidence.length > 0 && offset + data.evidence.length < total ? Math.min(data.evidencePage.limit, data.evidence.length) : data.evidencePage.limit;
  return (
    <>
      <PageHeader title={isSelf ? 'My document' : `${person.name} — living document`}>
        <p className="notice" role="note">
          Visible to {person.name}, their manager line and people partners. Views by anyone else are recorded.
        </p>
        <p className="lead">
          {total} evidence item{total === 1 ? '' : 's'}, {outcomes} with an outcome link. Delivery figures are the service’s or team’s:
          context for the work, never a personal score. <Link to={paths.person(person.id)}>Public profile</Link>
        </p>
      </PageHeader>
      <FairnessSection fairness={data.fairness} />
      <GoalsSection personId={person.id} goals={data.goals} mayChange={data.mayChange.document} onChanged={reload} />
      <section className="panel" aria-labelledby="evidence-title">
        <h2 id="evidence-title">Evidence</h2>
        <EvidenceList personId={person.id} items={data.evidence} dimensionName={(d) => names.get(d) ?? d} dimensions={dimensions} guidance={guidance} mayChange={data.mayChange.document} onChanged={reload} />
        <Pager noun="evidence items" total={total} limit={step} offset={offset} onOffset={onEvidenceOffset} />
        {data.mayChange.document && <AddEvidenceForm personId={person.id} dimensions={dimensions} guidance={guidance} onAdded={reload} />}
      </section>
      <LadderSection ladder={data.ladder} />
      <GrowthNotesSection personId={person.id} notes={data.growthNotes} mayAdd={data.mayChange.growthNotes} isSelf={isSelf} onChanged={reload} />
      <OneOnOneNotesSection notes={data.oneOnOnes} isSelf={isSelf} />
    </>
  );
}
