/**
 * The page's one h1, which also becomes the document title, plus an optional line of context.
 * The h1 is the first thing in main, so moving focus to main on navigation reads it first.
 */
import type { ReactNode } from 'react';
import { usePageTitle } from '../hooks/usePageTitle';

export function PageHeader({ title, lead, children }: { title: string; lead?: ReactNode; children?: ReactNode }) {
  usePageTitle(title);
  return (
    <div className="page-header">
      <h1>{title}</h1>
      {lead && <p className="lead">{lead}</p>}
      {children}
    </div>
  );
}
