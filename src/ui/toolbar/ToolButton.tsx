import { shortcutLabel } from '../shortcuts';
import { Icon, type IconName } from './icons';

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

interface ToolButtonProps {
  icon: IconName;
  /** The visible text, which is also the accessible name. */
  label: string;
  /** Shown in the title, written for PCs ("Ctrl+Z"); Macs see ⌘. */
  shortcut?: string;
  /** A longer title when the label alone does not say enough. */
  description?: string;
  onClick: () => void;
  disabled?: boolean;
  pressed?: boolean;
  /** Hide the text on narrow windows; it stays the accessible name. */
  compact?: boolean;
}

export function ToolButton({
  icon,
  label,
  shortcut,
  description,
  onClick,
  disabled,
  pressed,
  compact,
}: ToolButtonProps) {
  const title = `${description ?? label}${shortcut ? ` (${shortcutLabel(shortcut, IS_MAC)})` : ''}`;
  return (
    <button
      type="button"
      className={compact ? 'tb-button tb-compact' : 'tb-button'}
      title={title}
      onClick={onClick}
      disabled={disabled}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut ? ariaKeys(shortcut) : undefined}
    >
      <Icon name={icon} />
      <span className="tb-label">{label}</span>
    </button>
  );
}

/** "Ctrl+Shift+Z or Ctrl+Y" -> "Control+Shift+Z Control+Y" (the aria-keyshortcuts syntax). */
function ariaKeys(shortcut: string): string {
  return shortcut
    .split(' or ')
    .map((keys) => keys.replace(/Ctrl/g, IS_MAC ? 'Meta' : 'Control'))
    .join(' ');
}
