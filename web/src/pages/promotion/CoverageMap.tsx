/**
 * The coverage map of a promotion case: each dimension of the target level, whether the case
 * evidences it, which quarters its evidence comes from, and what the ladder expects there. The
 * dimensions still without evidence are named above the table, so nobody has to scan for them.
 */
import { DataTable, type Column } from '../../components/Table';
import { statusWords, type PromotionCase } from './types';

type Row = PromotionCase['coverage']['dimensions'][number] & { expected: string[] };

export function CoverageMap({ c }: { c: PromotionCase }) {
  const rows: Row[] = c.coverage.dimensions.map((d) => ({ ...d, expected: c.targets.find((t) => t.id === d.dimension.id)?.expected ?? [] }));
  const columns: Column<Row>[] = [
    { key: 'dimension', header: 'Dimension', rowHeader: true, cell: (r) => r.dimension.name },
    { key: 'status', header: 'Status', cell: (r) => <span className={`coverage coverage-${r.status}`}>{statusWords[r.status]}</span> },
    { key: 'examples', header: 'Case files', cell: (r) => r.examples.length },
    { key: 'evidence', header: 'Evidence items', cell: (r) => r.evidence.length },
    { key: 'periods', header: 'Quarters', cell: (r) => (r.periods.length === 0 ? '—' : r.periods.map((p, i) => <span key={p}>{i > 0 && ', '}<span className="nowrap">{p}</span></span>)) },
    { key: 'expected', header: `What ${c.target.name} looks like`, cell: (r) => r.expected.join(' ') || '—' },
  ];
  const missing = c.coverage.missing;
  return (
    <section className="panel" aria-labelledby="coverage-title">
      <h2 id="coverage-title">Coverage of {c.target.name}</h2>
      <p>
        {c.coverage.covered} of {c.coverage.total} dimensions evidenced.
      </p>
      {missing.length > 0 ? (
        <p className="notice" data-testid="uncovered">
          Not yet evidenced: {missing.map((d) => d.name).join(', ')}. Add a case file that shows {missing.length === 1 ? 'it' : 'them'}, citing items of the living document.
        </p>
      ) : (
        <p className="hint">Every dimension of the target level has cited evidence.</p>
      )}
      <DataTable caption={`Dimensions of ${c.target.name}`} columns={columns} rows={rows} rowKey={(r) => r.dimension.id} />
      <p className={c.pattern.holds ? 'hint' : 'notice'} data-testid="pattern">
        <strong>Repeated pattern:</strong> {c.pattern.summary}
      </p>
    </section>
  );
}
