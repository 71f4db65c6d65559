/**
 * The demo's living documents (see demo-evidence.ts for what they say). Written straight through
 * the repositories — the demo is created by the operator, whom the policy does not let write
 * anyone's document — with one audit entry saying so, all in one transaction. Runs only when the
 * demo is created; if Amara's document already has evidence it leaves everything alone.
 */
import { newId } from '../runtime.js';
import { actorAccountOf, auditEntry } from '../audit/audit-entry.js';
import { operatorActor } from '../../core/access/actor.js';
import { dataAccess } from '../../store/data-access.js';
import type { DemoSeeder } from './create-demo-people.js';
import { demoDocuments, teammateDocument, type DemoDocument } from './demo-evidence.js';
import { demoPeople } from '../../core/demo/lumen.js';
import type { DataAccess } from '../../store/data-access.js';

const DAY = 86_400_000;

export const seedDemoEvidence: DemoSeeder = async (store, { anchor, runtime }) => {
  const data = dataAccess(store.db);
  if ((await data.evidence.listEvidence('amara-okafor')).length > 0) return;
  const documents = [...demoDocuments(anchor), ...(await supportingCast(data, anchor))];
  const authors = new Map<string, string>();
  for (const email of new Set(documents.flatMap((d) => d.notes.map((n) => n.authorEmail)))) {
    const account = await data.accounts.findByEmail(email);
    if (account) authors.set(email, account.id);
  }
  const present = await data.org.existing('people', documents.map((d) => d.person));
  await data.transaction(async (r) => {
    let items = 0;
    for (const doc of documents.filter((d) => present.has(d.person))) {
      for (const g of doc.goals) await r.goals.insert({ ...g, id: newId(runtime), person: doc.person, createdAt: anchor - 100 * DAY, updatedAt: anchor - 7 * DAY });
      for (const e of doc.evidence) {
        await r.evidence.insert({ ...e, id: newId(runtime), person: doc.person, createdBy: null, createdAt: e.date + DAY, updatedAt: e.date + DAY });
        items++;
      }
      for (const n of doc.notes) {
        await r.growthNotes.insert({ id: newId(runtime), person: doc.person, authorAccount: authors.get(n.authorEmail) ?? null, text: n.text, shared: true, createdAt: anchor - n.daysAgo * DAY, signal: n.signal ?? null });
      }
    }
    await r.audit.append(auditEntry(runtime, actorAccountOf(operatorActor), { action: 'create', resourceType: 'living-document', detail: `demo living documents: ${items} evidence items` }));
  });
};

/** One engineer each from SRE and Growth (generated people, not the named cast), so more than the story's people have a document. */
async function supportingCast(data: DataAccess, anchor: number): Promise<DemoDocument[]> {
  const named = new Set(demoPeople.map((p) => p.id));
  const out: DemoDocument[] = [];
  for (const [team, service] of [['sre', 'incident-bot'], ['growth', 'web-frontend']] as const) {
    const people = await data.org.listPeople({ team, limit: 50, offset: 0 });
    const person = people.items.find((p) => !named.has(p.id) && p.manager !== null && p.active);
    if (person) out.push(teammateDocument(person.id, service, anchor));
  }
  // Greg Hale's first report (the one his surprise rating is about; see seed-reviews.ts) has a document too.
  const gregs = (await data.org.listPeople({ manager: 'greg-hale', limit: 50, offset: 0 })).items.filter((p) => p.active).sort((x, y) => x.id.localeCompare(y.id))[0];
  if (gregs && !named.has(gregs.id)) out.push(teammateDocument(gregs.id, 'mobile-bff', anchor));
  return out;
}
