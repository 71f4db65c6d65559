/**
 * The ladder as a grid: one row per dimension, one column per level shown (in rank order, on the
 * chosen track). Sparse cells show as empty rather than hidden, so a gap in the ladder is visible.
 *
 * Eight levels of multi-paragraph text do not fit side by side (the FT ladder at 1440 px showed
 * four columns and cut text mid-column), so a long ladder opens as two levels side by side — a
 * level and the one above it, or any two the reader picks — with every level one choice away.
 * Cells wrap their text; the table's scroll area takes keyboard focus (the shared Table does).
 */
import { useId } from 'react';
import { SelectField } from '../../components/Fields';
import { Table } from '../../components/Table';
import { EntryList } from './EntryList';
import { levelAbove, type LadderLevel, type LadderVersion } from './types';

/** Ladders longer than this open two levels side by side instead of all at once. */
export const ALL_LEVELS_UP_TO = 3;

export interface GridChoice {
  /** `all` levels, or a `pair` (`b` may be missing: one level alone). */
  mode: 'all' | 'pair';
  a: string | undefined;
  b: string | undefined;
}

/** Which levels the grid shows, from the address's `grid`, `a` and `b` (`b=none`: one level). */
export function gridLevels(levels: readonly LadderLevel[], q: URLSearchParams): { choice: GridChoice; shown: LadderLevel[] } {
  const grid = q.get('grid');
  const mode = grid === 'all' || (grid !== 'pair' && levels.length <= ALL_LEVELS_UP_TO) ? 'all' : 'pair';
  if (mode === 'all' || levels.length === 0) return { choice: { mode, a: undefined, b: undefined }, shown: [...levels] };
  const a = levels.find((l) => l.id === q.get('a')) ?? levels[0]!;
  const bParam = q.get('b');
  const b = bParam === 'none' ? undefined : (levels.find((l) => l.id === bParam && l.id !== a.id) ?? levelAbove(levels, a));
  return { choice: { mode, a: a.id, b: b?.id }, shown: b ? [a, b].sort((x, y) => levels.indexOf(x) - levels.indexOf(y)) : [a] };
}

export function LadderGrid({ ladder, levels, shown, choice, onChoose }: { ladder: LadderVersion; levels: readonly LadderLevel[]; shown: readonly LadderLevel[]; choice: GridChoice; onChoose: (changes: Record<string, string | undefined>) => void }) {
  const id = useId();
  const cell = (level: string, dimension: string) => ladder.cells.find((c) => c.level === level && c.dimension === dimension)?.entries ?? [];
  const options = levels.map((l) => ({ value: l.id, label: l.name }));
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Levels</h2>
      <div className="filters">
        <SelectField
          id={`${id}-mode`}
          label="Show"
          value={choice.mode}
          options={[
            { value: 'pair', label: 'Two levels side by side' },
            { value: 'all', label: `All ${levels.length} levels` },
          ]}
          onChange={(mode) => onChoose({ grid: mode, a: undefined, b: undefined })}
        />
        {choice.mode === 'pair' && (
          <>
            <SelectField id={`${id}-a`} label="Level" value={choice.a ?? ''} options={options} onChange={(a) => onChoose({ grid: 'pair', a, b: undefined })} />
            <SelectField
              id={`${id}-b`}
              label="Beside it"
              value={choice.b ?? 'none'}
              options={[{ value: 'none', label: 'Nothing' }, ...options.filter((o) => o.value !== choice.a)]}
              onChange={(b) => onChoose({ grid: 'pair', a: choice.a, b })}
            />
          </>
        )}
      </div>
      <Table caption={`${ladder.name}: ${shown.length} of ${levels.length} levels × ${ladder.dimensions.length} dimensions`} className={shown.length <= 2 ? 'ladder-grid ladder-grid-fit' : 'ladder-grid'}>
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            {shown.map((l) => (
              <th scope="col" key={l.id}>
                {l.name}
                {l.track && <span className="tag">{l.track}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ladder.dimensions.map((d) => (
            <tr key={d.id}>
              <th scope="row" className="ladder-dimension">
                {d.name}
              </th>
              {shown.map((l) => (
                <td key={l.id} className="ladder-cell">
                  <EntryList entries={cell(l.id, d.id)} empty="—" />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
}
