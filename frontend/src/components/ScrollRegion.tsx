import type { ReactNode } from 'react';

/**
 * A wide table scrolls inside its own region on a narrow screen (375 px) instead of making the page scroll sideways;
 * the region can take focus, so keyboard users can scroll it too.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="app-table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
