/**
 * A manager's own standout vs grindstone word balance in a cycle, when the organisation has turned
 * it on (off by default): an aggregate over the reviews and rationales they wrote, naming nobody.
 */
import { api } from '../../api/client';
import { plural } from '../../format';
import { useApi } from '../../hooks/useApi';

export function WritingBalance({ cycleId, cycleName }: { cycleId: string; cycleName: string }) {
  const result = useApi(`writing-balance|${cycleId}`, (signal) => api('GET /api/cycles/{id}/writing-balance', { params: { id: cycleId }, signal }));
  if (result.status !== 'ok' || !result.data.enabled) return null;
  const b = result.data;
  return (
    <div className="writing-balance" data-testid="writing-balance">
      <h3>Your words in {cycleName}</h3>
      {b.texts === 0 ? (
        <p className="muted">Nothing written yet: the balance counts your manager reviews and rating rationales once there are some.</p>
      ) : (
        <p>
          Over your {plural(b.texts, 'text')}: {plural(b.standout, 'standout word')} (brilliant, exceptional…) and {plural(b.grindstone, 'grindstone word')} (hardworking,
          diligent…){b.standoutShare === null ? '' : `, ${Math.round(100 * b.standoutShare)}% standout`}. {b.grindstoneOnly} of your texts use only grindstone words,{' '}
          {b.standoutOnly} only standout words.
        </p>
      )}
      <p className="hint">Shown only to you. If one kind of word goes to some people and the other kind to others, reread those reviews for what each person did.</p>
    </div>
  );
}
