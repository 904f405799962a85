import { EvaluationStatus, Priority, RequesterType } from '../../generated/api';

export const QUEUE_PAGE_SIZE = 25;

export const QUEUE_SORTS = ['daysWaiting', 'requestedOn', 'priority', 'title', 'directorate'] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

export const SORT_LABELS: Record<QueueSort, string> = {
  daysWaiting: 'Longest waiting first',
  requestedOn: 'Requested on',
  priority: 'Priority',
  title: 'Role title',
  directorate: 'Directorate',
};

/** The queue's filter. No statuses means the server's default: the open requests. */
export interface QueueFilter {
  statuses: EvaluationStatus[];
  priority: Priority | '';
  directorate: string;
  requesterType: RequesterType | '';
  onMyPanel: boolean;
  /** Only panels that have agreed every level and wait for their sign-offs. */
  awaitingSignOff: boolean;
  /** Only the requests the user made (any status unless statuses are chosen). */
  requestedByMe: boolean;
  sort: QueueSort;
  page: number;
}

export const DEFAULT_QUEUE_FILTER: QueueFilter = {
  statuses: [],
  priority: '',
  directorate: '',
  requesterType: '',
  onMyPanel: false,
  awaitingSignOff: false,
  requestedByMe: false,
  sort: 'daysWaiting',
  page: 1,
};

const ALL_STATUSES: readonly string[] = Object.values(EvaluationStatus);

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

/** The queue filter as it sits in the URL (`?status=REQUESTED&status=ACCEPTED&priority=P1&mine=true&sort=title`). */
export function queueFilterFromSearchParams(params: URLSearchParams): QueueFilter {
  const page = Number(params.get('page') ?? '1');
  const statuses = params.getAll('status').filter((status): status is EvaluationStatus => ALL_STATUSES.includes(status));
  return {
    statuses: Object.values(EvaluationStatus).filter((status) => statuses.includes(status)),
    priority: oneOf(params.get('priority'), Object.values(Priority)) ?? '',
    directorate: params.get('directorate')?.trim() ?? '',
    requesterType: oneOf(params.get('requester'), Object.values(RequesterType)) ?? '',
    onMyPanel: params.get('mine') === 'true',
    awaitingSignOff: params.get('awaitingSignOff') === 'true',
    requestedByMe: params.get('requestedByMe') === 'true',
    sort: oneOf(params.get('sort'), QUEUE_SORTS) ?? 'daysWaiting',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

export function queueFilterToSearchParams(filter: QueueFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const status of filter.statuses) {
    params.append('status', status);
  }
  if (filter.priority) {
    params.set('priority', filter.priority);
  }
  if (filter.directorate) {
    params.set('directorate', filter.directorate);
  }
  if (filter.requesterType) {
    params.set('requester', filter.requesterType);
  }
  if (filter.onMyPanel) {
    params.set('mine', 'true');
  }
  if (filter.awaitingSignOff) {
    params.set('awaitingSignOff', 'true');
  }
  if (filter.requestedByMe) {
    params.set('requestedByMe', 'true');
  }
  if (filter.sort !== 'daysWaiting') {
    params.set('sort', filter.sort);
  }
  if (filter.page > 1) {
    params.set('page', String(filter.page));
  }
  return params;
}

export function queueHref(filter: QueueFilter): string {
  const query = queueFilterToSearchParams(filter).toString();
  return query ? `/evaluations?${query}` : '/evaluations';
}
