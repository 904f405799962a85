import { formatDate } from '../../format/dates';
import { formatPence } from '../../format/money';
import type { Protection } from '../../generated/api';
import { daysLeftText, PROTECTION_TYPE_LABELS } from './labels';

/** Protected people and HR see the end coming this many days ahead. */
const EXPIRY_WARNING_DAYS = 90;

function dayAfter(date: Date): Date {
  const next = new Date(date);
  next.setDate(next.getDate() + 1);
  return next;
}

/** The GOV.UK "important" notification banner a protected person sees: what they are paid, until when, days left. */
export function ProtectionNotice({ protection, own }: { protection: Protection; own: boolean }) {
  const whose = own ? 'Your' : `${protection.name}’s`;
  return (
    <div className="govuk-notification-banner" role="region" aria-labelledby="protection-title" data-module="govuk-notification-banner" data-testid="protection-notice">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="protection-title">
          Important
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">
          {whose} pay is protected at {formatPence(protection.protectedSalaryPence)} until {formatDate(protection.until)}.
        </p>
        <p className="govuk-body">
          {PROTECTION_TYPE_LABELS[protection.type]} protection.{' '}
          {protection.daysLeft !== undefined &&
            (protection.daysLeft <= 0 ? 'Today is the last protected day.' : `${daysLeftText(protection.daysLeft)} left.`)}{' '}
          {own ? 'You are' : 'They are'} at risk until protection ends.
        </p>
        {protection.daysLeft !== undefined && protection.daysLeft <= EXPIRY_WARNING_DAYS && (
          <p className="govuk-body govuk-!-font-weight-bold" data-testid="protection-ending">
            {own ? 'Your' : 'This'} protection ends soon: from {formatDate(dayAfter(protection.until))} {own ? 'you are' : 'they are'} paid the
            contractual salary of {own ? 'your' : 'their'} band and point.
          </p>
        )}
      </div>
    </div>
  );
}
