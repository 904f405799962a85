import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ApiProblem } from '../../api/problem';
import { Pagination } from '../../components/Pagination';
import { QueryState } from '../../components/QueryState';
import { ScrollRegion } from '../../components/ScrollRegion';
import { SuccessBanner } from '../../components/SuccessBanner';
import { Tag } from '../../components/Tag';
import { formatTimestamp } from '../../format/dates';
import type { Notification } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { NOTIFICATIONS_PAGE_SIZE, useMarkAllRead, useMarkRead, useNotifications } from './queries';
import { unreadSentence } from './text';

function pageFrom(params: URLSearchParams): number {
  const page = Number(params.get('page') ?? '1');
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

function problemText(error: unknown): string {
  return error instanceof ApiProblem && error.detail ? error.detail : 'Sorry, there is a problem with the service. Try again later.';
}

/**
 * `/notifications`: the signed-in person's notifications (appeal deadlines and status changes, the events a later
 * e-mail channel would send), newest first and paged, each marked "Unread" or "Read" in words; one or all can be
 * marked read.
 */
export function NotificationsPage() {
  usePageTitle('Notifications');
  const [params] = useSearchParams();
  const page = pageFrom(params);
  const notifications = useNotifications(page);
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();
  const [done, setDone] = useState<string | undefined>();
  const failure = markRead.error ?? markAllRead.error;

  function readOne(notification: Notification) {
    setDone(undefined);
    markRead.mutate(notification.id, { onSuccess: () => setDone('The notification is marked as read.') });
  }

  function readAll() {
    setDone(undefined);
    markAllRead.mutate(undefined, {
      onSuccess: (result) =>
        setDone(result.marked === 1 ? '1 notification is marked as read.' : `${result.marked} notifications are marked as read.`),
    });
  }

  const data = notifications.data;
  return (
    <>
      <SuccessBanner message={done} />
      {failure && (
        <div className="govuk-error-summary" role="alert" tabIndex={-1}>
          <h2 className="govuk-error-summary__title">There is a problem</h2>
          <div className="govuk-error-summary__body">
            <p className="govuk-body">{problemText(failure)}</p>
          </div>
        </div>
      )}
      <h1 className="govuk-heading-l">Notifications</h1>
      {!data ? (
        <QueryState isPending={notifications.isPending} error={notifications.error} />
      ) : (
        <>
          <p className="govuk-body" data-testid="unread-sentence">
            {unreadSentence(data.unread)}
          </p>
          {data.unread > 0 && (
            <button type="button" className="govuk-button govuk-button--secondary" onClick={readAll} disabled={markAllRead.isPending}>
              Mark all as read
            </button>
          )}
          {data.items.length === 0 ? (
            <p className="govuk-body">You have no notifications. You will get one when an appeal you are involved in changes or a deadline is near.</p>
          ) : (
            <ScrollRegion label="Your notifications">
            <table className="govuk-table" data-testid="notifications-table">
              <caption className="govuk-table__caption govuk-table__caption--m">Your notifications, newest first</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">
                    Notification
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Received
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Status
                  </th>
                  <th scope="col" className="govuk-table__header">
                    <span className="govuk-visually-hidden">Action</span>
                  </th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {data.items.map((notification) => (
                  <tr className="govuk-table__row" key={notification.id} data-testid="notification-row">
                    <td className="govuk-table__cell">
                      {notification.appealId ? (
                        <Link className="govuk-link" to={`/appeals/${notification.appealId}`}>
                          {notification.text}
                        </Link>
                      ) : (
                        notification.text
                      )}
                    </td>
                    <td className="govuk-table__cell">{formatTimestamp(notification.createdAt)}</td>
                    <td className="govuk-table__cell">{notification.read ? <Tag text="Read" colour="grey" /> : <Tag text="Unread" colour="blue" />}</td>
                    <td className="govuk-table__cell">
                      {!notification.read && (
                        <button
                          type="button"
                          className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                          onClick={() => readOne(notification)}
                          disabled={markRead.isPending}
                        >
                          Mark as read<span className="govuk-visually-hidden">: {notification.text}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            </ScrollRegion>
          )}
          <Pagination page={page} size={NOTIFICATIONS_PAGE_SIZE} totalItems={data.totalItems} hrefFor={(p) => `/notifications?page=${p}`} />
        </>
      )}
    </>
  );
}
