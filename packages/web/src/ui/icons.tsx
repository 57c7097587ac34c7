import type { ReactNode } from 'react';

/**
 * Icons are decorative: every one stands next to text that says the same thing, so
 * meaning never rests on an icon or a colour alone.
 */
type IconProps = { readonly className?: string };

function Svg({
  children,
  className,
}: {
  readonly children: ReactNode;
  readonly className?: string;
}): ReactNode {
  return (
    <svg
      className={`icon ${className ?? ''}`}
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  );
}

export function AttentionIcon({ className }: IconProps): ReactNode {
  return (
    <Svg className={className}>
      <circle cx="12" cy="12" r="9.5" />
      <path d="M12 7v6" />
      <path d="M12 16.5v.5" />
    </Svg>
  );
}

export function InfoIcon({ className }: IconProps): ReactNode {
  return (
    <Svg className={className}>
      <circle cx="12" cy="12" r="9.5" />
      <path d="M12 11v6" />
      <path d="M12 7.5v.5" />
    </Svg>
  );
}

export function CheckIcon({ className }: IconProps): ReactNode {
  return (
    <Svg className={className}>
      <circle cx="12" cy="12" r="9.5" />
      <path d="m8 12.5 2.7 2.7L16.5 9.5" />
    </Svg>
  );
}

/** A three-bar meter with `filled` bars drawn solid (1 = low, 2 = medium, 3 = high): a level, not a verdict. */
export function LevelIcon({ filled, className }: IconProps & { readonly filled: 1 | 2 | 3 }): ReactNode {
  return (
    <Svg className={className}>
      <path d="M6 19v-4" />
      <path d="M12 19v-8" opacity={filled >= 2 ? 1 : 0.3} />
      <path d="M18 19V7" opacity={filled >= 3 ? 1 : 0.3} />
    </Svg>
  );
}

export function ExitIcon({ className }: IconProps): ReactNode {
  return (
    <Svg className={`icon-flip ${className ?? ''}`}>
      <path d="M14 4h5v16h-5" />
      <path d="M10 8l-4 4 4 4" />
      <path d="M6 12h10" />
    </Svg>
  );
}

export function LanguageIcon({ className }: IconProps): ReactNode {
  return (
    <Svg className={className}>
      <circle cx="12" cy="12" r="9.5" />
      <path d="M2.5 12h19" />
      <path d="M12 2.5c2.6 2.7 3.9 5.9 3.9 9.5s-1.3 6.8-3.9 9.5c-2.6-2.7-3.9-5.9-3.9-9.5s1.3-6.8 3.9-9.5z" />
    </Svg>
  );
}

export function ChevronIcon({ className }: IconProps): ReactNode {
  return (
    <Svg className={className}>
      <path d="m6 9 6 6 6-6" />
    </Svg>
  );
}

export function LockIcon({ className }: IconProps): ReactNode {
  return (
    <Svg className={className}>
      <rect x="5" y="11" width="14" height="9.5" rx="1.5" />
      <path d="M8 11V8a4 4 0 0 1 8 0v3" />
    </Svg>
  );
}
