import { dateToIso, formatDate } from '../../format/dates';
import { formatPence } from '../../format/money';
import type { PayHistoryEntry, Protection } from '../../generated/api';
import { END_REASON_LABELS, hoursText, payPointText, PROTECTION_TYPE_LABELS } from './labels';

/** One entry of a person's timeline; other features add theirs (vacancy steps) through `extra`. */
export interface TimelineEvent {
  key: string;
  date: Date;
  title: string;
  lines: string[];
}

function payEvent(entry: PayHistoryEntry, index: number): TimelineEvent {
  const position = [entry.band?.name, entry.payPoint !== undefined ? payPointText(entry.payPoint) : undefined, entry.payZone]
    .filter(Boolean)
    .join(', ');
  const lines = [
    position,
    entry.postNumber ? `Post ${entry.postNumber}` : '',
    entry.weeklyHours !== undefined ? hoursText(entry.weeklyHours) : '',
    entry.contractualSalaryPence !== undefined ? `Contractual salary ${formatPence(entry.contractualSalaryPence)}` : '',
    entry.effectiveTo ? `Until ${formatDate(entry.effectiveTo)}` : '',
  ].filter((line) => line !== '');
  return { key: `pay-${index}`, date: entry.effectiveFrom, title: entry.reasonText, lines };
}

function protectionEvents(protection: Protection): TimelineEvent[] {
  const events: TimelineEvent[] = [
    {
      key: `protection-${protection.id}`,
      date: protection.from,
      title: 'Pay protection started',
      lines: [
        `${PROTECTION_TYPE_LABELS[protection.type]}: protected salary ${formatPence(protection.protectedSalaryPence)}`,
        `Last protected day ${formatDate(protection.until)}`,
      ],
    },
  ];
  if (protection.status === 'ENDED' && protection.endedOn) {
    events.push({
      key: `protection-end-${protection.id}`,
      date: protection.endedOn,
      title: 'Pay protection ended',
      lines: [protection.endReason ? END_REASON_LABELS[protection.endReason] : '', protection.endNote ?? ''].filter((line) => line !== ''),
    });
  }
  return events;
}

/**
 * Pay history and protections as one timeline, newest first (the MoJ timeline pattern, as an ordered list), with any
 * `extra` entries (the person's vacancy steps) in date order among them.
 */
export function PayTimeline({
  history,
  protections,
  label,
  extra = [],
}: {
  history: PayHistoryEntry[];
  protections: Protection[];
  label: string;
  extra?: readonly TimelineEvent[];
}) {
  const events = [...history.map(payEvent), ...protections.flatMap(protectionEvents), ...extra].sort((a, b) => b.date.getTime() - a.date.getTime());
  if (events.length === 0) {
    return <p className="govuk-body">No pay history is recorded.</p>;
  }
  return (
    <ol className="app-timeline" aria-label={label} data-testid="pay-timeline">
      {events.map((event) => (
        <li className="app-timeline__item" key={event.key}>
          <h3 className="app-timeline__title">{event.title}</h3>
          <p className="app-timeline__date">
            <time dateTime={dateToIso(event.date)}>{formatDate(event.date)}</time>
          </p>
          {event.lines.length > 0 && (
            <ul className="govuk-list app-timeline__description">
              {event.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
