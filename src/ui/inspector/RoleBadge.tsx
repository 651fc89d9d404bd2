import type { Role } from '../../core';

/** The role as a word on a tinted chip: colour helps, the text carries the meaning. */
export function RoleBadge({ role, inferred }: { role: Role; inferred?: boolean }) {
  return (
    <span className={`role-badge role-${role}`}>
      {role}
      {inferred ? ' (inferred)' : ''}
    </span>
  );
}
