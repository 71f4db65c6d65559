/** Changing a recorded 1:1's notes afterwards (manager line): the shared ones and the private ones, still kept apart. */
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { FormError, TextAreaField } from '../../components/Fields';
import { describeFailure } from '../living-document/errors';

export function EditNotesForm({ personId, meetingId, shared, privateNotes, onSaved }: { personId: string; meetingId: string; shared: string; privateNotes: string; onSaved: () => void }) {
  const id = useId();
  const [sharedText, setShared] = useState(shared);
  const [privateText, setPrivate] = useState(privateNotes);
  const [error, setError] = useState('');
  async function save(e: FormEvent) {
    e.preventDefault();
    setError('');
    try {
      await api('PUT /api/people/{id}/one-on-ones/{meetingId}/notes', { params: { id: personId, meetingId }, body: { sharedNotes: sharedText, privateNotes: privateText } });
      onSaved();
    } catch (err) {
      setError(describeFailure(err));
    }
  }
  return (
    <details>
      <summary>Edit the notes of this 1:1</summary>
      <form onSubmit={(e) => void save(e)} noValidate>
        <TextAreaField id={`${id}-shared`} label="Shared notes" rows={3} value={sharedText} onChange={setShared} lint />
        <TextAreaField id={`${id}-private`} label="Private notes — only you and your manager line" rows={2} value={privateText} onChange={setPrivate} lint />
        <p className="actions">
          <button type="submit" className="button secondary">
            Save notes
          </button>
        </p>
        <FormError message={error} />
      </form>
    </details>
  );
}
