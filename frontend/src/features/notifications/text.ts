/** "2 things are overdue and 1 is due soon." — the attention panel's summary; null when nothing needs attention. */
export function attentionSummary(overdue: number, dueSoon: number): string | null {
  const things = (n: number) => (n === 1 ? '1 thing is' : `${n} things are`);
  if (overdue === 0 && dueSoon === 0) {
    return null;
  }
  if (overdue === 0) {
    return `${things(dueSoon)} due soon.`;
  }
  if (dueSoon === 0) {
    return `${things(overdue)} overdue.`;
  }
  return `${things(overdue)} overdue and ${dueSoon === 1 ? '1 is' : `${dueSoon} are`} due soon.`;
}

/** The header link: "Notifications (3 unread)", or just "Notifications". */
export function notificationsLinkText(unread: number | undefined): string {
  return unread ? `Notifications (${unread} unread)` : 'Notifications';
}

/** "You have 3 unread notifications." */
export function unreadSentence(unread: number): string {
  if (unread === 0) {
    return 'You have no unread notifications.';
  }
  return unread === 1 ? 'You have 1 unread notification.' : `You have ${unread} unread notifications.`;
}
