import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect, freshStore, type TestStore } from '../../../test/dialects.js';
import { accountActor, operatorActor } from '../../core/access/actor.js';
import { dataAccess, type DataAccess } from '../../store/data-access.js';
import { manualRuntime } from '../runtime.js';
import type { LadderDeps } from './deps.js';
import { diffLevelsOf, diffVersions } from './diff-ladders.js';
import { importLadder } from './import-ladder.js';
import { publishLadder } from './publish-ladder.js';
import { exportLadder, listLadders, showLadder } from './read-ladders.js';

const fixtures = new URL('../../../test/fixtures/ladders/', import.meta.url);
const ft = readFileSync(new URL('ft-engineering-progression/engineering.yml', fixtures), 'utf8');
const calibrator = accountActor({ accountId: 'acct-cal', personId: null, roles: ['calibrator'] });
const engineer = accountActor({ accountId: 'acct-eng', personId: null, roles: ['engineer'] });

describeEachDialect('ladder use cases', (dialect) => {
  let store: TestStore;
  let data: DataAccess;
  let deps: LadderDeps;
  let clock: ReturnType<typeof manualRuntime>;
  beforeEach(async () => {
    store = await freshStore(dialect);
    data = dataAccess(store.db);
    clock = manualRuntime(Date.UTC(2026, 0, 5));
    deps = { data, runtime: clock };
  });
  afterEach(async () => store.dispose());

  it('imports and publishes a file as version 1, audited; the same file again changes nothing', async () => {
    const r = await importLadder(deps, calibrator, { text: ft, fileName: 'engineering.yml' });
    expect(r).toMatchObject({ id: 'engineering', version: 1, format: 'ft-yaml', publishedAt: Date.UTC(2026, 0, 5), unchanged: false, levels: 8, dimensions: 9, cells: 72 });
    const again = await importLadder(deps, calibrator, { text: ft, fileName: 'engineering.yml' });
    expect([again.version, again.unchanged]).toEqual([1, true]);
    const audit = await data.audit.list({ limit: 10, offset: 0 });
    expect(audit.items.map((e) => [e.action, e.resourceType, e.resourceId])).toEqual([['import-publish', 'ladder', 'engineering@1']]);
  });

  it('keeps drafts from engineers until published, and publishing is audited once', async () => {
    await importLadder(deps, calibrator, { text: ft, fileName: 'engineering.yml' });
    clock.advance(60_000);
    const draft = await importLadder(deps, calibrator, { text: ft.replace('name: Junior Engineer', 'name: Associate Engineer'), fileName: 'engineering.yml', draft: true });
    expect([draft.version, draft.publishedAt]).toEqual([2, null]);
    expect((await showLadder(deps, engineer, { id: 'engineering' })).version).toBe(1);
    expect((await showLadder(deps, engineer, { id: 'engineering' })).versions.map((v) => v.version)).toEqual([1]);
    await expect(showLadder(deps, engineer, { id: 'engineering', version: 2 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await showLadder(deps, calibrator, { id: 'engineering', version: 2 })).ladder.levels[0]?.name).toBe('Associate Engineer');
    await expect(publishLadder(deps, engineer, 'engineering', 2)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    clock.advance(60_000);
    expect(await publishLadder(deps, calibrator, 'engineering', 2)).toMatchObject({ version: 2, alreadyPublished: false });
    expect(await publishLadder(deps, calibrator, 'engineering', 2)).toMatchObject({ alreadyPublished: true });
    await expect(publishLadder(deps, calibrator, 'engineering', 7)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await showLadder(deps, engineer, {})).version).toBe(2);
    const actions = (await data.audit.list({ limit: 10, offset: 0 })).items.map((e) => `${e.action} ${e.resourceId}`);
    expect(actions).toEqual(['publish engineering@2', 'import-draft engineering@2', 'import-publish engineering@1']);
  });

  it('refuses imports from engineers and rejects a bad file naming file, line and field', async () => {
    await expect(importLadder(deps, engineer, { text: ft, fileName: 'engineering.yml' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const bad = ft.replace('proficiency: Awareness', 'proficiency: Wizard');
    const e = await importLadder(deps, operatorActor, { text: bad, fileName: 'engineering.yml' }).catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'IMPORT_REJECTED', problems: [expect.objectContaining({ file: 'engineering.yml', field: 'competencies[0].proficiency', line: expect.any(Number) })] });
    expect(await data.ladders.list()).toEqual([]);
  });

  it('adds level aliases and rejects aliases for levels the ladder lacks', async () => {
    await importLadder(deps, operatorActor, { text: ft, fileName: 'engineering.yml', aliases: { 'senior-1': ['L4'] } });
    expect((await showLadder(deps, engineer, {})).ladder.levels.find((l) => l.id === 'senior-1')?.aliases).toEqual(['L4']);
    await expect(importLadder(deps, operatorActor, { text: ft, fileName: 'engineering.yml', aliases: { nope: ['L9'] } })).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });

  it('lists, diffs versions and levels, and exports', async () => {
    await importLadder(deps, operatorActor, { text: ft, fileName: 'engineering.yml' });
    await importLadder(deps, operatorActor, { text: ft.replace('name: Junior Engineer', 'name: Associate Engineer'), fileName: 'engineering.yml' });
    expect(await listLadders(deps, engineer)).toEqual([{ id: 'engineering', name: 'Engineering', latestVersion: 2, latestPublishedVersion: 2, versions: 2 }]);
    const vd = await diffVersions(deps, engineer, 'engineering', 1, 2);
    expect(vd.diff.levels.changed.map((c) => [c.id, c.from.name, c.to.name])).toEqual([['junior', 'Junior Engineer', 'Associate Engineer']]);
    const ld = await diffLevelsOf(deps, engineer, { id: 'engineering' }, 'senior-1', 'senior-2-ic');
    expect([ld.version, ld.adjacent, ld.dimensions.length]).toEqual([2, true, 9]);
    await expect(diffLevelsOf(deps, engineer, {}, 'senior-1', 'L99')).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('"L99"') });
    expect(await exportLadder(deps, engineer, { id: 'engineering', version: 1 }, 'yaml')).toMatch(/^format: trellis-ladder\/v1\nid: engineering\n/);
    expect(await exportLadder(deps, engineer, {}, 'markdown')).toMatch(/^# Engineering\n/);
  });

  it('says plainly when nothing is published', async () => {
    await expect(showLadder(deps, engineer, {})).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'No career ladder is published yet.' });
    await expect(showLadder(deps, engineer, { id: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
