import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Role } from '../../auth/roles';
import { profileFor, renderRoutes, stubApi } from '../evaluations/pageTesting';
import { appealRoutes } from './routes';

afterEach(() => {
  vi.unstubAllGlobals();
});

const decided = {
  id: 'a1',
  status: 'DECIDED',
  kind: 'OUTCOME',
  scope: 'INDIVIDUAL',
  stage: 1,
  union: 'NAPO',
  title: 'Intervention Facilitator',
  members: [{ staffNumber: 'S002998', name: 'Jordan Lee' }],
  deadlines: [],
  version: 6,
  decision: 'UPHELD',
  grounds: [],
  reviewPanel: [],
  timeline: [],
  allowedSteps: ['CLOSE'],
  revisedOutcome: { evaluationId: 'e2', total: 489, band: 'Band 4', effectiveFrom: '2026-10-05' },
  rebandingId: '7d1f6c1e-0000-4000-8000-000000000001',
};

const file = {
  id: 'f1',
  fileName: 'session-logs.pdf',
  type: 'PDF',
  sizeBytes: 20480,
  uploadedBy: 'Rhiannon Evans (Napo rep)',
  uploadedAt: '2026-10-05T11:00:00Z',
  withdrawn: false,
  version: 0,
};

describe('appeal evidence and what needs attention', () => {
  it('shows the new outcome and the evidence, and says why an upload was refused', async () => {
    stubApi((path, init) => {
      if (path === '/auth/me') return { status: 200, body: { ...profileFor([Role.HrEvaluator]) } };
      if (path === '/appeals/a1') return { status: 200, body: decided, headers: { ETag: '"6"' } };
      if (path.startsWith('/appeals/a1/evidence?')) return { status: 200, body: { items: [file], page: 1, size: 100, totalItems: 1 } };
      if (path.startsWith('/appeals/a1/evidence') && init.method === 'POST') {
        return {
          status: 422,
          body: { status: 422, title: 'The file type is not accepted', errors: [{ field: 'file', message: 'The selected file must be a PDF, DOCX, ODT, PNG or JPEG.' }] },
        };
      }
      return undefined;
    });
    renderRoutes(appealRoutes, '/appeals/a1');
    expect(await screen.findByTestId('revised-outcome')).toHaveTextContent('489 points, Band 4, effective from 5 October 2026');
    expect(screen.getByRole('link', { name: 'See the re-banding drafted from the new outcome' })).toHaveAttribute(
      'href',
      '/rebandings/7d1f6c1e-0000-4000-8000-000000000001',
    );
    const item = await screen.findByTestId('evidence-item');
    expect(within(item).getByRole('link', { name: 'session-logs.pdf' })).toHaveAttribute('href', '/api/v1/appeals/a1/evidence/f1/file');
    expect(item).toHaveTextContent('PDF, 20 KB');

    // no file chosen
    fireEvent.click(screen.getByRole('button', { name: 'Upload file' }));
    expect(await screen.findByText('Select a file.', { selector: 'a' })).toBeInTheDocument();
    // a file the server refuses: its message, linked to the file input
    const input = screen.getByLabelText('Upload a file');
    fireEvent.change(input, { target: { files: [new File(['<script>'], 'logs.pdf', { type: 'application/pdf' })] } });
    fireEvent.click(screen.getByRole('button', { name: 'Upload file' }));
    expect(await screen.findByText('The selected file must be a PDF, DOCX, ODT, PNG or JPEG.', { selector: 'a' })).toHaveAttribute(
      'href',
      '#evidence-file',
    );
  });

  it('lists overdue and due-soon appeals and unread notifications for reps, and marks one read', async () => {
    const overdue = { ...decided, status: 'LODGED', deadlines: [{ step: 'ACKNOWLEDGE', dueOn: '2026-11-16', state: 'OVERDUE', workingDaysLeft: -2, text: 'Overdue: acknowledge by 16 November 2026.' }] };
    const fetchMock = stubApi((path, init) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.UnionRep]) };
      if (path.startsWith('/appeals?due=OVERDUE')) return { status: 200, body: { items: [overdue], page: 1, size: 25, totalItems: 1 } };
      if (path.startsWith('/appeals?due=DUE_SOON')) return { status: 200, body: { items: [], page: 1, size: 25, totalItems: 0 } };
      if (path.startsWith('/appeals?')) return { status: 200, body: { items: [overdue], page: 1, size: 25, totalItems: 1 } };
      if (path.startsWith('/me/notifications?')) {
        return {
          status: 200,
          body: {
            items: [{ id: 'n1', kind: 'APPEAL_STATUS', text: 'The appeal about Intervention Facilitator has been acknowledged.', appealId: 'a1', createdAt: '2026-11-18T09:00:00Z', read: false }],
            page: 1,
            size: 10,
            totalItems: 1,
            unread: 1,
          },
        };
      }
      if (path === '/me/notifications/n1/read' && init.method === 'POST') {
        return { status: 200, body: { id: 'n1', kind: 'APPEAL_STATUS', text: 'x', createdAt: '2026-11-18T09:00:00Z', read: true } };
      }
      return undefined;
    });
    renderRoutes(appealRoutes, '/appeals');
    const panel = await screen.findByTestId('needs-attention');
    expect(await within(panel).findByText('Overdue steps (1)')).toBeInTheDocument();
    expect(panel).toHaveTextContent('Overdue: acknowledge by 16 November 2026.');
    expect(await within(panel).findByText('No appeal has a step due within 5 working days.')).toBeInTheDocument();
    const notices = await within(panel).findByTestId('notifications');
    fireEvent.click(within(notices).getByRole('button', { name: /Mark as read/ }));
    await waitFor(() => expect(fetchMock.mock.calls.some(([url, init]) => String(url).endsWith('/me/notifications/n1/read') && init.method === 'POST')).toBe(true));
  });
});
