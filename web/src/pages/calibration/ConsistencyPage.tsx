/**
 * `/cycles/:id/consistency`: manager consistency for leaders — per manager who rated in the cycle,
 * feedback specificity, needs-support ratings that were surprises, the distribution beside the
 * organisation's, concern-to-feedback time and 1:1 cadence, each with its n, and the coaching
 * prompts they raise. Listed by name: this is not a ranking of managers, and it does not sort.
 */
import { api } from '../../api/client';
import { Async } from '../../components/Async';
import { PageHeader } from '../../components/PageHeader';
import { Empty } from '../../components/States';
import { DataTable, type Column } from '../../components/Table';
import { useApi } from '../../hooks/useApi';
import { Link } from '../../router/Link';
import { calibrationPaths, percent, points, type Consistency } from './board-types';

type Row = Consistency['managers'][number];

export function ConsistencyPage({ cycleId }: { cycleId: string }) {
  const result = useApi(`consistency:${cycleId}`, (signal) => api('GET /api/cycles/{id}/manager-consistency', { params: { id: cycleId }, signal }));
  return (
    <Async result={result} label="manager consistency" notFound={`Cycle "${cycleId}"`} pageTitle="Manager consistency">
      {(v) => <View view={v} />}
    </Async>
  );
}

function View({ view }: { view: Consistency }) {
  const columns: Column<Row>[] = [
    { key: 'name', header: 'Manager', rowHeader: true, cell: (m) => m.name },
    { key: 'specificity', header: 'Feedback specificity', cell: (m) => (m.specificity.findingsPer100Words === null ? `no text (n = 0)` : `${m.specificity.findingsPer100Words.toFixed(1)} lint findings per 100 words (n = ${m.specificity.n} texts, ${m.specificity.words} words)`) },
    { key: 'surprises', header: 'Needs-support ratings that were surprises', cell: (m) => (m.surprises.n === 0 ? 'none rated needs support (n = 0)' : `${m.surprises.surprises} of ${m.surprises.n} (${percent(m.surprises.share)})`) },
    {
      key: 'distribution',
      header: 'Distribution vs organisation',
      cell: (m) => `n = ${m.distribution.n}: ${m.distribution.counts.map((c, i) => `${c.value} ${c.count} (${points(m.differenceFromOrg[i]?.difference)})`).join('; ')}`,
    },
    { key: 'concern', header: 'Concern noted → feedback shared', cell: (m) => (m.concernToFeedback.medianDays === null ? 'not computable (n = 0)' : `median ${Math.round(m.concernToFeedback.medianDays)} days (n = ${m.concernToFeedback.n})`) },
    { key: 'oneonones', header: '1:1 cadence', cell: (m) => (m.oneOnOnes.recorded ? `${m.oneOnOnes.overdue} of ${m.oneOnOnes.pairs} pairs overdue` : 'not recorded') },
  ];
  return (
    <>
      <PageHeader title={`Manager consistency: ${view.cycle.name}`} lead="Coaching prompts for leaders, each figure with its n. Listed by name — never a ranking of managers.">
        <p>
          <Link to={calibrationPaths.board(view.cycle.id)}>Calibration board</Link>
        </p>
      </PageHeader>
      {view.managers.length === 0 ? (
        <Empty>No manager has rated anyone in this cycle yet.</Empty>
      ) : (
        <>
          <section className="panel" aria-labelledby="figures">
            <h2 id="figures">Figures by manager</h2>
            <DataTable caption="Manager consistency, by name" columns={columns} rows={view.managers} rowKey={(m) => m.manager} />
          </section>
          <section className="panel" aria-labelledby="prompts">
            <h2 id="prompts">Coaching prompts</h2>
            {view.managers.map((m) => (
              <div key={m.manager} data-manager={m.manager}>
                <h3>{m.name}</h3>
                {m.prompts.length === 0 ? <p className="muted">Nothing stands out.</p> : <ul>{m.prompts.map((p) => <li key={p}>{p}</li>)}</ul>}
              </div>
            ))}
          </section>
        </>
      )}
    </>
  );
}
