/**
 * `/people/:id/document`: a person's living document — goals by quarter, evidence with its
 * outcomes (or the activity label), growth notes, the ladder position with gaps to the next
 * level, and the fairness checks. The server decides who may look (403 shown with its reason)
 * and records every view by someone other than the person.
 */
import { api } from '../../api/client';
import { useAccount } from '../../auth/auth-context';
import { Async } from '../../components/Async';
import { PageHeader } from '../../components/PageHeader';
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
import type { LivingDocument } from './model';

export function LivingDocumentPage({ id }: { id: string }) {
  const doc = useApi(id, (signal) => api('GET /api/people/{id}/document', { params: { id }, signal }));
  return (
    <Async pageTitle="Living document" result={doc} label="the living document" notFound="This person">
      {(data) => <Document data={data} reload={doc.retry} />}
    </Async>
  );
}

function Document({ data, reload }: { data: LivingDocument; reload: () => void }) {
  const account = useAccount();
  const guidance = useEvidenceGuidance();
  const { person } = data;
  const isSelf = account.personId === person.id;
  const dimensions = (data.ladder.position?.dimensions ?? []).map((d) => d.dimension);
  const names = new Map(dimensions.map((d) => [d.id, d.name]));
  const outcomes = data.evidence.filter((e) => e.label === 'outcome').length;
  return (
    <>
      <PageHeader title={isSelf ? 'My document' : `${person.name} — living document`}>
        <p className="notice" role="note">
          Visible to {person.name}, their manager line and people partners. Views by anyone else are recorded.
        </p>
        <p className="lead">
          {data.evidence.length} evidence item{data.evidence.length === 1 ? '' : 's'}, {outcomes} with an outcome link. Delivery figures are the service’s or team’s:
          context for the work, never a personal score. <Link to={paths.person(person.id)}>Public profile</Link>
        </p>
      </PageHeader>
      <FairnessSection fairness={data.fairness} />
      <GoalsSection personId={person.id} goals={data.goals} mayChange={data.mayChange.document} onChanged={reload} />
      <section className="panel" aria-labelledby="evidence-title">
        <h2 id="evidence-title">Evidence</h2>
        <EvidenceList personId={person.id} items={data.evidence} dimensionName={(d) => names.get(d) ?? d} dimensions={dimensions} guidance={guidance} mayChange={data.mayChange.document} onChanged={reload} />
        {data.mayChange.document && <AddEvidenceForm personId={person.id} dimensions={dimensions} guidance={guidance} onAdded={reload} />}
      </section>
      <LadderSection ladder={data.ladder} />
      <GrowthNotesSection personId={person.id} notes={data.growthNotes} mayAdd={data.mayChange.growthNotes} isSelf={isSelf} onChanged={reload} />
    </>
  );
}
