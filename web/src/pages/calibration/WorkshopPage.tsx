/**
 * `/calibration/workshops/:id`: one workshop round. Raters read each approved sample packet and
 * rate it per signal with a rationale; the facilitator adds and approves packets, watches progress
 * (counts only: nobody sees another rater's values before the reveal) and may close the round;
 * once revealed, everyone in the round sees all ratings and the agreement.
 */
import { useState } from 'react';
import { api } from '../../api/client';
import { Async } from '../../components/Async';
import { FormError } from '../../components/Fields';
import { PageHeader } from '../../components/PageHeader';
import { Empty } from '../../components/States';
import { Table } from '../../components/Table';
import { useApi } from '../../hooks/useApi';
import { Link } from '../../router/Link';
import { describeFailure } from '../living-document/errors';
import { AddPacketForm } from './AddPacketForm';
import { DraftPacket } from './DraftPacket';
import { RatePacket } from './RatePacket';
import { ResultsPanel } from './ResultsPanel';
import { stateLabel, workshopPaths, type RoundView } from './types';

export function WorkshopPage({ id }: { id: string }) {
  const result = useApi(`workshop:${id}`, (signal) => api('GET /api/workshops/{id}', { params: { id }, signal }));
  return (
    <Async result={result} label="the workshop round" notFound={`Workshop round "${id}"`} pageTitle="Workshop round">
      {(v) => <Round view={v} reload={result.retry} />}
    </Async>
  );
}

function Round({ view: v, reload }: { view: RoundView; reload: () => void }) {
  const revealed = v.state !== 'rating';
  const approved = v.packets.filter((p) => p.approved);
  const drafts = v.packets.filter((p) => !p.approved);
  return (
    <>
      <PageHeader title={v.round.title} lead={stateLabel[v.state]}>
        <p>
          <Link to={workshopPaths.list}>All workshop rounds</Link> · Scale: {v.round.scale.join(' → ')} · {v.round.signals.length} signals
        </p>
      </PageHeader>
      <section className="panel" aria-labelledby="progress">
        <h2 id="progress">Progress</h2>
        <p className="muted">Counts only: each rater's values stay hidden from the others, and from the facilitator, until all are in or the round is closed.</p>
        <Table caption="Ratings given by each rater">
          <thead>
            <tr>
              <th scope="col">Rater</th>
              <th scope="col">Rated</th>
            </tr>
          </thead>
          <tbody>
            {v.progress.map((p) => (
              <tr key={p.rater}>
                <th scope="row">{p.name}</th>
                <td>
                  {p.rated} of {p.expected}
                  {p.expected > 0 && p.rated >= p.expected ? ' — done' : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
        {v.mayFacilitate && !revealed && <CloseRound id={v.round.id} onClosed={reload} />}
      </section>
      {revealed && v.results && <ResultsPanel view={v} results={v.results} />}
      {v.mayFacilitate && drafts.length > 0 && (
        <section className="panel" aria-labelledby="drafts">
          <h2 id="drafts">Drafts to review before raters see them</h2>
          {drafts.map((p) => (
            <DraftPacket key={p.id} roundId={v.round.id} packet={p} onApproved={reload} />
          ))}
        </section>
      )}
      <section className="panel" aria-labelledby="packets">
        <h2 id="packets">Sample packets</h2>
        {approved.length === 0 ? (
          <Empty>{v.mayFacilitate ? 'No packets ready yet: add one below.' : 'The facilitator has not added packets yet.'}</Empty>
        ) : (
          approved.map((p) => <RatePacket key={p.id} view={v} packet={p} onSaved={reload} />)
        )}
      </section>
      {v.mayFacilitate && !revealed && <AddPacketForm roundId={v.round.id} onAdded={reload} />}
    </>
  );
}

function CloseRound({ id, onClosed }: { id: string; onClosed: () => void }) {
  const [error, setError] = useState('');
  async function close() {
    if (!window.confirm('Close the round now? The ratings given so far are revealed to everyone in the round, and nobody can rate any more.')) return;
    try {
      await api('POST /api/workshops/{id}/close', { params: { id } });
      onClosed();
    } catch (e) {
      setError(describeFailure(e));
    }
  }
  return (
    <>
      <p className="actions">
        <button type="button" className="button button-secondary" onClick={() => void close()}>
          Close the round and reveal
        </button>
      </p>
      <FormError message={error} />
    </>
  );
}
