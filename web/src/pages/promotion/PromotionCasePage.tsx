/**
 * `/cycles/:id/people/:person/promotion-case`: a person's promotion case — the coverage map of
 * the target level (with the dimensions still uncovered named), the repeated-pattern check, the
 * case files, and export links. The person and their manager line write it; the committee reads.
 * With no case yet, those who may write start one, towards the level above by default.
 */
import { useState } from 'react';
import { api, buildUrl } from '../../api/client';
import { useAccount } from '../../auth/auth-context';
import { Async } from '../../components/Async';
import { Facts } from '../../components/Facts';
import { FormError, SelectField } from '../../components/Fields';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../format';
import { useApi } from '../../hooks/useApi';
import { Link } from '../../router/Link';
import { describeFailure } from '../living-document/errors';
import { reviewPaths } from '../reviews/types';
import { CaseFileForm } from './CaseFileForm';
import { CaseFiles } from './CaseFiles';
import { CoverageMap } from './CoverageMap';
import type { CaseRead, PromotionCase } from './types';

export function PromotionCasePage({ cycle, person }: { cycle: string; person: string }) {
  const loaded = useApi(`promotion|${cycle}|${person}`, async (signal) => (await api('GET /api/cycles/{id}/people/{person}/promotion-case', { params: { id: cycle, person }, signal })) as CaseRead);
  return (
    <Async result={loaded} label="the promotion case" pageTitle="Promotion case" notFound="This cycle or person">
      {(read) => <CasePage read={read} onChanged={loaded.retry} />}
    </Async>
  );
}

function CasePage({ read, onChanged }: { read: CaseRead; onChanged: () => void }) {
  const account = useAccount();
  const [c, setC] = useState<PromotionCase | null>(read.case);
  const open = read.cycle.state !== 'finalized' && read.cycle.state !== 'shared';
  // The server decides (the person and their manager line); this only hides forms from readers who could never use them.
  const writable = open && (account.personId === read.person.id || account.roles.includes('manager'));
  const exportUrl = (format: 'markdown' | 'html') => buildUrl('/api/cycles/{id}/people/{person}/promotion-case', { id: read.cycle.id, person: read.person.id }, { format });
  return (
    <>
      <PageHeader title={`Promotion case — ${read.person.name}`}>
        <Facts
          items={[
            ['Cycle', <Link to={reviewPaths.cycle(read.cycle.id)}>{read.cycle.name}</Link>],
            ['Current level', read.person.level ?? 'Not on record'],
            ['Target level', c ? `${c.target.name} (${c.ladder.name}, version ${c.ladder.version})` : 'No case yet'],
            ['Last changed', c ? formatDateTime(c.updatedAt) : '—'],
            ['Written with', c ? `Promotion-case template, version ${c.templateVersion}` : '—'],
          ]}
        />
      </PageHeader>
      {!open && <p className="notice">The cycle is {read.cycle.state}: this case is locked as the committee read it.</p>}
      {writable && <TargetForm read={read} c={c} onStarted={(v) => { setC(v); onChanged(); }} />}
      {c === null ? (
        !writable && <p className="muted">{read.person.name} has no promotion case in this cycle yet.</p>
      ) : (
        <>
          <p className="actions">
            <a className="button button-quiet" href={exportUrl('markdown')}>
              Download Markdown
            </a>
            <a className="button button-quiet" href={exportUrl('html')} target="_blank" rel="noreferrer">
              Printable HTML
            </a>
          </p>
          <CoverageMap c={c} />
          <CaseFiles read={read} c={c} writable={writable} onChanged={setC} />
          {writable && <CaseFileForm read={read} c={c} file={null} onSaved={setC} />}
        </>
      )}
    </>
  );
}

/** Start the case, or change the level it argues for. */
function TargetForm({ read, c, onStarted }: { read: CaseRead; c: PromotionCase | null; onStarted: (c: PromotionCase) => void }) {
  const [target, setTarget] = useState(c?.target.id ?? read.suggestedTarget ?? '');
  const [error, setError] = useState('');
  const start = async () => {
    setError('');
    try {
      onStarted(await api('PUT /api/cycles/{id}/people/{person}/promotion-case', { params: { id: read.cycle.id, person: read.person.id }, body: target ? { targetLevel: target } : {} }));
    } catch (e) {
      setError(describeFailure(e));
    }
  };
  if (read.levels.length === 0) return <p className="notice">No career ladder is published yet: a promotion case argues for a level of the ladder.</p>;
  return (
    <form className="toolbar" aria-label={c ? 'Target level' : 'Start a promotion case'} onSubmit={(e) => { e.preventDefault(); void start(); }}>
      <SelectField id="promotion-target" label="Target level" value={target} options={read.levels.map((l) => ({ value: l.id, label: l.name }))} placeholder="Choose a level" onChange={setTarget} />
      {(c === null || c.target.id !== target) && (
        <button type="submit" className="button">
          {c ? 'Change target level' : 'Start the promotion case'}
        </button>
      )}
      <FormError message={error} />
    </form>
  );
}
