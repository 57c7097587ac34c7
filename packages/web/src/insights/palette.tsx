import type { ReactNode } from 'react';

/**
 * Series colours: the Okabe–Ito palette, told apart by people with every common form of
 * colour blindness. Colour never carries meaning alone: each series also has its own
 * fill pattern (and a dash for lines), every bar a dark outline (3:1 against white even
 * where the fill is light) and every chart a legend with words and a data table.
 */
export const SERIES_COLOURS = [
  '#0072B2', // blue
  '#E69F00', // orange
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#56B4E9', // sky blue
  '#D55E00', // vermillion
  '#F0E442', // yellow
  '#000000', // black
] as const;

/** Outline of every bar and legend swatch: the text colour, 14.5:1 on white. */
export const OUTLINE = '#1f2933';

export const PATTERNS = [
  'solid',
  'diagonal',
  'dots',
  'cross',
  'horizontal',
  'vertical',
  'grid',
  'back',
] as const;
export type PatternKind = (typeof PATTERNS)[number];

/** Dashes for line charts, one per series, in the same order as the patterns. */
export const DASHES = ['0', '8 4', '2 3', '12 4 2 4', '4 4', '1 5', '10 2', '6 2 2 2'] as const;

export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length] ?? '#0072B2';
}

export function seriesPattern(index: number): PatternKind {
  return PATTERNS[index % PATTERNS.length] ?? 'solid';
}

export function seriesDash(index: number): string {
  return DASHES[index % DASHES.length] ?? '0';
}

/** The id of a series' pattern inside one chart (ids are per chart: several charts share a page). */
export function patternId(chartId: string, index: number): string {
  return `${chartId}-pattern-${index}`;
}

/** The fill of a series: its pattern over its colour. */
export function seriesFill(chartId: string, index: number): string {
  return seriesPattern(index) === 'solid' ? seriesColour(index) : `url(#${patternId(chartId, index)})`;
}

function marks(kind: PatternKind, ink: string): ReactNode {
  switch (kind) {
    case 'solid':
      return null;
    case 'diagonal':
      return <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke={ink} strokeWidth="1.6" />;
    case 'back':
      return <path d="M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4" stroke={ink} strokeWidth="1.6" />;
    case 'dots':
      return <circle cx="4" cy="4" r="1.6" fill={ink} />;
    case 'cross':
      return <path d="M0,0 l8,8 M8,0 l-8,8" stroke={ink} strokeWidth="1.2" />;
    case 'horizontal':
      return <path d="M0,4 h8" stroke={ink} strokeWidth="1.6" />;
    case 'vertical':
      return <path d="M4,0 v8" stroke={ink} strokeWidth="1.6" />;
    case 'grid':
      return <path d="M0,4 h8 M4,0 v8" stroke={ink} strokeWidth="1" />;
    default: {
      const unreachable: never = kind;
      throw new Error(`Unknown pattern ${String(unreachable)}`);
    }
  }
}

/** Ink of the marks: white on dark fills, near-black on light ones, so the pattern shows. */
function inkFor(colour: string): string {
  const hex = colour.replace('#', '');
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255) as [
    number,
    number,
    number,
  ];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.45 ? '#1f2933' : '#ffffff';
}

/** `<pattern>` definitions of the first `count` series (or only `only`), for one chart's `<defs>`. */
export function PatternDefs({
  chartId,
  count,
  only,
}: {
  readonly chartId: string;
  readonly count: number;
  readonly only?: number;
}): ReactNode {
  return (
    <defs>
      {Array.from({ length: count }, (_, index) => {
        if (only !== undefined && index !== only) return null;
        const kind = seriesPattern(index);
        if (kind === 'solid') return null;
        const colour = seriesColour(index);
        return (
          <pattern
            key={patternId(chartId, index)}
            id={patternId(chartId, index)}
            width="8"
            height="8"
            patternUnits="userSpaceOnUse"
          >
            <rect width="8" height="8" fill={colour} />
            {marks(kind, inkFor(colour))}
          </pattern>
        );
      })}
    </defs>
  );
}

/** A legend swatch (decorative: the series' name stands next to it). */
export function Swatch({
  chartId,
  index,
  line,
}: {
  readonly chartId: string;
  readonly index: number;
  readonly line?: boolean;
}): ReactNode {
  if (line) {
    return (
      <svg className="insights-swatch" width="28" height="14" aria-hidden="true" focusable="false">
        <line
          x1="1"
          y1="7"
          x2="27"
          y2="7"
          stroke={seriesColour(index)}
          strokeWidth="3"
          strokeDasharray={seriesDash(index)}
        />
      </svg>
    );
  }
  return (
    <svg className="insights-swatch" width="18" height="18" aria-hidden="true" focusable="false">
      <PatternDefs chartId={`${chartId}-legend${index}`} count={index + 1} only={index} />
      <rect
        x="1"
        y="1"
        width="16"
        height="16"
        fill={seriesFill(`${chartId}-legend${index}`, index)}
        stroke={OUTLINE}
        strokeWidth="1"
      />
    </svg>
  );
}
