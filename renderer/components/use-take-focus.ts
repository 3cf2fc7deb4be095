// Takes the keyboard focus for a view's main element when it appears, unless the user has put it somewhere in
// particular: focus on nothing, or on an element around the view (a pane that took it when the view opened, before
// the view's data arrived), moves into the view, so its keys work at once.
import { useEffect, type RefObject } from 'react';

export function useTakeFocus(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const active = document.activeElement;
    if (!active || active === document.body || (active !== element && active.contains(element))) element.focus({ preventScroll: true });
  }, [ref]);
}
