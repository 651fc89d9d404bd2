/** Line icons for the toolbar, drawn on a 16-unit grid; decorative, the buttons carry text. */
const PATHS = {
  new: 'M4 1.5h5l3.5 3.5v9.5h-8.5zM9 1.5v3.5h3.5M8.2 7.5v5M5.7 10h5',
  open: 'M1.5 4v9.5h11l2-6.5h-11l-2 6.5M1.5 4V2.5h4.5l1.5 1.5h5V7',
  save: 'M2.5 2.5h9l2 2v9h-11zM5 2.5v3.5h5.5V2.5M5 13.5V9.5h6v4',
  sample: 'M2 3.5h5v4h-5zM9 3.5h5v4h-5zM5.5 10.5h5v3h-5zM4.5 7.5v1.5h7V7.5M8 9v1.5',
  undo: 'M5.5 3.5l-3 3 3 3M2.5 6.5h7a4 4 0 010 8h-3',
  redo: 'M10.5 3.5l3 3-3 3M13.5 6.5h-7a4 4 0 000 8h3',
  duplicate: 'M5.5 5.5h8v8h-8zM10.5 5.5v-3h-8v8h3',
  delete: 'M2.5 4h11M6 4V2.5h4V4M4 4l.7 9.5h6.6L12 4M6.8 6.5v5M9.2 6.5v5',
  grid: 'M2 2h12v12H2zM6 2v12M10 2v12M2 6h12M2 10h12',
  import: 'M8 1.5v8M5 6.5l3 3 3-3M2.5 10.5v3.5h11v-3.5',
  tidy: 'M1.5 2.5h5v4h-5zM9.5 2.5h5v4h-5zM5.5 10h5v4h-5zM4 6.5v2h8v-2M8 8.5V10',
  templates: 'M8 1.8l6 3-6 3-6-3zM2 8l6 3 6-3M2 11.2l6 3 6-3',
  share: 'M8 10V1.8M5.2 4.5L8 1.8l2.8 2.7M5 7H3.5v7h9V7H11',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg className="tb-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path
        d={PATHS[name]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.3"
        strokeLinejoin="round"
        strokeLinecap="round"
      />
    </svg>
  );
}
