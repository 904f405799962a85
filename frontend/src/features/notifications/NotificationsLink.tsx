import { Link } from 'react-router-dom';
import { useUnreadCount } from './queries';
import { notificationsLinkText } from './text';

/** The header's link to the notifications page, with the unread count in words ("Notifications (3 unread)"). */
export function NotificationsLink({ enabled }: { enabled: boolean }) {
  const unread = useUnreadCount(enabled);
  return (
    <Link className="govuk-link govuk-body-s app-signed-in__account" to="/notifications" data-testid="notifications-link">
      {notificationsLinkText(unread.data)}
    </Link>
  );
}
