/**
 * Growth notes: the coaching record of a living document. The policy keeps them from
 * compensation reviewers (development is kept apart from pay). A note is either shared — the
 * person and everyone the policy lets read notes see it — or a draft only its author sees, so a
 * manager can think before writing something the engineer will read.
 */
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { zodProblems } from '../../core/evidence/index.js';
import type { GrowthNote } from '../../store/growth-note-repository.js';
import { actorAccountOf, auditEntry } from '../audit/audit-entry.js';
import { newId } from '../runtime.js';
import type { LivingDocumentDeps } from './deps.js';
import { badInput, documentSubject, isSelf } from './subject.js';
import { growthNoteView, type GrowthNoteView } from './views.js';

type Deps = Pick<LivingDocumentDeps, 'data' | 'runtime'>;

const noteInput = z.strictObject({
  text: z.string().trim().min(1, 'must not be empty').max(5000, 'must be at most 5000 characters'),
  shared: z.boolean({ message: 'must be true or false' }).default(true),
  /** The review signal the note is about: a shared note on a signal counts as earlier feedback for the no-surprises check. */
  signal: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters').nullable().default(null),
});

/** Shared notes, and the reader's own drafts. */
export function visibleNotes(notes: readonly GrowthNote[], actor: Actor): GrowthNote[] {
  const account = actorAccountOf(actor);
  return notes.filter((n) => n.shared || (account !== null && n.authorAccount === account));
}

export async function listGrowthNotes({ data, runtime }: Deps, actor: Actor, personId: string): Promise<GrowthNoteView[]> {
  await documentSubject(data, actor, personId, 'read', 'growth-note');
  return data.transaction(async (r) => {
    const notes = visibleNotes(await r.growthNotes.listGrowthNotes(personId), actor);
    if (!isSelf(actor, personId)) {
      await r.audit.append(auditEntry(runtime, actorAccountOf(actor), { action: 'read', resourceType: 'growth-note', resourceId: personId, subjectPerson: personId, detail: `${notes.length} growth notes` }));
    }
    return notes.map(growthNoteView);
  });
}

export async function addGrowthNote({ data, runtime }: Deps, actor: Actor, personId: string, input: unknown): Promise<GrowthNoteView> {
  await documentSubject(data, actor, personId, 'write', 'growth-note');
  const parsed = noteInput.safeParse(input);
  if (!parsed.success) throw badInput('growth note', zodProblems(parsed.error));
  const note = { id: newId(runtime), person: personId, authorAccount: actorAccountOf(actor), text: parsed.data.text, shared: parsed.data.shared, createdAt: runtime.now(), signal: parsed.data.signal };
  await data.transaction(async (r) => {
    await r.growthNotes.insert(note);
    await r.audit.append(auditEntry(runtime, actorAccountOf(actor), { action: 'create', resourceType: 'growth-note', resourceId: note.id, subjectPerson: personId, detail: note.shared ? 'shared' : 'draft' }));
  });
  const author = actor.kind === 'account' ? await data.accounts.get(actor.accountId) : undefined;
  return growthNoteView({ ...note, authorName: author?.name ?? null });
}
