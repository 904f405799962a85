import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Role } from '../../auth/roles';
import { profileFor, renderRoutes, stubApi, type StubResponse } from '../evaluations/pageTesting';
import { staffImportRoutes } from './routes';

afterEach(() => {
  vi.unstubAllGlobals();
});

const BASE = {
  id: 'i-1',
  format: 'CSV',
  fileName: 'staff.csv',
  effectiveFrom: '2026-08-01',
  createdAt: '2026-11-30T10:00:00Z',
  createdBy: 'Sam Okafor',
  failure: undefined,
};
const validating = { ...BASE, status: 'VALIDATING', progress: { done: 400, total: 1000 }, summary: { created: 0, updated: 0, unchanged: 0, invalid: 0 }, errorCount: 0 };
const withErrors = { ...BASE, status: 'VALIDATED', progress: { done: 1000, total: 1000 }, summary: { created: 10, updated: 980, unchanged: 8, invalid: 2 }, errorCount: 2 };
const clean = { ...withErrors, summary: { created: 10, updated: 982, unchanged: 8, invalid: 0 }, errorCount: 0 };

describe('staff imports', () => {
  it('offers the template, refuses an upload without a file, then sends the file as the multipart field "file"', async () => {
    const upload = vi.fn<(init: RequestInit) => StubResponse>(() => ({ status: 202, body: validating, headers: { Location: '/api/v1/staff-imports/i-1' } }));
    const fetchMock = stubApi((path, init) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.HrAdmin]) };
      if (path.startsWith('/staff-imports?') && init.method === 'POST') return upload(init);
      if (path.startsWith('/staff-imports?')) return { status: 200, body: { items: [withErrors], page: 1, size: 20, totalItems: 1 } };
      if (path === '/staff-imports/i-1') return { status: 200, body: validating };
      return undefined;
    });
    renderRoutes(staffImportRoutes, '/staff-imports');
    expect(await screen.findByRole('heading', { level: 1, name: 'Import staff' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download the import template (CSV)' })).toHaveAttribute('href', '/api/v1/staff-imports/template');
    const past = await screen.findByTestId('past-imports');
    expect(within(past).getByRole('link', { name: 'staff.csv' })).toHaveAttribute('href', '/staff-imports/i-1');
    expect(within(past).getByText('2 errors')).toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Upload and check the file' }));
    expect(await screen.findByRole('link', { name: 'Select a CSV or XLSX file of staff' })).toHaveAttribute('href', '#file');
    expect(screen.getByLabelText('Upload a file')).toHaveAttribute('aria-describedby', 'file-hint file-error');
    expect(upload).not.toHaveBeenCalled();

    const file = new File(['staff_number,first_name\nS1,Alex\n'], 'staff.csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText('Upload a file'), file);
    await user.type(screen.getByLabelText('Day'), '1');
    await user.type(screen.getByLabelText('Month'), '8');
    await user.type(screen.getByLabelText('Year'), '2026');
    await user.click(screen.getByRole('button', { name: 'Upload and check the file' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/staff-imports/i-1'));
    const init = upload.mock.calls[0][0];
    expect(init.body).toBeInstanceOf(FormData);
    expect((init.body as FormData).get('file')).toBeInstanceOf(File);
    expect(new Headers(init.headers).get('Content-Type')).toBeNull();
    const uploadUrl = fetchMock.mock.calls.map(([url]) => String(url)).find((url) => url.includes('effectiveFrom='));
    expect(uploadUrl).toContain('effectiveFrom=2026-08-01');
  });

  it('shows a real progress bar while the file is checked, then the summary and the errors with a download', async () => {
    let reads = 0;
    stubApi((path) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.HrAdmin]) };
      if (path === '/staff-imports/i-1') {
        reads += 1;
        return { status: 200, body: reads === 1 ? validating : withErrors };
      }
      if (path.startsWith('/staff-imports/i-1/errors')) {
        return {
          status: 200,
          body: {
            items: [
              { row: 3, staffNumber: 'S000003', field: 'band', message: 'Band 9 is not a band of Probation pay bands.' },
              { row: 7, staffNumber: 'S000007', field: 'weekly_hours', message: 'Weekly hours must be more than 0 and no more than 48.' },
            ],
            page: 1,
            size: 50,
            totalItems: 2,
          },
        };
      }
      return undefined;
    });
    renderRoutes(staffImportRoutes, '/staff-imports/i-1');
    const progress = await screen.findByRole('progressbar', { name: '400 rows of 1,000 checked (40%)' });
    expect(progress).toHaveAttribute('value', '400');
    expect(progress).toHaveAttribute('max', '1000');
    expect(screen.getByTestId('import-status')).toHaveAttribute('aria-live', 'polite');

    const errors = await screen.findByTestId('import-errors', {}, { timeout: 4000 });
    expect(within(errors).getByRole('row', { name: /S000003/ })).toHaveTextContent('Band 9 is not a band of Probation pay bands.');
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByTestId('import-summary')).toHaveTextContent('Rows with errors2');
    expect(screen.getByRole('link', { name: 'Download every error (CSV)' })).toHaveAttribute('href', '/api/v1/staff-imports/i-1/errors/export');
    expect(screen.queryByRole('button', { name: 'Apply the import' })).toBeNull();
  });

  it('applies a clean import only after confirmation', async () => {
    const apply = vi.fn<(init: RequestInit) => StubResponse>(() => ({ status: 202, body: { ...clean, status: 'APPLYING' } }));
    stubApi((path, init) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.HrAdmin]) };
      if (path === '/staff-imports/i-1/apply') return apply(init);
      if (path === '/staff-imports/i-1') return { status: 200, body: apply.mock.calls.length > 0 ? { ...clean, status: 'APPLIED', appliedAt: '2026-11-30T10:05:00Z' } : clean };
      return undefined;
    });
    renderRoutes(staffImportRoutes, '/staff-imports/i-1');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Apply the import' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Are you sure you want to apply the import?' })).toBeInTheDocument();
    expect(apply).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Apply the import' }));
    expect(await screen.findByRole('alert', { name: 'Success' })).toHaveTextContent('The import is being applied.');
    expect(apply).toHaveBeenCalledTimes(1);
    expect(new Headers(apply.mock.calls[0][0].headers).get('X-Requested-With')).toBe('bandwise');
  });

  it('shows auditors past imports but no upload form', async () => {
    stubApi((path) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.Auditor]) };
      if (path.startsWith('/staff-imports?')) return { status: 200, body: { items: [], page: 1, size: 20, totalItems: 0 } };
      return undefined;
    });
    renderRoutes(staffImportRoutes, '/staff-imports');
    expect(await screen.findByText('No staff file has been imported yet.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Upload a file')).toBeNull();
  });
});
