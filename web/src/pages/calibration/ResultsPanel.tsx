/**
 * A revealed round's agreement: Krippendorff's ordinal alpha with its interval and n, how to read
 * it, alpha per signal, the packets with the widest disagreement first (discuss those), and each
 * rater's leniency — with n, flagged only with enough shared units, as prompts, never corrections.
 */
import { Table } from '../../components/Table';
import { alphaText, readingText, type RoundView, type WorkshopResults } from './types';

export function ResultsPanel({ view, results: r }: { view: RoundView; results: WorkshopResults }) {
  const names = Object.fromEntries(view.progress.map((p) => [p.rater, p.name]));
  const signalName = Object.fromEntries(view.round.signals.map((s) => [s.id, s.name]));
  return (
    <section className="panel" aria-labelledby="agreement">
      <h2 id="agreement">Agreement</h2>
      <p className="figure-line" data-testid="workshop-alpha">
        Ordinal alpha <strong>{alphaText(r.alpha.ordinal)}</strong>
        {r.interval && ` (95% interval ${alphaText(r.interval.low)} to ${alphaText(r.interval.high)}, ${r.interval.resamples} resamples of the rated units)`}, n = {r.n} ratings — {readingText[r.reading]}.
      </p>
      <p className="muted">
        Nominal {alphaText(r.alpha.nominal)}, interval {alphaText(r.alpha.interval)}, ratio {alphaText(r.alpha.ratio)}. Alpha is 1 when everyone agrees and 0 when agreement is no better than chance; below 0.667 the group reads the signals differently enough to talk about it before a real cycle.
      </p>
      <Table caption="Agreement per signal">
        <thead>
          <tr>
            <th scope="col">Signal</th>
            <th scope="col">Ordinal alpha</th>
            <th scope="col">n</th>
          </tr>
        </thead>
        <tbody>
          {r.bySignal.map((s) => (
            <tr key={s.signal}>
              <th scope="row">{signalName[s.signal] ?? s.signal}</th>
              <td>{s.units < 2 ? 'needs two or more packets' : alphaText(s.alpha)}</td>
              <td>{s.n}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      <h3>Where the group disagreed most</h3>
      <Table caption="Packets, widest disagreement first (mean over signals of the gap between the highest and lowest rating, in scale steps)">
        <thead>
          <tr>
            <th scope="col">Packet</th>
            <th scope="col">Spread</th>
            <th scope="col">Signals rated apart</th>
          </tr>
        </thead>
        <tbody>
          {r.packets.map((p) => (
            <tr key={p.packet}>
              <th scope="row">{p.title}</th>
              <td>{p.spread.toFixed(2)}</td>
              <td>
                {p.bySignal.filter((s) => s.range > 0).map((s) => `${signalName[s.signal] ?? s.signal}: ${s.values.map((v) => `${names[v.rater] ?? v.rater} ${v.value}`).join(', ')}`).join('; ') || 'none — everyone agreed'}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
      <h3>Each rater against the others</h3>
      <p className="muted">The mean gap to the other raters on the same packets. A rater is flagged only when the gap is clear (|z| &gt; 2) over at least 5 shared units; the model effect allows for who rated which packets. Prompts for the conversation, never corrections.</p>
      <Table caption="Rater leniency">
        <thead>
          <tr>
            <th scope="col">Rater</th>
            <th scope="col">Mean gap</th>
            <th scope="col">z</th>
            <th scope="col">Model effect</th>
            <th scope="col">Shared units</th>
            <th scope="col">Reading</th>
          </tr>
        </thead>
        <tbody>
          {r.leniency.map((l) => (
            <tr key={l.rater}>
              <th scope="row">{names[l.rater] ?? l.rater}</th>
              <td>{l.meanDifference === null ? '—' : `${l.meanDifference >= 0 ? '+' : ''}${l.meanDifference.toFixed(2)} steps`}</td>
              <td>{l.z === null ? '—' : l.z.toFixed(2)}</td>
              <td>{l.additiveEffect === null ? '—' : `${l.additiveEffect >= 0 ? '+' : ''}${l.additiveEffect.toFixed(2)}`}</td>
              <td>{l.n}</td>
              <td>{l.flagged ? `flagged: ${l.direction}` : (l.note ?? 'in line')}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
}
