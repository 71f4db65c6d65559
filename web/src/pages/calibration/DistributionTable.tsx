/**
 * Rating distributions per manager beside the organisation's: counts and shares per scale value,
 * and the difference from the organisation. Descriptive only — there is no target, quota or curve
 * to meet, and managers are listed by name, never ordered by how they rate.
 */
import { DataTable, type Column } from '../../components/Table';
import { percent, points, type Board } from './board-types';

type Row = { group: string; distribution: Board['distributions']['org']; differenceFromOrg: { value: string; difference: number | null }[] | null };

export function DistributionTable({ board }: { board: Board }) {
  const rows: Row[] = [...board.distributions.managers, { group: 'Organisation', distribution: board.distributions.org, differenceFromOrg: null }];
  const columns: Column<Row>[] = [
    { key: 'group', header: 'Manager’s line', rowHeader: true, cell: (r) => r.group },
    { key: 'n', header: 'n', cell: (r) => r.distribution.n },
    ...board.scale.map((value, i) => ({
      key: value,
      header: value,
      cell: (r: Row) => {
        const c = r.distribution.counts[i];
        const d = r.differenceFromOrg?.[i]?.difference;
        return `${c?.count ?? 0} (${percent(c?.share)})${r.differenceFromOrg ? `, ${points(d)} vs organisation` : ''}`;
      },
    })),
  ];
  return (
    <section className="panel" aria-labelledby="distributions">
      <h2 id="distributions">Distributions</h2>
      <p className="muted">How each line’s ratings spread, beside the organisation’s — a question to ask, never a quota to meet. No forced ranking, no potential grid.</p>
      <DataTable caption="Rating distribution by manager’s line and for the organisation" columns={columns} rows={rows} rowKey={(r) => r.group} />
    </section>
  );
}
