/** Templates on both dialects: defaults until an administrator edits; each edit a new version; old versions kept. */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { seedAccounts } from '../../../test/accounts.js';
import { describeEachDialect, freshStore, type TestStore } from '../../../test/dialects.js';
import { seedOrg } from '../../../test/http-helpers.js';
import { accountActor } from '../../core/access/actor.js';
import { defaultTemplates } from '../../core/templates/defaults.js';
import { dataAccess, type DataAccess } from '../../store/data-access.js';
import { recordOneOnOne } from '../one-on-ones/write-one-on-ones.js';
import { readOneOnOnes } from '../one-on-ones/read-one-on-ones.js';
import { manualRuntime } from '../runtime.js';
import { listTemplates, readTemplate, saveTemplate } from './templates.js';

const admin = accountActor({ accountId: 'acct-admin', personId: null, roles: ['admin'] });
const grace = accountActor({ accountId: 'acct-grace', personId: 'grace', roles: ['manager'], reportingLine: ['alan'] });
const agenda = { title: '1:1 agenda', sections: [{ heading: 'Since last time', prompt: 'What shipped since the last 1:1.' }, { heading: 'Career', prompt: 'One step towards the next level this month.' }] };

describeEachDialect('templates', (dialect) => {
  let store: TestStore;
  let data: DataAccess;
  const runtime = manualRuntime(Date.UTC(2026, 2, 1, 10));
  beforeEach(async () => {
    store = await freshStore(dialect);
    await seedOrg(store);
    await seedAccounts(store, true);
    data = dataAccess(store.db);
  });
  afterEach(async () => store.dispose());

  it('serves the Trellis defaults as version 1 until an administrator edits one', async () => {
    const all = await listTemplates({ data, runtime }, grace);
    expect(all.map((t) => [t.kind, t.version, t.builtIn])).toEqual([
      ['quarterly-goals', 1, true],
      ['review-packet', 1, true],
      ['one-on-one-agenda', 1, true],
      ['support-plan', 1, true],
      ['promotion-case', 1, true],
    ]);
    expect(all[2]!.sections).toEqual(defaultTemplates['one-on-one-agenda'].sections);
  });

  it('versions an edit like the rubric: old 1:1s keep the version they were written with', async () => {
    const old = await recordOneOnOne({ data, runtime }, grace, 'alan', { heldOn: '2026-03-01' });
    const saved = await saveTemplate({ data, runtime }, admin, 'one-on-one-agenda', agenda);
    expect(saved.version).toBe(2);
    const history = await readTemplate({ data, runtime }, grace, 'one-on-one-agenda');
    expect(history.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(history.versions[1]!.sections).toEqual(defaultTemplates['one-on-one-agenda'].sections);
    expect([history.versions[0]!.createdAt, history.versions[1]!.createdAt]).toEqual([runtime.now(), null]);
    const view = await readOneOnOnes({ data, runtime }, grace, 'alan');
    expect(view.next!.agenda.map((a) => a.text)).toEqual(['Since last time', 'Career']);
    expect(view.meetings.find((m) => m.id === old.id)!.templateVersion).toBe(1);
    expect(view.meetings.find((m) => m.id === old.id)!.agenda.map((a) => a.text)).toEqual(defaultTemplates['one-on-one-agenda'].sections.map((s) => s.heading));
    expect((await saveTemplate({ data, runtime }, admin, 'one-on-one-agenda', agenda)).version).toBe(3);
    expect((await data.audit.list({ limit: 10, offset: 0 })).items.filter((e) => e.resourceType === 'template').map((e) => e.resourceId)).toEqual(expect.arrayContaining(['one-on-one-agenda@2', 'one-on-one-agenda@3']));
  });

  it('is edited by administrators only, with every problem named', async () => {
    await expect(saveTemplate({ data, runtime }, grace, 'support-plan', agenda)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(saveTemplate({ data, runtime }, admin, 'nonsense', agenda)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(saveTemplate({ data, runtime }, admin, 'support-plan', { title: 'x', sections: [{ heading: 'A', prompt: '' }, { heading: 'a', prompt: '' }] })).rejects.toMatchObject({
      code: 'BAD_INPUT',
      problems: [{ field: 'sections[1].heading', message: 'repeats "a"' }],
    });
    expect(await data.templates.versions('support-plan')).toEqual([]);
  });
});
