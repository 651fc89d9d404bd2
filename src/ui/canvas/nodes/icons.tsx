import type { ReactNode } from 'react';
import type { ExternalKind, Role } from '../../../core';

/**
 * Small line icons (16×16, stroke = currentColor) that go with the role or kind's text label, never
 * instead of it. Decorative for assistive technology: the text next to them carries the meaning.
 */

interface IconProps {
  size?: number;
}

function Svg({ size = 16, children }: IconProps & { children: ReactNode }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

const ROLE_PATHS: Record<Role, ReactNode> = {
  // A window: the app itself.
  app: (
    <>
      <rect x="2" y="3" width="12" height="10" rx="1.5" />
      <path d="M2 6h12" />
    </>
  ),
  // A box with a smaller box bolted to its side.
  sidecar: (
    <>
      <rect x="1.5" y="3.5" width="8" height="9" rx="1.5" />
      <rect x="10.5" y="6.5" width="4" height="6" rx="1" />
      <path d="M9.5 9.5h1" />
    </>
  ),
  // An arrow leaving a box: calls brokered to the outside world.
  ambassador: (
    <>
      <path d="M7 3.5H3.5a1 1 0 0 0-1 1v7a1 1 0 0 0 1 1H7" />
      <path d="M6.5 8h8M11.5 5l3 3-3 3" />
    </>
  ),
  // A plug: conforming to a standard interface.
  adapter: (
    <>
      <path d="M5.5 2v3M10.5 2v3" />
      <path d="M3.5 5h9v2.5a4.5 4.5 0 0 1-9 0z" />
      <path d="M8 12v2.5" />
    </>
  ),
  // A play mark with a bar: runs first, to completion.
  init: (
    <>
      <path d="M4 3v10" />
      <path d="M7 3.5l6.5 4.5L7 12.5z" />
    </>
  ),
};

export function RoleIcon({ role, size }: IconProps & { role: Role }) {
  return <Svg size={size}>{ROLE_PATHS[role]}</Svg>;
}

/** A cube: the pod. */
export function PodIcon({ size }: IconProps) {
  return (
    <Svg size={size}>
      <path d="M8 1.8l5.5 3v6.4L8 14.2l-5.5-3V4.8z" />
      <path d="M2.5 4.8L8 7.8l5.5-3M8 7.8v6.4" />
    </Svg>
  );
}

/** One name fanning out to several endpoints: the Service. */
export function ServiceIcon({ size }: IconProps) {
  return (
    <Svg size={size}>
      <circle cx="3.5" cy="8" r="2" />
      <circle cx="12.5" cy="3.5" r="1.7" />
      <circle cx="12.5" cy="12.5" r="1.7" />
      <path d="M5.5 8h3M8.5 8L11 4.5M8.5 8L11 11.5" />
    </Svg>
  );
}

const KIND_PATHS: Record<ExternalKind, ReactNode> = {
  database: (
    <>
      <ellipse cx="8" cy="3.8" rx="5" ry="1.8" />
      <path d="M3 3.8v8.4c0 1 2.2 1.8 5 1.8s5-.8 5-1.8V3.8" />
      <path d="M3 8c0 1 2.2 1.8 5 1.8s5-.8 5-1.8" />
    </>
  ),
  cache: <path d="M9 1.5L3.5 9H8l-1 5.5L12.5 7H8z" />,
  queue: (
    <>
      <rect x="1.5" y="5" width="3.5" height="6" rx="0.8" />
      <rect x="6.25" y="5" width="3.5" height="6" rx="0.8" />
      <rect x="11" y="5" width="3.5" height="6" rx="0.8" />
    </>
  ),
  api: (
    <>
      <path d="M5 4.5L1.5 8 5 11.5M11 4.5L14.5 8 11 11.5" />
      <path d="M9.2 3L6.8 13" />
    </>
  ),
  monitoring: <path d="M1.5 9h3l2-5 3 9 2-4h3" />,
  logging: (
    <>
      <rect x="3" y="1.5" width="10" height="13" rx="1.5" />
      <path d="M5.5 5h5M5.5 8h5M5.5 11h3" />
    </>
  ),
  other: <path d="M4.5 12.5h7a3 3 0 0 0 .4-6 4 4 0 0 0-7.7.8 2.6 2.6 0 0 0 .3 5.2z" />,
};

export function ExternalIcon({ kind, size }: IconProps & { kind: ExternalKind }) {
  return <Svg size={size}>{KIND_PATHS[kind]}</Svg>;
}
