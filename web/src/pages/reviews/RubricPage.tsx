/**
 * `/rubric`: the published review signals — each with its definition and observable examples of
 * "strong" and "needs support" — the scale, the version and when it was published, and what
 * changed in each version. Everyone signed in reads it: ratings are made against exactly this.
 */
import { api } from '../../api/client';
import { Async } from '../../components/Async';
import { PageHeader } from '../../components/PageHeader';
import { formatDate } from '../../format';
import { useApi } from '../../hooks/useApi';
import type { RubricView } from './types';

export function RubricPage() {
  const result = useApi('rubric', (signal) => api('GET /api/rubrics', { signal }));
  return (
    <Async pageTitle="Review signals" result={result} label="the review signals" notFound="The rubric">
      {(data) => <Rubric data={data} />}
    </Async>
  );
}

function Rubric({ data }: { data: RubricView }) {
  const { rubric, announcements } = data;
  return (
    <>
      <PageHeader title="Review signals">
        <p className="lead">
          {rubric.name}, version {rubric.version}, published {formatDate(rubric.publishedAt)}. Ratings use the scale{' '}
          <strong>{rubric.scale.join(' · ')}</strong>, one signal at a time — never a single score.
        </p>
      </PageHeader>
      {rubric.signals.map((s) => (
        <section key={s.id} className="panel" aria-labelledby={`signal-${s.id}`}>
          <h2 id={`signal-${s.id}`}>{s.name}</h2>
          <p>{s.definition}</p>
          <div className="panels">
            <div>
              <h3>Strong looks like</h3>
              <ul>
                {s.strongExamples.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            </div>
            <div>
              <h3>Needs support looks like</h3>
              <ul>
                {s.needsSupportExamples.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            </div>
            {s.exceedsExamples && s.exceedsExamples.length > 0 && (
              <div>
                <h3>Exceeds looks like</h3>
                <ul>
                  {s.exceedsExamples.map((e) => (
                    <li key={e}>{e}</li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        </section>
      ))}
      <section className="panel" aria-labelledby="rubric-changes">
        <h2 id="rubric-changes">Versions and announcements</h2>
        <ul className="note-list">
          {announcements.map((a) => (
            <li key={a.id}>
              <strong>
                Version {a.version}, {formatDate(a.at)}
              </strong>
              <ul>
                {a.changes.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
