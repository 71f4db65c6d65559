/**
 * `/cycles/:id/promotion-cases`: the promotion committee's view — every case of the cycle side
 * by side by which target dimensions it evidences, which it does not yet, how much evidence it
 * cites and whether the pattern repeats. There is no score and no ranking: rows are in name order
 * and the committee reads the cases themselves.
 */
import { api } from '../../api/client';
import { Async } from '../../components/Async';
import { PageHeader } from '../../components/PageHeader';
import { DataTable, type Column } from '../../components/Table';
import { useApi } from '../../hooks/useApi';
import { Link } from '../../router/Link';
import { reviewPaths } from '../reviews/types';
import { promotionPaths, type CommitteeView } from './types';

type Row = CommitteeView['cases'][number];

export function CommitteePage({ cycle }: { cycle: string }) {
  const loaded = useApi(`committee|${cycle}`, (signal) => api('GET /api/cycles/{id}/promotion-cases', { params: { id: cycle }, signal }));
  return (
    <Async result={loaded} label="the promotion cases" pageTitle="Promotion committee" notFound="This cycle">
      {(v) => <Committee v={v} />}
    </Async>
  );
}

function Committee({ v }: { v: CommitteeView }) {
  const names = (r: Row, status: Row['dimensions'][number]['status'][]) => r.dimensions.filter((d) => status.includes(d.status)).map((d) => d.name);
  const columns: Column<Row>[] = [
    { key: 'person', header: 'Person', rowHeader: true, sortBy: (r) => r.person.name, cell: (r) => <Link to={promotionPaths.case(v.cycle.id, r.person.id)}>{r.person.name}</Link> },
    { key: 'target', header: 'From → to', sortBy: (r) => r.target.name, cell: (r) => `${r.person.level ?? '?'} → ${r.target.name}` },
    { key: 'covered', header: 'Dimensions evidenced', cell: (r) => `${r.covered} of ${r.total}` },
    { key: 'evidenced', header: 'Evidenced', cell: (r) => names(r, ['evidenced']).join(', ') || '—' },
    { key: 'missing', header: 'Not yet evidenced', cell: (r) => r.missing.join(', ') || 'None' },
    { key: 'files', header: 'Case files', cell: (r) => r.examples },
    { key: 'evidence', header: 'Evidence items cited', cell: (r) => r.evidence },
    { key: 'pattern', header: 'Repeated pattern', cell: (r) => (r.pattern.periods.length === 0 ? 'No evidence yet' : <>{r.pattern.holds ? 'Yes: ' : 'Not yet: '}<Quarters periods={r.pattern.periods} /></>) },
  ];
  return (
    <>
      <PageHeader title={`Promotion committee — ${v.cycle.name}`}>
        <p className="lead">
          Cases side by side by the target level’s dimensions and the evidence behind them. There is no score: open a case to read its case files and the evidence they cite.
        </p>
      </PageHeader>
      <p className="toolbar">
        <Link to={reviewPaths.cycle(v.cycle.id)}>Back to {v.cycle.name}</Link>
      </p>
      {v.cases.length === 0 ? (
        <p className="muted">No promotion cases in this cycle yet. A case is started by the person or their manager from the cycle’s page.</p>
      ) : (
        <DataTable caption={`${v.cases.length} promotion ${v.cases.length === 1 ? 'case' : 'cases'} in ${v.cycle.name}`} columns={columns} rows={v.cases} rowKey={(r) => r.caseId} initialSort={{ key: 'person', dir: 'ascending' }} />
      )}
    </>
  );
}

/** Quarters never break inside "2026-Q1". */
function Quarters({ periods }: { periods: string[] }) {
  return (
    <>
      {periods.map((p, i) => (
        <span key={p}>
          {i > 0 && ', '}
          <span className="nowrap">{p}</span>
        </span>
      ))}
    </>
  );
}
