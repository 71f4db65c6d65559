/** Prometheus rules of every stored SLO whose indicator has Prometheus queries (see core/reliability/prometheus-rules.ts). */
import type { Actor } from '../../core/access/actor.js';
import { sloDefinition } from '../../core/openslo/definition.js';
import { indicatorQueries } from '../../core/openslo/queries.js';
import { prometheusRules, type RuleGroup } from '../../core/reliability/prometheus-rules.js';
import type { SloRepository } from '../../store/slo-repository.js';
import { assertAllowed } from '../authorize.js';

export async function sloRuleGroups(deps: { slos: Pick<SloRepository, 'objects'> }, actor: Actor, at: number): Promise<{ groups: RuleGroup[]; skipped: string[] }> {
  assertAllowed(actor, 'read', { type: 'service-reliability' });
  const objects = (await deps.slos.objects()).map((o) => o.object);
  const slis = objects.filter((o) => o.kind === 'SLI');
  const groups: RuleGroup[] = [];
  const skipped: string[] = [];
  for (const slo of objects.filter((o) => o.kind === 'SLO')) {
    const q = indicatorQueries(slo, slis);
    if (!q.ok) skipped.push(q.reason);
    else groups.push(prometheusRules(sloDefinition(slo), q.queries, at));
  }
  return { groups, skipped };
}
