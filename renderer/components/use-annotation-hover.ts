// The reader's hover card state: which annotations a hovered or focused highlight shows, and where; it lingers while pointed at.
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { AnnotationEvents } from './ClauseText.js';

export interface HoverCard {
  ids: string[];
  x: number;
  y: number;
}

const HIDE_DELAY_MS = 250;
export const CARD_WIDTH = 340;

/** Positions are relative to `container` (the reader's scrolled content), so the card scrolls with the text. */
export function useAnnotationHover(container: RefObject<HTMLElement | null>, cardId: string, onOpen: (id: string) => void) {
  const [card, setCard] = useState<HoverCard | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inside = useRef(false);
  const openRef = useRef(onOpen);
  useEffect(() => {
    openRef.current = onOpen;
  });
  useEffect(() => () => clearTimeout(timer.current), []);
  // A press anywhere but on the card (starting a selection, say) puts the card away.
  useEffect(() => {
    if (!card) return;
    const onDown = (event: MouseEvent) => {
      if (!(event.target instanceof Element && event.target.closest(`#${CSS.escape(cardId)}`))) setCard(null);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [card, cardId]);

  const events = useMemo<AnnotationEvents>(
    () => ({
      onShow(ids, element) {
        clearTimeout(timer.current);
        const base = container.current?.getBoundingClientRect();
        if (!base) return;
        const rect = element.getBoundingClientRect();
        const x = Math.max(8, Math.min(rect.left - base.left, base.width - CARD_WIDTH - 8));
        setCard({ ids, x, y: rect.bottom - base.top + 6 });
      },
      onHide() {
        clearTimeout(timer.current);
        timer.current = setTimeout(() => {
          if (!inside.current) setCard(null);
        }, HIDE_DELAY_MS);
      },
      onOpen(id) {
        setCard(null);
        openRef.current(id);
      },
      describedBy: cardId,
    }),
    [container, cardId],
  );

  const pointerInside = (value: boolean) => {
    inside.current = value;
    if (!value) events.onHide();
  };
  return { card, events, pointerInside, hide: () => setCard(null) };
}
