import { useQuery } from '@tanstack/react-query';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import type { Show } from '../../../data/show-types.ts';
import type { SpoilerLevel } from '../../../data/synopsis-types.ts';
import { synopsisQueryOptions } from '../api/synopsis-query.ts';
import { LEVEL_COPY } from '../utils/level-copy.ts';
import { SynopsisContent } from './synopsis-content.tsx';
import { PulsingDot } from '../../../components/ui/pulsing-dot.tsx';

export interface SynopsisPanelProps {
  show: Show;
  level: SpoilerLevel;
  /** Called as "Try again" (and its panel) goes away, to move focus somewhere that stays. */
  keepFocus: () => void;
}

/**
 * One opened level of the story: "Loading…", an error whose "Try again" works, or the text. Only
 * mounted once the level is open, so its query (and the level's chunk) starts then.
 */
export function SynopsisPanel({ show, level, keepFocus }: SynopsisPanelProps) {
  const query = useQuery(synopsisQueryOptions(show.id, level, true));
  if (query.data) {
    return (
      <div className="mt-4">
        <SynopsisContent show={show} part={query.data} />
      </div>
    );
  }
  if (!query.isError) {
    return (
      <p className="mt-4 text-ink-muted">
        <PulsingDot />
        Loading {LEVEL_COPY[level].subject}…
      </p>
    );
  }
  return (
    <div className="mt-4">
      <ErrorPanel
        title={`${capitalize(LEVEL_COPY[level].subject)} could not be loaded`}
        error={query.error}
        onRetry={() => {
          keepFocus();
          void query.refetch();
        }}
      />
    </div>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
