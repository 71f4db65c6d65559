/**
 * Columns shared by the tables of audit entries: the administrators' audit log and a person's own
 * "who has viewed my records". Both read an entry the same way: when, who (name and email), what
 * (the summary in words, with its detail below).
 */
import type { ReactNode } from 'react';
import type { Column } from '../../components/Table';

export interface EntryLike {
  at: string;
  actor: { name: string; email: string | null };
  summary: string;
  detail?: string | null;
}

export interface EntryRow<E extends EntryLike> {
  entry: E;
  key: string;
}

/** Rows keyed by time and place in the page (entries carry no id; two may share a millisecond). */
export const entryRows = <E extends EntryLike>(items: readonly E[], offset: number): EntryRow<E>[] => items.map((entry, i) => ({ entry, key: `${entry.at}-${offset + i}` }));

export function entryColumns<E extends EntryLike>(when: (iso: string) => ReactNode, showDetail: (e: E) => boolean = () => true): Column<EntryRow<E>>[] {
  return [
    { key: 'when', header: 'When', cell: ({ entry }) => when(entry.at) },
    {
      key: 'who',
      header: 'Who',
      cell: ({ entry }) => (
        <>
          {entry.actor.name} <span className="muted">{entry.actor.email}</span>
        </>
      ),
    },
    {
      key: 'what',
      header: 'What',
      cell: ({ entry }) => (
        <>
          {entry.summary}
          {entry.detail && showDetail(entry) && <div className="muted">{entry.detail}</div>}
        </>
      ),
    },
  ];
}
