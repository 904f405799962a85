import type { ProtectionEndReason, ProtectionType } from '../../generated/api';

export const PROTECTION_TYPE_LABELS: Record<ProtectionType, string> = {
  MARK_TIME: 'Mark time',
  CASH_CONSERVED_TAPER: 'Cash-conserved with taper',
};

export const END_REASON_LABELS: Record<ProtectionEndReason, string> = {
  EXPIRED: 'The protection period ended',
  CAUGHT_UP: 'Contractual pay reached the protected pay',
  APPOINTED: 'Appointed to a post paying at least the protected pay',
  LEFT: 'Left the organisation',
  REFUSED_SUITABLE_OFFER: 'Refused a suitable offer',
  ENDED_BY_HR: 'Ended by HR',
  APPEAL_UPHELD: 'Appeal upheld',
};

/** 1 → "1 day", 0 → "today is the last day", 12 → "12 days". */
export function daysLeftText(days: number): string {
  if (days <= 0) return 'Today is the last protected day';
  return days === 1 ? '1 day' : `${days.toLocaleString('en-GB')} days`;
}

/** 37 → "37 hours a week"; 18.5 → "18.5 hours a week". */
export function hoursText(hours: number): string {
  return `${hours.toLocaleString('en-GB', { maximumFractionDigits: 2 })} ${hours === 1 ? 'hour' : 'hours'} a week`;
}

export function payPointText(point: number): string {
  return `Point ${point}`;
}
