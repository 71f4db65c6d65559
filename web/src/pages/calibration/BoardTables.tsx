/**
 * The board side by side: by manager (a table per manager's line, a column per signal) or by
 * signal (a table per signal, every person's value with their manager beside it). Rows are in
 * name order, never by rating. A calibrator opens the change dialog from a rating while the
 * session is open.
 */
import { DataTable, type Column } from '../../components/Table';
import type { Board, BoardPerson } from './board-types';

export type Pick = { person: BoardPerson; signal: string } | null;

function RatingCell({ board, person, signal, onPick }: { board: Board; person: BoardPerson; signal: Board['signals'][number]; onPick: (p: Pick) => void }) {
  const r = person.ratings.find((x) => x.signal === signal.id);
  if (!r) return <span className="muted">—</span>;
  const mayChange = board.mayRun && board.session?.state === 'open';
  return (
    <span>
      {r.value}
      {r.prompt ? <span title={r.prompt.message}> ⚑</span> : null}
      {mayChange ? (
        <>
          {' '}
          <button type="button" className="button button-small" onClick={() => onPick({ person, signal: signal.id })} aria-label={`Change ${person.name}’s ${signal.name}`}>
            Change
          </button>
        </>
      ) : null}
    </span>
  );
}

export function ByManager({ board, onPick }: { board: Board; onPick: (p: Pick) => void }) {
  const lines = [...new Set(board.people.map((p) => p.managerName ?? '(no manager)'))];
  const columns: Column<BoardPerson>[] = [
    { key: 'person', header: 'Person', rowHeader: true, cell: (p) => p.name, sortBy: (p) => p.name },
    { key: 'level', header: 'Level', cell: (p) => p.level ?? '—' },
    ...board.signals.map((s) => ({ key: s.id, header: s.name, cell: (p: BoardPerson) => <RatingCell board={board} person={p} signal={s} onPick={onPick} /> })),
    { key: 'flags', header: 'Flags', cell: (p) => p.flags.filter((f) => f.acknowledgement === null).length + p.context.length || '—' },
  ];
  return (
    <>
      {lines.map((line) => (
        <DataTable key={line} caption={`${line}’s line`} columns={columns} rows={board.people.filter((p) => (p.managerName ?? '(no manager)') === line)} rowKey={(p) => p.id} />
      ))}
    </>
  );
}

type SignalRow = { person: BoardPerson; value: string | null };

export function BySignal({ board, onPick }: { board: Board; onPick: (p: Pick) => void }) {
  return (
    <>
      {board.signals.map((s) => {
        const rows: SignalRow[] = board.people.filter((p) => p.ratings.some((r) => r.signal === s.id)).map((p) => ({ person: p, value: p.ratings.find((r) => r.signal === s.id)!.value }));
        const columns: Column<SignalRow>[] = [
          { key: 'person', header: 'Person', rowHeader: true, cell: (r) => r.person.name, sortBy: (r) => r.person.name },
          { key: 'manager', header: 'Manager', cell: (r) => r.person.managerName ?? '—', sortBy: (r) => r.person.managerName },
          { key: 'value', header: 'Rating', cell: (r) => <RatingCell board={board} person={r.person} signal={s} onPick={onPick} /> },
        ];
        return rows.length === 0 ? null : <DataTable key={s.id} caption={s.name} columns={columns} rows={rows} rowKey={(r) => r.person.id} />;
      })}
    </>
  );
}
