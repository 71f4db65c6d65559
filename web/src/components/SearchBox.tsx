/**
 * A labelled search field whose value lives in the URL (`?q=`), so a search can be shared,
 * bookmarked and survives reloads and the back button.
 */
import { useEffect, useId, useState } from 'react';
import { useDebounced } from '../hooks/useDebounced';
import { navigate, useLocation, withQuery } from '../router/location';

export function SearchBox({ label, placeholder }: { label: string; placeholder?: string }) {
  const location = useLocation();
  const fromUrl = location.query.get('q') ?? '';
  const [text, setText] = useState(fromUrl);
  const settled = useDebounced(text);
  const id = useId();

  // Back/forward changes the URL under us: show what it says (but keep a trailing space the
  // user is still typing, which the URL never holds).
  useEffect(() => setText((current) => (current.trim() === fromUrl ? current : fromUrl)), [fromUrl]);
  useEffect(() => {
    if (settled.trim() !== fromUrl) navigate(withQuery(location, { q: settled.trim(), offset: undefined }), { replace: true });
    // Only a settled edit should write the URL, not every location change.
  }, [settled]);

  return (
    <div className="field field-search">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="search" value={text} placeholder={placeholder} autoComplete="off" onChange={(e) => setText(e.target.value)} />
    </div>
  );
}
