/** The compensation band table as a sortable table: level, track, currency, min, mid, max. */
import { DataTable, type Column } from '../../components/Table';
import type { Schemas } from '../../api/openapi.gen';

export type Band = Schemas['CompensationBand'];

export const money = (n: number, currency?: string) => `${currency ? `${currency} ` : ''}${n.toLocaleString('en-GB', { maximumFractionDigits: 2 })}`;

const columns: Column<Band>[] = [
  { key: 'level', header: 'Level', rowHeader: true, sortBy: (b) => b.level, cell: (b) => b.level },
  { key: 'track', header: 'Track', sortBy: (b) => b.track, cell: (b) => b.track },
  { key: 'currency', header: 'Currency', sortBy: (b) => b.currency, cell: (b) => b.currency },
  { key: 'min', header: 'Min', sortBy: (b) => b.min, cell: (b) => money(b.min), className: 'num' },
  { key: 'mid', header: 'Mid', sortBy: (b) => b.mid, cell: (b) => money(b.mid), className: 'num' },
  { key: 'max', header: 'Max', sortBy: (b) => b.max, cell: (b) => money(b.max), className: 'num' },
];

export function BandsTable({ bands }: { bands: readonly Band[] }) {
  return <DataTable caption={`${bands.length} bands`} columns={columns} rows={bands} rowKey={(b) => `${b.level}|${b.track}|${b.currency}`} />;
}
