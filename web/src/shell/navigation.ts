/**
 * The app's sections, in menu order, and who sees each. Hiding a link is a convenience only:
 * the server decides access (a non-admin opening /audit gets its 403, shown as such).
 */
import type { Account } from '../api/operations';
import { isAdmin } from '../auth/auth-context';

export interface NavItem {
  label: string;
  to: string;
  /** Paths that count as "in this section" for aria-current. */
  section: string;
}

export function navigationFor(account: Account): NavItem[] {
  const items: NavItem[] = [
    { label: 'Home', to: '/', section: '/' },
    { label: 'Teams', to: '/teams', section: '/teams' },
    { label: 'People', to: '/people', section: '/people' },
    { label: 'Services', to: '/services', section: '/services' },
    // The organisation's delivery, for leaders. The access policy lets every signed-in account
    // read team and organisation delivery (context, never a score), so the link follows it.
    { label: 'Organisation delivery', to: '/org/delivery', section: '/org' },
    { label: 'Reporting lines', to: '/reporting-lines', section: '/reporting-lines' },
  ];
  if (account.personId) {
    const mine = `/people/${encodeURIComponent(account.personId)}/private`;
    items.push({ label: 'My private page', to: mine, section: mine });
    const doc = `/people/${encodeURIComponent(account.personId)}/document`;
    items.push({ label: 'My document', to: doc, section: doc });
    // The person's 1:1s with their manager (shared notes, their action items), linked to their support plans.
    const talks = `/people/${encodeURIComponent(account.personId)}/one-on-ones`;
    items.push({ label: 'My 1:1s', to: talks, section: talks });
  }
  // A manager's direct reports with the cadence of each 1:1 and the overdue ones first.
  if (account.roles.includes('manager')) items.push({ label: '1:1s with my reports', to: '/one-on-ones', section: '/one-on-ones' });
  // The career ladder is published to everyone: what each level asks, and what changes to the next.
  items.push({ label: 'Career ladder', to: '/ladder', section: '/ladder' });
  // Reviews: the signals are published to everyone; cycles show each person what they may see in them.
  items.push({ label: 'Review signals', to: '/rubric', section: '/rubric' }, { label: 'Review cycles', to: '/cycles', section: '/cycles' });
  // Calibration workshops: run by calibrators and admins, rated by managers, watched by people partners.
  if (['calibrator', 'admin', 'manager', 'people-partner'].some((r) => account.roles.includes(r as Account['roles'][number]))) {
    items.push({ label: 'Calibration workshops', to: '/calibration/workshops', section: '/calibration' });
  }
  if (isAdmin(account)) items.push({ label: 'Audit log', to: '/audit', section: '/audit' });
  if (isAdmin(account)) items.push({ label: 'Setup', to: '/setup', section: '/setup' });
  // The organisation's templates (goals, packet, 1:1 agenda, support plan, promotion case): edited by administrators.
  if (isAdmin(account)) items.push({ label: 'Templates', to: '/templates', section: '/templates' });
  // Failed notification emails, with retry.
  if (isAdmin(account)) items.push({ label: 'Email outbox', to: '/admin/email', section: '/admin/email' });
  // The band table: administrators import it; compensation reviewers and people partners read it.
  if (account.roles.some((r) => r === 'admin' || r === 'compensation-reviewer' || r === 'people-partner')) items.push({ label: 'Compensation bands', to: '/compensation/bands', section: '/compensation/bands' });
  return items;
}

/** The most specific item containing the path: /people/x/private is "My private page", not "People". */
export function currentItem(items: readonly NavItem[], pathname: string): NavItem | undefined {
  const contains = (item: NavItem): boolean => (item.section === '/' ? pathname === '/' : pathname === item.section || pathname.startsWith(`${item.section}/`));
  return items.filter(contains).sort((a, b) => b.section.length - a.section.length)[0];
}
