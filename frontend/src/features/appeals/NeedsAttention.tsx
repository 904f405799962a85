import { Link } from 'react-router-dom';
import { QueryState } from '../../components/QueryState';
import { type AppealSummary, DeadlineState } from '../../generated/api';
import { useAppeals, useMarkNotificationRead, useUnreadNotifications } from './queries';

function DueList({ title, id, appeals, empty, more }: { title: string; id: string; appeals: readonly AppealSummary[]; empty: string; more?: string }) {
  return (
    <>
      <h3 className="govuk-heading-s" id={id}>
        {title}
      </h3>
      {appeals.length === 0 ? (
        <p className="govuk-body">{empty}</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet" aria-labelledby={id}>
          {appeals.map((appeal) => (
            <li key={appeal.id}>
              <Link className="govuk-link" to={`/appeals/${appeal.id}`}>
                {appeal.title}
              </Link>
              {': '}
              {appeal.deadlines.find((d) => d.state !== 'ON_TRACK')?.text ?? appeal.deadlines[0]?.text}
            </li>
          ))}
        </ul>
      )}
      {more && (
        <p className="govuk-body">
          <Link className="govuk-link" to={more}>
            See all
          </Link>
        </p>
      )}
    </>
  );
}

/**
 * What needs the attention of HR and reps: appeals with an overdue step, those with a step due within 5 working days
 * (the appeals list's own due filters), and unread notifications.
 */
export function NeedsAttention() {
  const overdue = useAppeals(DeadlineState.Overdue, 1);
  const soon = useAppeals(DeadlineState.DueSoon, 1);
  const unread = useUnreadNotifications();
  const markRead = useMarkNotificationRead();
  return (
    <section className="govuk-!-margin-bottom-6" aria-labelledby="attention-title" data-testid="needs-attention">
      <h2 className="govuk-heading-m" id="attention-title">
        Needs your attention
      </h2>
      {overdue.data ? (
        <DueList
          id="attention-overdue"
          title={`Overdue steps (${overdue.data.totalItems})`}
          appeals={overdue.data.items.slice(0, 5)}
          empty="No appeal has an overdue step."
          more={overdue.data.totalItems > 5 ? `/appeals?due=${DeadlineState.Overdue}` : undefined}
        />
      ) : (
        <QueryState isPending={overdue.isPending} error={overdue.error} />
      )}
      {soon.data ? (
        <DueList
          id="attention-soon"
          title={`Due within 5 working days (${soon.data.totalItems})`}
          appeals={soon.data.items.slice(0, 5)}
          empty="No appeal has a step due within 5 working days."
          more={soon.data.totalItems > 5 ? `/appeals?due=${DeadlineState.DueSoon}` : undefined}
        />
      ) : (
        <QueryState isPending={soon.isPending} error={soon.error} />
      )}
      {unread.data && unread.data.items.length > 0 && (
        <>
          <h3 className="govuk-heading-s" id="attention-notifications">
            Notifications ({unread.data.unread} unread)
          </h3>
          <ul className="govuk-list" aria-labelledby="attention-notifications" data-testid="notifications">
            {unread.data.items.map((n) => (
              <li key={n.id}>
                {n.appealId ? (
                  <Link className="govuk-link" to={`/appeals/${n.appealId}`}>
                    {n.text}
                  </Link>
                ) : (
                  n.text
                )}{' '}
                <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 govuk-!-margin-left-2" onClick={() => markRead.mutate(n.id)} disabled={markRead.isPending}>
                  Mark as read<span className="govuk-visually-hidden">: {n.text}</span>
                </button>
              </li>
            ))}
          </ul>
          <p className="govuk-body">
            <Link className="govuk-link" to="/notifications">
              See all your notifications
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
