import { useEffect } from 'react';
import { useStore, useStoreApi, type Notice, type PodwrightState } from '../../store';
import './notices.css';

/** How long an info notice stays; errors stay until dismissed, since they explain a refusal. */
export const INFO_NOTICE_MS = 6000;

const selectNotices = (s: PodwrightState) => s.notices;

/**
 * The app's messages. Two live regions that always exist (so screen readers announce what is added):
 * a polite status for information, an assertive alert for errors. Each notice has its own dismiss.
 */
export function Notices() {
  const notices = useStore(selectNotices);
  const infos = notices.filter((n) => n.kind === 'info');
  const errors = notices.filter((n) => n.kind === 'error');
  return (
    <section className="notices" aria-label="Notices">
      <div role="alert" className="notice-stack">
        {errors.map((notice) => (
          <NoticeItem key={notice.id} notice={notice} />
        ))}
      </div>
      <div role="status" className="notice-stack">
        {infos.map((notice) => (
          <NoticeItem key={notice.id} notice={notice} />
        ))}
      </div>
    </section>
  );
}

function NoticeItem({ notice }: { notice: Notice }) {
  const store = useStoreApi();
  useEffect(() => {
    if (notice.kind !== 'info') return;
    const timer = setTimeout(() => store.getState().dismiss(notice.id), INFO_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice, store]);
  return (
    <div className={`notice notice-${notice.kind}`}>
      <span className="notice-icon" aria-hidden="true">
        {notice.kind === 'error' ? '!' : 'i'}
      </span>
      <p className="notice-text">{notice.message}</p>
      <button
        type="button"
        className="notice-dismiss"
        aria-label="Dismiss"
        title="Dismiss"
        onClick={() => store.getState().dismiss(notice.id)}
      >
        <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
          <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
      </button>
    </div>
  );
}
