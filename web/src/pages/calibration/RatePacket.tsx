/**
 * One sample packet: its text, and per signal the reader's own rating (a value on the scale and
 * why) while the round is open; once revealed, every rater's value and rationale side by side.
 */
import { useId, useState } from 'react';
import { api } from '../../api/client';
import { FormError, TextAreaField } from '../../components/Fields';
import { describeFailure } from '../living-document/errors';
import type { RoundView, SamplePacket, WorkshopRating } from './types';

export function RatePacket({ view, packet, onSaved }: { view: RoundView; packet: SamplePacket; onSaved: () => void }) {
  const revealed = view.state !== 'rating';
  const mine = (signal: string) => view.ratings.find((r) => r.packet === packet.id && r.signal === signal && !revealed);
  return (
    <article className="sample-packet" aria-label={packet.title}>
      <h3>{packet.title}</h3>
      <details open={!revealed}>
        <summary>Packet text</summary>
        <pre className="sample-packet-body">{packet.body}</pre>
      </details>
      {view.round.signals.map((s) =>
        revealed ? (
          <Revealed key={s.id} signalName={s.name} ratings={view.ratings.filter((r) => r.packet === packet.id && r.signal === s.id)} names={Object.fromEntries(view.progress.map((p) => [p.rater, p.name]))} />
        ) : view.mayRate ? (
          <SignalForm key={s.id} roundId={view.round.id} packetId={packet.id} signal={s} scale={view.round.scale} existing={mine(s.id)} onSaved={onSaved} />
        ) : null,
      )}
    </article>
  );
}

function Revealed({ signalName, ratings, names }: { signalName: string; ratings: WorkshopRating[]; names: Record<string, string> }) {
  return (
    <div className="revealed-signal">
      <h4>{signalName}</h4>
      {ratings.length === 0 ? (
        <p className="muted">Nobody rated this signal.</p>
      ) : (
        <ul>
          {ratings.map((r) => (
            <li key={r.rater}>
              <strong>{names[r.rater] ?? r.rater}</strong>: {r.value} — {r.rationale}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function SignalForm({ roundId, packetId, signal, scale, existing, onSaved }: { roundId: string; packetId: string; signal: { id: string; name: string }; scale: string[]; existing: WorkshopRating | undefined; onSaved: () => void }) {
  const id = useId();
  const [value, setValue] = useState(existing?.value ?? '');
  const [rationale, setRationale] = useState(existing?.rationale ?? '');
  const [error, setError] = useState('');
  const [saved, setSaved] = useState(existing !== undefined);

  async function save() {
    setError('');
    try {
      await api('PUT /api/workshops/{id}/packets/{packet}/ratings/{signal}', { params: { id: roundId, packet: packetId, signal: signal.id }, body: { value, rationale } });
      setSaved(true);
      onSaved();
    } catch (e) {
      setError(describeFailure(e));
    }
  }

  return (
    <fieldset className="signal-rating" aria-label={`${signal.name}: your rating`}>
      <legend>{signal.name}</legend>
      <div className="field">
        <label htmlFor={`${id}-value`}>Your rating of {signal.name}</label>
        <select id={`${id}-value`} value={value} onChange={(e) => (setValue(e.target.value), setSaved(false))}>
          <option value="">Choose…</option>
          {scale.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </div>
      <TextAreaField id={`${id}-why`} label={`Why, for ${signal.name}`} rows={2} value={rationale} onChange={(t) => (setRationale(t), setSaved(false))} lint />
      <p className="actions">
        <button type="button" className="button" onClick={() => void save()} disabled={value === ''}>
          Save rating
        </button>
        {saved && <span className="saved-note"> Saved — only you see it until the reveal.</span>}
      </p>
      <FormError message={error} />
    </fieldset>
  );
}
