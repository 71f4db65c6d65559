/**
 * The window of a delivery page: 90 days, 180 days or a year, kept in the URL (`?days=`). A short
 * window answers "how are we doing now"; the longer ones show the story — a change that shipped
 * months ago and what followed — which the 90-day default would hide.
 */
import { useId } from 'react';
import { navigate, useLocation, withQuery } from '../../router/location';

export const windowChoices = [
  { days: 90, label: '90 d', long: 'last 90 days' },
  { days: 180, label: '180 d', long: 'last 180 days' },
  { days: 365, label: '1 y', long: 'last year' },
] as const;

export const DEFAULT_DAYS = 90;

/** The window the URL asks for, or the default. */
export function useWindowDays(): number {
  const location = useLocation();
  const asked = Number(location.query.get('days'));
  return windowChoices.some((w) => w.days === asked) ? asked : DEFAULT_DAYS;
}

export function WindowPicker({ days }: { days: number }) {
  const location = useLocation();
  const name = useId();
  return (
    <fieldset className="segmented">
      <legend>Window</legend>
      {windowChoices.map((w) => (
        <label key={w.days} className={w.days === days ? 'segmented-on' : undefined}>
          <input
            type="radio"
            name={name}
            value={w.days}
            checked={w.days === days}
            onChange={() => navigate(withQuery(location, { days: w.days === DEFAULT_DAYS ? undefined : String(w.days) }), { replace: true })}
          />
          <span aria-hidden="true">{w.label}</span>
          <span className="visually-hidden">{w.long}</span>
        </label>
      ))}
    </fieldset>
  );
}
