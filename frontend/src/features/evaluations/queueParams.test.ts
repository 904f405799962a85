import { describe, expect, it } from 'vitest';
import {
  DEFAULT_QUEUE_FILTER,
  type QueueFilter,
  queueFilterFromSearchParams,
  queueFilterToSearchParams,
  queueHref,
} from './queueParams';

describe('the queue filter in the URL', () => {
  it('reads the defaults from an empty query string', () => {
    expect(queueFilterFromSearchParams(new URLSearchParams())).toEqual(DEFAULT_QUEUE_FILTER);
    expect(queueHref(DEFAULT_QUEUE_FILTER)).toBe('/evaluations');
  });

  it('round-trips every filter', () => {
    const filter: QueueFilter = {
      statuses: ['REQUESTED', 'IN_PANEL'],
      priority: 'P1',
      directorate: 'Approved Premises',
      requesterType: 'UNION',
      onMyPanel: true,
      awaitingSignOff: true,
      requestedByMe: true,
      sort: 'requestedOn',
      page: 3,
    };
    const params = queueFilterToSearchParams(filter);
    expect(params.toString()).toBe(
      'status=REQUESTED&status=IN_PANEL&priority=P1&directorate=Approved+Premises&requester=UNION&mine=true&awaitingSignOff=true&requestedByMe=true&sort=requestedOn&page=3',
    );
    expect(queueFilterFromSearchParams(params)).toEqual(filter);
  });

  it('ignores values the server would refuse and keeps statuses in their natural order', () => {
    const filter = queueFilterFromSearchParams(
      new URLSearchParams('status=PUBLISHED&status=NOPE&status=REQUESTED&priority=P9&requester=BOSS&sort=salary&page=-2&mine=yes'),
    );
    expect(filter).toEqual({ ...DEFAULT_QUEUE_FILTER, statuses: ['REQUESTED', 'PUBLISHED'] });
  });
});
