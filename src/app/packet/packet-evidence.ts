/**
 * An evidence item of the living document as the packet shows it: outcomes written as sentences
 * (the chosen figure first, the others as secondary, each with its verdict), ladder dimensions by
 * their names (the document stores ids; readers know the names). The figures are the living
 * document's own (withOutcomes → compareDelivery), so both pages always agree.
 */
import type { PacketEvidence, PacketOutcome } from '../../core/packet/index.js';
import { describeAttribution, describeComparisons, describeSloOutcome, SEVERAL_COMPARED_NOTE } from '../../core/packet/index.js';
import type { EvidenceView, OutcomeView } from '../living-document/views.js';

export function packetEvidence(e: EvidenceView, dimensionNames: ReadonlyMap<string, string>): PacketEvidence {
  const at = Date.parse(`${e.date}T00:00:00Z`);
  const outcome = e.outcome === null ? null : packetOutcome(e.outcome);
  return { id: e.id, title: e.title, date: at, kind: e.kind, signals: e.signals, dimensions: e.dimensions.map((id) => ({ id, name: dimensionNames.get(id) ?? id })), links: e.links.map((l) => ({ url: l.url, label: l.label })), outcome };
}

function packetOutcome(o: OutcomeView): PacketOutcome {
  const base = { subject: o.scope?.name ?? o.link.id, at: Date.parse(o.link.at) };
  if (o.status === 'figures' && o.slo) {
    const notes = [...(o.comparison?.notes ?? []), describeAttribution('before', o.slo.attribution.before), describeAttribution('after', o.slo.attribution.after)];
    return { ...base, lines: describeSloOutcome(o.slo), notes };
  }
  if (o.status !== 'figures' || !o.metrics || !o.scope || !o.headline) {
    return { ...base, lines: [{ text: o.message ?? `No figures for ${o.link.target} ${o.link.id} yet.`, verdict: null, reason: null, headline: true }], notes: [] };
  }
  const lines = describeComparisons(o.scope.name, o.metrics, o.headline).map((l) => ({ text: l.text, verdict: l.verdict, reason: l.reason, headline: l.headline }));
  return { ...base, lines, notes: [...(o.comparison?.notes ?? []), SEVERAL_COMPARED_NOTE] };
}
