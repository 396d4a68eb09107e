import { SourceList } from '../../../components/ui/source-list.tsx';
import { sourcesFor } from '../../../data/sources.ts';
import type { Channel, Show } from '../../../data/show-types.ts';
import { WHERE_TO_WATCH_ID } from './release-ids.ts';

/** Neighbouring channels that cite the same sources share one citation line. */
function groupBySources(channels: readonly Channel[]): Channel[][] {
  const groups: Channel[][] = [];
  for (const channel of channels) {
    const last = groups.at(-1);
    const lastIds = last?.[0]?.sourceIds.join('|');
    if (last && lastIds === channel.sourceIds.join('|')) last.push(channel);
    else groups.push([channel]);
  }
  return groups;
}

function ChannelList({
  title,
  channels,
  show,
}: {
  title: string;
  channels: Channel[];
  show: Show;
}) {
  if (channels.length === 0) return null;
  return (
    <div>
      <h4 className="font-semibold text-ink">{title}</h4>
      <ul className="mt-2 space-y-3">
        {groupBySources(channels).map((group) => (
          <li key={group.map((channel) => channel.name).join('|')}>
            <p className="text-ink">
              {group.map((channel, index) => (
                <span key={channel.name}>
                  {index > 0 && ', '}
                  <span className="font-medium">{channel.name}</span>
                  {channel.note && <span className="text-ink-muted"> — {channel.note}</span>}
                </span>
              ))}
            </p>
            <SourceList sources={sourcesFor(show.sources, group[0]?.sourceIds ?? [])} />
          </li>
        ))}
      </ul>
    </div>
  );
}

export function WhereToWatch({ show }: { show: Show }) {
  return (
    <section aria-labelledby={WHERE_TO_WATCH_ID}>
      <h3 id={WHERE_TO_WATCH_ID} className="scroll-mt-4 font-display text-xl font-bold text-ink">
        Where to watch
      </h3>
      <div className="mt-4 space-y-6">
        <ChannelList title="On TV in Japan" channels={show.broadcast.japan} show={show} />
        <ChannelList title="Streaming" channels={show.broadcast.streaming} show={show} />
      </div>
    </section>
  );
}
