/** Adding an evidence item to a person's document (the fields are `EvidenceForm`'s). */
import { api } from '../../api/client';
import { EvidenceForm, type DimensionChoice } from './EvidenceForm';
import type { EvidenceGuidance } from './guidance';

export type { DimensionChoice } from './EvidenceForm';

export interface AddEvidenceFormProps {
  personId: string;
  dimensions: readonly DimensionChoice[];
  guidance: EvidenceGuidance;
  onAdded: () => void;
}

export function AddEvidenceForm({ personId, dimensions, guidance, onAdded }: AddEvidenceFormProps) {
  return (
    <EvidenceForm
      heading="Add evidence"
      submitLabel="Add evidence"
      dimensions={dimensions}
      guidance={guidance}
      save={(body) => api('POST /api/people/{id}/evidence', { params: { id: personId }, body })}
      onSaved={onAdded}
    />
  );
}
