/**
 * Sustainable-work flags: what was noticed, the threshold it crossed (an organisation setting,
 * shown beside every flag), the count behind it, and its causes — the alerts or services that
 * paged — each a link, so the fix (tuning an alert) is one click away.
 */
import type { LoadFlag } from '../../api/operations';
import './oncall.css';
import { paths } from '../../paths';
import { Link } from '../../router/Link';

export function thresholdText(flag: Pick<LoadFlag, 'unit' | 'threshold'>): string {
  switch (flag.unit) {
    case 'per week':
      return `more than ${flag.threshold} a week`;
    case 'hours per week':
      return `more than ${flag.threshold} hours a week`;
    case 'share':
      return `more than ${Math.round(flag.threshold * 100)}% of the team’s pages`;
    case 'gini':
      return `Gini above ${flag.threshold.toFixed(2)}`;
    case 'p-value':
      return `exact rate test, p < ${flag.threshold}`;
  }
}

/** `team`: where the cause's alert can be tuned (the team's noisy-alerts table). */
export function FlagList({ flags, team, empty }: { flags: LoadFlag[]; team: string | null; empty: string }) {
  if (flags.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="flag-list load-flags">
      {flags.map((f) => (
        <li key={f.key} data-flag={f.key}>
          <strong>{f.text}</strong>{' '}
          <span className="muted">
            (threshold: {thresholdText(f)}; n = {f.n})
          </span>
          {f.causes.length > 0 && (
            <span className="load-causes">
              {' '}
              Caused by:{' '}
              {f.causes.map((c, i) => (
                <span key={`${c.service}-${c.alert}`}>
                  {i > 0 && ', '}
                  {c.service ? <Link to={paths.service(c.service)}>{c.service}</Link> : 'an unnamed service'}
                  {c.alert && (
                    <>
                      {' '}
                      {team ? <Link to={`${paths.teamOncall(team)}#noisy-alerts`}>{c.alert}</Link> : <code>{c.alert}</code>}
                    </>
                  )}{' '}
                  ({c.pages})
                </span>
              ))}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

export const pct = (v: number | null | undefined): string => (v === null || v === undefined ? '—' : `${Math.round(v * 100)}%`);
export const num = (v: number | null | undefined, digits = 1): string => (v === null || v === undefined ? '—' : v.toFixed(digits));

/** "2026-01-13T03:00:00+01:00" → "Tue 13 Jan 2026, 03:00": the local wall time as the server gave it, not re-zoned. */
export function wallTime(localIso: string): string {
  const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)/.exec(localIso);
  if (!m) return localIso;
  const [, y, mo, d, h, mi] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  const weekday = date.toLocaleDateString('en-GB', { weekday: 'short', timeZone: 'UTC' });
  const month = date.toLocaleDateString('en-GB', { month: 'short', timeZone: 'UTC' });
  return `${weekday} ${Number(d)} ${month} ${y}, ${h}:${mi}`;
}

export const verdictText: Record<string, string> = {
  higher: 'higher than usual',
  lower: 'lower than usual',
  'as-usual': 'as usual',
  'not-enough-data': 'not enough data to say',
};
