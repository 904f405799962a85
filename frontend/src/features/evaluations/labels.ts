import type { TagColour } from '../../components/Tag';
import type { EvaluationStatus, PanelSide, Priority, RequesterType } from '../../generated/api';

export const STATUS_LABELS: Record<EvaluationStatus, string> = {
  REQUESTED: 'Requested',
  ACCEPTED: 'Accepted',
  IN_PANEL: 'With the panel',
  PUBLISHED: 'Published',
  REJECTED: 'Rejected',
};

export const STATUS_COLOURS: Record<EvaluationStatus, TagColour> = {
  REQUESTED: 'blue',
  ACCEPTED: 'light-blue',
  IN_PANEL: 'purple',
  PUBLISHED: 'green',
  REJECTED: 'grey',
};

export const REQUESTER_LABELS: Record<RequesterType, string> = {
  HR: 'HR',
  UNION: 'Union',
  STAFF: 'Staff member',
};

export const PRIORITY_LABELS: Record<Priority, string> = {
  P1: 'P1 (urgent)',
  P2: 'P2 (routine)',
};

export const SIDE_LABELS: Record<PanelSide, string> = {
  MANAGEMENT: 'Management side',
  STAFF: 'Staff side',
};

export function daysText(days: number): string {
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}

export function pointsText(points: number): string {
  return `${points} ${points === 1 ? 'point' : 'points'}`;
}
