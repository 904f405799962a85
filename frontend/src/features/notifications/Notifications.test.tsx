import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Role } from '../../auth/roles';
import { profileFor, renderRoutes, stubApi } from '../evaluations/pageTesting';
import { HomePage } from '../home/HomePage';
import { notificationRoutes } from './routes';
import { attentionSummary, notificationsLinkText, unreadSentence } from './text';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the words for attention and notifications', () => {
  it('counts things in sentences', () => {
    expect(attentionSummary(0, 0)).toBeNull();
    expect(attentionSummary(1, 0)).toBe('1 thing is overdue.');
    expect(attentionSummary(0, 3)).toBe('3 things are due soon.');
    expect(attentionSummary(2, 1)).toBe('2 things are overdue and 1 is due soon.');
    expect(attentionSummary(1, 2)).toBe('1 thing is overdue and 2 are due soon.');
    expect(notificationsLinkText(undefined)).toBe('Notifications');
    expect(notificationsLinkText(0)).toBe('Notifications');
    expect(notificationsLinkText(3)).toBe('Notifications (3 unread)');
    expect(unreadSentence(0)).toBe('You have no unread notifications.');
    expect(unreadSentence(1)).toBe('You have 1 unread notification.');
    expect(unreadSentence(4)).toBe('You have 4 unread notifications.');
  });
});

const unread = {
  id: 'n1',
  kind: 'STEP_OVERDUE',
  text: 'Appeal about Intervention Facilitator: Overdue: this appeal should have been acknowledged by 30 November 2026.',
  appealId: 'a1',
  createdAt: '2026-12-01T09:30:00Z',
  read: false,
};
const read = {
  id: 'n2',
  kind: 'APPEAL_STATUS',
  text: 'The appeal about Intervention Facilitator has been lodged.',
  createdAt: '2026-11-16T14:00:00Z',
  read: true,
};

describe('the notifications page', () => {
  it('lists notifications with read or unread in words, and marks one or all read', async () => {
    const fetchMock = stubApi((path, init) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.Staff]) };
      if (path.startsWith('/me/notifications?')) return { status: 200, body: { items: [unread, read], page: 1, size: 20, totalItems: 2, unread: 1 } };
      if (path === '/me/notifications/n1/read' && init.method === 'POST') return { status: 200, body: { ...unread, read: true } };
      if (path === '/me/notifications/read-all' && init.method === 'POST') return { status: 200, body: { marked: 1, unread: 0 } };
      return undefined;
    });
    renderRoutes(notificationRoutes, '/notifications');
    expect(await screen.findByRole('heading', { level: 1, name: 'Notifications' })).toBeInTheDocument();
    expect(await screen.findByTestId('unread-sentence')).toHaveTextContent('You have 1 unread notification.');
    const rows = screen.getAllByTestId('notification-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Unread');
    expect(rows[0]).toHaveTextContent('1 December 2026');
    expect(within(rows[0]).getByRole('link', { name: unread.text })).toHaveAttribute('href', '/appeals/a1');
    expect(rows[1]).toHaveTextContent('Read');
    expect(within(rows[1]).queryByRole('button')).toBeNull();

    fireEvent.click(within(rows[0]).getByRole('button', { name: /Mark as read/ }));
    expect(await screen.findByText('The notification is marked as read.')).toBeInTheDocument();
    expect(fetchMock.mock.calls.some(([url, init]) => String(url).endsWith('/me/notifications/n1/read') && init.method === 'POST')).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Mark all as read' }));
    expect(await screen.findByText('1 notification is marked as read.')).toBeInTheDocument();
    expect(fetchMock.mock.calls.some(([url, init]) => String(url).endsWith('/me/notifications/read-all') && init.method === 'POST')).toBe(true);
  });

  it('says when there are none', async () => {
    stubApi((path) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.Auditor]) };
      if (path.startsWith('/me/notifications?')) return { status: 200, body: { items: [], page: 1, size: 20, totalItems: 0, unread: 0 } };
      return undefined;
    });
    renderRoutes(notificationRoutes, '/notifications');
    expect(await screen.findByTestId('unread-sentence')).toHaveTextContent('You have no unread notifications.');
    expect(screen.queryByRole('button', { name: 'Mark all as read' })).toBeNull();
    expect(screen.getByText(/You have no notifications\./)).toBeInTheDocument();
  });
});

const homeRoutes = (guard: (page: React.ReactNode) => React.ReactNode) => [<Route key="home" index element={guard(<HomePage />)} />];

describe('needs your attention on the home page', () => {
  it("shows a rep what the server says needs attention, overdue first and in words", async () => {
    stubApi((path) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.UnionRep]) };
      if (path === '/me/attention') {
        return {
          status: 200,
          body: {
            items: [
              {
                kind: 'APPEAL_STEP',
                overdue: true,
                step: 'ACKNOWLEDGE',
                dueOn: '2026-11-30',
                text: "Overdue: HR should have acknowledged Napo's appeal about Intervention Facilitator by 30 November 2026.",
                appealId: 'a1',
              },
              {
                kind: 'APPEAL_STEP',
                overdue: false,
                step: 'DECIDE',
                dueOn: '2026-12-04',
                text: "HR must decide Napo's appeal about Intervention Facilitator by 4 December 2026 — 3 working days left.",
                appealId: 'a2',
              },
            ],
            overdue: 1,
            dueSoon: 1,
          },
        };
      }
      return undefined;
    });
    renderRoutes(homeRoutes, '/');
    expect(await screen.findByRole('heading', { level: 1, name: "Your union's work" })).toBeInTheDocument();
    const panel = screen.getByTestId('attention-panel');
    expect(within(panel).getByRole('heading', { level: 2, name: 'Needs your attention' })).toBeInTheDocument();
    expect(await within(panel).findByTestId('attention-summary')).toHaveTextContent('1 thing is overdue and 1 is due soon.');
    const items = within(panel).getAllByTestId('attention-item');
    expect(items[0]).toHaveTextContent(/^Overdue Overdue: HR should have acknowledged/);
    expect(within(items[0]).getByRole('link')).toHaveAttribute('href', '/appeals/a1');
    expect(items[1]).toHaveTextContent(/^Due soon HR must decide/);
  });

  it('tells an evaluator when nothing needs attention', async () => {
    stubApi((path) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.HrEvaluator]) };
      if (path === '/me/attention') return { status: 200, body: { items: [], overdue: 0, dueSoon: 0 } };
      if (path.startsWith('/evaluations?')) return { status: 200, body: { items: [], page: 1, size: 20, totalItems: 0 } };
      return undefined;
    });
    renderRoutes(homeRoutes, '/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Evaluations that need you' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('attention-none')).toHaveTextContent('Nothing needs your attention'));
  });
});
