// The one in-app link: a real href (Ctrl/Cmd+click and middle-click open it the browser's way), a plain click opens
// it in a pane, Alt+click in the other pane.
import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from 'react';
import { useApp } from '../state/store-context.js';
import { otherSide, type PaneTarget, type PaneView } from '../state/panes-slice.js';
import { formatRoute, type Route } from '../routing.js';
import { routeOfView } from '../navigation.js';

type AnchorProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'onClick'>;

export interface AppLinkProps extends AnchorProps {
  route: Route;
  /** A plain or Alt click (Ctrl/Cmd clicks are left to the browser); `alt`: Alt was held. */
  onFollow(alt: boolean, event: MouseEvent<HTMLAnchorElement>): void;
  children: ReactNode;
}

/** Whether a click is the browser's to handle (open in a new tab or window), not the app's. */
export function isBrowserClick(event: Pick<MouseEvent, 'ctrlKey' | 'metaKey' | 'shiftKey' | 'button'>): boolean {
  return event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0;
}

export function AppLink({ route, onFollow, children, ...rest }: AppLinkProps) {
  return (
    <a
      {...rest}
      href={formatRoute(route)}
      onClick={(event) => {
        if (isBrowserClick(event)) return;
        event.preventDefault();
        onFollow(event.altKey, event);
      }}
    >
      {children}
    </a>
  );
}

/** Where Alt sends a link meant for `target`: the other pane (or, for links that open beside, the active one). */
export function altTarget(target: PaneTarget, alt: boolean): PaneTarget {
  if (!alt) return target;
  if (target === 'other') return 'active';
  if (target === 'active') return 'other';
  return otherSide(target);
}

export interface ViewLinkProps extends AnchorProps {
  view: PaneView;
  /** Where a plain click opens the view (Alt: the opposite). */
  target?: PaneTarget;
  /** The link's address, when it differs from the view's own (a clause inside its document). */
  route?: Route;
  /** Runs after the view opened (e.g. close the search). */
  onOpened?(): void;
  children: ReactNode;
}

/** A link that opens a view in a pane. */
export function ViewLink({ view, target = 'active', route, onOpened, children, ...rest }: ViewLinkProps) {
  const openView = useApp((s) => s.openView);
  return (
    <AppLink
      {...rest}
      route={route ?? linkRoute(view)}
      onFollow={(alt) => {
        openView(view, altTarget(target, alt));
        onOpened?.();
      }}
    >
      {children}
    </AppLink>
  );
}

/** A view's address for links: a document's selected clause links as /clause/… (what copied links use). */
function linkRoute(view: PaneView): Route {
  if (view.type === 'doc' && view.clause) return { name: 'clause', id: view.clause };
  return routeOfView(view);
}
