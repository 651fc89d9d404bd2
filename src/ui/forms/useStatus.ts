import { useCallback, useEffect, useRef, useState } from 'react';

/** A short confirmation ("Copied", "Saved x.md") that clears itself, for a role="status" element. */
export function useStatus(ms = 2500): [string, (message: string) => void] {
  const [status, setStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const say = useCallback(
    (message: string) => {
      setStatus(message);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setStatus(''), ms);
    },
    [ms],
  );
  return [status, say];
}
