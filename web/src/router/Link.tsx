/**
 * An in-app link: a real `<a href>` (so it can be opened in a new tab, copied, read by screen
 * readers) whose plain left click navigates without reloading the page (wouter's Link). A link
 * meant for another window stays a plain anchor.
 */
import type { AnchorHTMLAttributes, ReactNode } from 'react';
import { Link as WouterLink } from 'wouter';

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: string;
  children: ReactNode;
}

export function Link({ to, children, ...rest }: LinkProps) {
  if (rest.target && rest.target !== '_self') {
    return (
      <a href={to} {...rest}>
        {children}
      </a>
    );
  }
  return (
    <WouterLink href={to} {...rest}>
      {children}
    </WouterLink>
  );
}
