/**
 * A step that cannot be undone asks once: the button opens the question, focus goes to the question
 * (so a screen reader reads it and the keyboard is there), and "no" puts the focus back on the button
 * the person came from, not at the top of the page.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export function useAskOnce() {
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const askedBefore = useRef(false);
  useEffect(() => {
    if (asking) question.current?.focus();
    else if (askedBefore.current) button.current?.focus();
    askedBefore.current = asking;
  }, [asking]);
  const ask = useCallback(() => {
    setAsking(true);
  }, []);
  const cancel = useCallback(() => {
    setAsking(false);
  }, []);
  return { asking, ask, cancel, question, button };
}
