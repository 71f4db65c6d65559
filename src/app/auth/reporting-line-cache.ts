/**
 * Every signed-in manager's request needs their reporting line, computed from every person's
 * manager. Reading that map and walking it costs a few milliseconds on a large organisation —
 * more than everything else a cached delivery report request does — yet people only change
 * through an import, which bumps the data version. So lines are kept per process and dropped
 * when the version moves (checking it is one primary-key read), whichever instance imported.
 */
import { reportingLine } from '../../core/org/cycles.js';
import type { OrgRepository } from '../../store/org-repository.js';

export class ReportingLineCache {
  private current: { version: number; managers: Promise<Map<string, string | null>>; lines: Map<string, readonly string[]> } | undefined;

  constructor(private readonly dataVersion: () => Promise<number>) {}

  async lineOf(org: Pick<OrgRepository, 'managerMap'>, person: string): Promise<readonly string[]> {
    const version = await this.dataVersion();
    let current = this.current;
    if (current?.version !== version) {
      const managers = org.managerMap();
      current = { version, managers, lines: new Map() };
      this.current = current;
      // A failed read is not kept: the next request tries again.
      managers.catch(() => {
        if (this.current?.managers === managers) this.current = undefined;
      });
    }
    let line = current.lines.get(person);
    if (line === undefined) {
      line = reportingLine(await current.managers, person);
      current.lines.set(person, line);
    }
    return line;
  }
}
