import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useMemo,
  useState,
  type ReactNode,
} from 'react';

interface ProblemSink {
  report(key: string, message: string | null): void;
  messageId(key: string): string;
}

const ProblemContext = createContext<ProblemSink | null>(null);

/**
 * Where a field shows why a value was refused. Alone, a field shows it under itself; inside a
 * compact row (a port, an env var) the messages gather under the whole row, so narrow columns stay
 * narrow. Either way the message is tied to its input by aria-describedby.
 */
export function useFieldProblem(message: string | null): {
  describedBy?: string;
  inline: boolean;
  id: string;
} {
  const sink = useContext(ProblemContext);
  const key = useId();
  const id = sink ? sink.messageId(key) : `${key}-problem`;
  useEffect(() => {
    if (!sink) return;
    sink.report(key, message);
    return () => sink.report(key, null);
  }, [sink, key, message]);
  return { describedBy: message ? id : undefined, inline: !sink, id };
}

/** A compact row of fields whose refusal messages are shown under the row. */
export function ProblemRow({ className, children }: { className?: string; children: ReactNode }) {
  const [messages, setMessages] = useState<Record<string, string>>({});
  const report = useCallback((key: string, message: string | null) => {
    setMessages((current) => {
      if ((current[key] ?? null) === message) return current;
      const next = { ...current };
      if (message === null) delete next[key];
      else next[key] = message;
      return next;
    });
  }, []);
  const sink = useMemo<ProblemSink>(() => ({ report, messageId: (key) => `${key}-problem` }), [report]);
  const entries = Object.entries(messages);
  return (
    <ProblemContext.Provider value={sink}>
      <div className={className}>{children}</div>
      {entries.map(([key, message]) => (
        <p key={key} id={sink.messageId(key)} className="field-problem">
          {message}
        </p>
      ))}
    </ProblemContext.Provider>
  );
}
