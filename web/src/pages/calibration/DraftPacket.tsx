/**
 * A sample packet drafted from a real one: its text beside everything anonymisation took out, so
 * the facilitator checks both what was removed and what was missed before approving it.
 */
import { useState } from 'react';
import { api } from '../../api/client';
import { FormError } from '../../components/Fields';
import { Table } from '../../components/Table';
import { describeFailure } from '../living-document/errors';
import type { SamplePacket } from './types';

export function DraftPacket({ roundId, packet, onApproved }: { roundId: string; packet: SamplePacket; onApproved: () => void }) {
  const [error, setError] = useState('');
  async function approve() {
    try {
      await api('POST /api/workshops/{id}/packets/{packet}/approve', { params: { id: roundId, packet: packet.id } });
      onApproved();
    } catch (e) {
      setError(describeFailure(e));
    }
  }
  return (
    <article className="sample-packet" aria-label={`Draft: ${packet.title}`}>
      <h3>{packet.title}</h3>
      <pre className="sample-packet-body">{packet.body}</pre>
      {packet.removed.length === 0 ? (
        <p className="notice">Nothing was removed. Read the text for names, dates or details that point at someone before approving it.</p>
      ) : (
        <Table caption="Removed from the real packet (replaced by placeholders)">
          <thead>
            <tr>
              <th scope="col">Removed</th>
              <th scope="col">As</th>
              <th scope="col">Times</th>
            </tr>
          </thead>
          <tbody>
            {packet.removed.map((r) => (
              <tr key={`${r.kind}-${r.text}`}>
                <th scope="row">{r.text}</th>
                <td>[{r.kind}]</td>
                <td>{r.count}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <p className="muted">Automatic removal is a first pass: anything else that identifies the person (a project only they worked on, a date) is for you to catch.</p>
      <p className="actions">
        <button type="button" className="button" onClick={() => void approve()}>
          Approve for rating
        </button>
      </p>
      <FormError message={error} />
    </article>
  );
}
