/**
 * An evidence item of the living document as the packet shows it: outcomes written as sentences,
 * ladder dimensions by their names (the document stores ids; readers know the names).
 */
import type { PacketEvidence } from '../../core/packet/index.js';
import { describeComparisons } from '../../core/packet/index.js';
import type { EvidenceView } from '../living-document/views.js';

export function packetEvidence(e: EvidenceView, dimensionNames: ReadonlyMap<string, string>): PacketEvidence {
  const at = Date.parse(`${e.date}T00:00:00Z`);
  const o = e.outcome;
  const outcome =
    o === null
      ? null
      : {
          subject: o.scope?.name ?? o.link.id,
          at: Date.parse(o.link.at),
          lines: o.status === 'figures' && o.metrics && o.scope ? describeComparisons(o.scope.name, o.metrics) : [o.message ?? `No figures for ${o.link.target} ${o.link.id} yet.`],
        };
  return { id: e.id, title: e.title, date: at, kind: e.kind, signals: e.signals, dimensions: e.dimensions.map((id) => ({ id, name: dimensionNames.get(id) ?? id })), links: e.links.map((l) => ({ url: l.url, label: l.label })), outcome };
}
