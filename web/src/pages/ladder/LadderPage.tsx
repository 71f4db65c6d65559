/**
 * `/ladder`: the published career ladder as a level × dimension grid, with a track filter, a
 * version picker, "what changes from one level to the next" and the changes between versions.
 * Everything the page shows is in its address (`?id=&version=&track=&from=&to=&compare=`), so a
 * manager can send an engineer the exact step they are talking about.
 */
import { useId } from 'react';
import { api } from '../../api/client';
import { SelectField } from '../../components/Fields';
import { Async } from '../../components/Async';
import { PageHeader } from '../../components/PageHeader';
import { formatDate } from '../../format';
import { useApi } from '../../hooks/useApi';
import { navigate, useLocation, withQuery } from '../../router/location';
import { LadderGrid, gridLevels } from './LadderGrid';
import { LadderSource } from './LadderSource';
import { LevelStep } from './LevelStep';
import { levelAbove, levelsOn, tracksOf, type LadderVersion } from './types';
import { VersionChanges } from './VersionChanges';

export function LadderPage() {
  const location = useLocation();
  const id = location.query.get('id') ?? '';
  const versionParam = Number(location.query.get('version') ?? '') || undefined;
  const result = useApi(`${id}|${versionParam ?? ''}`, (signal) =>
    id ? api('GET /api/ladders/{id}', { params: { id }, query: { version: versionParam }, signal }) : api('GET /api/ladder', { query: { version: versionParam }, signal }),
  );
  return (
    <Async pageTitle="Career ladder" result={result} label="the career ladder" notFound="A published career ladder">
      {(ladder) => <Ladder ladder={ladder} />}
    </Async>
  );
}

function Ladder({ ladder }: { ladder: LadderVersion }) {
  const location = useLocation();
  const formId = useId();
  const q = location.query;
  const set = (changes: Record<string, string | number | undefined>) => navigate(withQuery(location, changes), { replace: true });
  const tracks = tracksOf(ladder);
  const track = tracks.includes(q.get('track') ?? '') ? q.get('track')! : '';
  const levels = levelsOn(ladder, track);
  const from = levels.find((l) => l.id === q.get('from'));
  const to = from ? (levels.find((l) => l.id === q.get('to') && l.id !== from.id) ?? levelAbove(levels, from)) : undefined;
  const compare = Number(q.get('compare') ?? '') || undefined;
  const others = ladder.versions.filter((v) => v.version !== ladder.version);
  const grid = gridLevels(levels, q);

  return (
    <>
      <PageHeader title="Career ladder">
        <p className="lead">
          {ladder.name}, version {ladder.version}
          {ladder.publishedAt ? `, published ${formatDate(ladder.publishedAt)}` : ' (draft)'}. {ladder.levels.length} levels × {ladder.dimensions.length} dimensions
          {ladder.cumulative ? '; each level includes the ones below it.' : '.'}
        </p>
        <LadderSource source={ladder.source} />
      </PageHeader>
      <div className="filters">
        {ladder.versions.length > 1 && (
          <div className="field">
            <label htmlFor={`${formId}-version`}>Version</label>
            <select id={`${formId}-version`} value={ladder.version} onChange={(e) => set({ id: ladder.id, version: e.target.value, compare: undefined })}>
              {ladder.versions.map((v) => (
                <option key={v.version} value={v.version}>
                  Version {v.version}
                  {v.publishedAt ? ` (${formatDate(v.publishedAt)})` : ' (draft)'}
                </option>
              ))}
            </select>
          </div>
        )}
        {tracks.length > 0 && (
          <SelectField
            id={`${formId}-track`}
            label="Track"
            value={track}
            placeholder="All tracks"
            options={tracks.map((t) => ({ value: t, label: t === 'ic' ? 'Individual contributor' : t === 'manager' ? 'Manager' : t }))}
            onChange={(t) => set({ track: t, from: undefined, to: undefined, a: undefined, b: undefined })}
          />
        )}
        <SelectField
          id={`${formId}-from`}
          label="What changes from"
          value={from?.id ?? ''}
          placeholder="Choose a level"
          options={levels.map((l) => ({ value: l.id, label: l.name }))}
          onChange={(id) => set({ from: id, to: undefined })}
        />
        {from && (
          <SelectField
            id={`${formId}-to`}
            label="to"
            value={to?.id ?? ''}
            placeholder={to === undefined ? 'No level above' : undefined}
            options={levels.filter((l) => l.id !== from.id).map((l) => ({ value: l.id, label: l.name }))}
            onChange={(id) => set({ to: id })}
          />
        )}
        {others.length > 0 && (
          <div className="field">
            <label htmlFor={`${formId}-compare`}>Compare with version</label>
            <select id={`${formId}-compare`} value={compare ?? ''} onChange={(e) => set({ id: ladder.id, version: ladder.version, compare: e.target.value })}>
              <option value="">None</option>
              {others.map((v) => (
                <option key={v.version} value={v.version}>
                  Version {v.version}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {from && to && <LevelStep ladderId={ladder.id} version={ladder.version} from={from.id} to={to.id} />}
      {compare !== undefined && others.some((v) => v.version === compare) && (
        <VersionChanges ladderId={ladder.id} from={Math.min(compare, ladder.version)} to={Math.max(compare, ladder.version)} />
      )}
      <LadderGrid ladder={ladder} levels={levels} shown={grid.shown} choice={grid.choice} onChoose={set} />
      {ladder.vagueCells.length > 0 && (
        <section className="panel" aria-labelledby="vague-cells">
          <h2 id="vague-cells">Words to make concrete</h2>
          <p className="muted">These cells use words that praise without describing behaviour. Calibrators can replace them with what someone at the level observably does.</p>
          <ul>
            {ladder.vagueCells.map((f, i) => (
              <li key={i}>
                {ladder.levels.find((l) => l.id === f.level)?.name ?? f.level} × {ladder.dimensions.find((d) => d.id === f.dimension)?.name ?? f.dimension}: “{f.word}”
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
