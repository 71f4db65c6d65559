/**
 * The ladder as a grid: one row per dimension, one column per level (in rank order, on the chosen
 * track). Sparse cells show as empty rather than hidden, so a gap in the ladder is visible.
 */
import { Table } from '../../components/Table';
import { EntryList } from './EntryList';
import type { LadderLevel, LadderVersion } from './types';

export function LadderGrid({ ladder, levels }: { ladder: LadderVersion; levels: readonly LadderLevel[] }) {
  const cell = (level: string, dimension: string) => ladder.cells.find((c) => c.level === level && c.dimension === dimension)?.entries ?? [];
  return (
    <Table caption={`${ladder.name}: ${levels.length} levels × ${ladder.dimensions.length} dimensions`}>
      <thead>
        <tr>
          <th scope="col">Dimension</th>
          {levels.map((l) => (
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
            {levels.map((l) => (
              <td key={l.id} className="ladder-cell">
                <EntryList entries={cell(l.id, d.id)} empty="—" />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
