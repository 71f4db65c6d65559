/** A pair's action items: who owns each, when it is due, done or open — the manager line may change that. */
import { useState } from 'react';
import { api } from '../../api/client';
import type { Schemas } from '../../api/openapi.gen';
import { FormError } from '../../components/Fields';
import { Empty } from '../../components/States';
import { DataTable, type Column } from '../../components/Table';
import { formatDate } from '../../format';
import { describeFailure } from '../living-document/errors';

type Item = Schemas['ActionItem'];

export function ActionItemsTable({ personId, items, mayWrite, isSelf, onChanged }: { personId: string; items: Item[]; mayWrite: boolean; isSelf: boolean; onChanged: () => void }) {
  const [error, setError] = useState('');
  async function set(item: Item, done: boolean) {
    setError('');
    try {
      await api('PUT /api/people/{id}/one-on-one-actions/{actionId}', { params: { id: personId, actionId: item.id }, body: { done } });
      onChanged();
    } catch (err) {
      setError(describeFailure(err));
    }
  }
  const columns: Column<Item>[] = [
    { key: 'text', header: 'Action item', rowHeader: true, cell: (a) => a.text, sortBy: (a) => a.text },
    { key: 'owner', header: 'Owner', cell: (a) => a.owner.name, sortBy: (a) => a.owner.name },
    { key: 'due', header: 'Due', cell: (a) => (a.dueOn ? formatDate(a.dueOn) : '—'), sortBy: (a) => a.dueOn },
    { key: 'state', header: 'State', cell: (a) => (a.done ? <span className="tag tag-done">Done</span> : 'Open'), sortBy: (a) => (a.done ? 1 : 0) },
  ];
  if (mayWrite) {
    columns.push({
      key: 'change',
      header: 'Change',
      cell: (a) => (
        <button type="button" className="button secondary" onClick={() => void set(a, !a.done)}>
          {a.done ? `Open “${a.text}” again` : `Mark “${a.text}” done`}
        </button>
      ),
    });
  }
  return (
    <section className="panel" aria-labelledby="actions-title">
      <h2 id="actions-title">{isSelf ? 'Your action items' : 'Action items'}</h2>
      {items.length === 0 ? (
        <Empty>{isSelf ? 'No action items of yours from your 1:1s.' : 'No action items yet: add them when you record a 1:1.'}</Empty>
      ) : (
        <DataTable caption={isSelf ? 'Action items you own from your 1:1s' : 'Action items from the 1:1s, oldest first'} columns={columns} rows={items} rowKey={(a) => a.id} />
      )}
      <FormError message={error} />
    </section>
  );
}
