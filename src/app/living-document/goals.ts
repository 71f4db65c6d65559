/** Adding and updating quarterly goals: the person or their manager line, audited in the same transaction. */
import type { Actor } from '../../core/access/actor.js';
import { parseGoalInput, parseGoalUpdate, type Goal } from '../../core/evidence/index.js';
import { TrellisError } from '../../errors.js';
import { actorAccountOf, auditEntry } from '../audit/audit-entry.js';
import { newId } from '../runtime.js';
import type { LivingDocumentDeps } from './deps.js';
import { assertRoomFor } from './document-limits.js';
import { badInput, documentSubject } from './subject.js';
import { goalView, type GoalView } from './views.js';

type Deps = Pick<LivingDocumentDeps, 'data' | 'runtime' | 'limits'>;

export async function addGoal({ data, runtime, limits }: Deps, actor: Actor, personId: string, input: unknown): Promise<GoalView> {
  await documentSubject(data, actor, personId, 'write');
  const parsed = parseGoalInput(input);
  if (!parsed.ok) throw badInput('goal', parsed.problems);
  const now = runtime.now();
  const goal: Goal = { ...parsed.value, id: newId(runtime), person: personId, createdAt: now, updatedAt: now };
  await data.transaction(async (r) => {
    assertRoomFor('goals', await r.goals.countGoals(personId), limits);
    await r.goals.insert(goal);
    await r.audit.append(auditEntry(runtime, actorAccountOf(actor), { action: 'create', resourceType: 'goal', resourceId: goal.id, subjectPerson: personId, detail: `${goal.quarter}: ${goal.status}` }));
  });
  return goalView(goal);
}

export async function updateGoal({ data, runtime }: Deps, actor: Actor, personId: string, goalId: string, input: unknown): Promise<GoalView> {
  await documentSubject(data, actor, personId, 'write');
  const parsed = parseGoalUpdate(input);
  if (!parsed.ok) throw badInput('goal', parsed.problems);
  const goal = await data.transaction(async (r) => {
    const current = await r.goals.get(goalId);
    if (!current || current.person !== personId) throw new TrellisError('NOT_FOUND', `No goal "${goalId}" in this document.`);
    const next: Goal = { ...current, ...parsed.value, updatedAt: runtime.now() };
    await r.goals.update(next);
    const change = current.status === next.status ? 'edited' : `${current.status} → ${next.status}`;
    await r.audit.append(auditEntry(runtime, actorAccountOf(actor), { action: 'update', resourceType: 'goal', resourceId: goalId, subjectPerson: personId, detail: `${next.quarter}: ${change}` }));
    return next;
  });
  return goalView(goal);
}
