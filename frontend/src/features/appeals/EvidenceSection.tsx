import { useState } from 'react';
import { ApiProblem } from '../../api/problem';
import { ErrorSummary } from '../../components/ErrorSummary';
import { formatTimestamp } from '../../format/dates';
import type { AppealEvidence } from '../../generated/api';
import { useAddEvidence, useAppealEvidence, useWithdrawEvidence } from './queries';

const TYPE_TEXT: Record<string, string> = { PDF: 'PDF', DOCX: 'Word document', ODT: 'OpenDocument text', PNG: 'PNG image', JPEG: 'JPEG image' };

function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function problemText(error: unknown, field: string, fallback: string): string {
  if (error instanceof ApiProblem) {
    return error.fieldProblems.find((p) => p.field === field)?.message ?? error.detail ?? error.title;
  }
  return fallback;
}

/** The appeal's evidence files: a list with download links, upload (reps of the union and HR) and withdrawal. */
export function EvidenceSection({ appealId, canChange }: { appealId: string; canChange: boolean }) {
  const evidence = useAppealEvidence(appealId);
  const add = useAddEvidence(appealId);
  const [file, setFile] = useState<File | null>(null);
  const [description, setDescription] = useState('');
  const [missing, setMissing] = useState(false);
  const error = missing ? 'Select a file.' : add.error ? problemText(add.error, 'file', 'The file could not be uploaded. Try again.') : null;

  const upload = (event: React.FormEvent) => {
    event.preventDefault();
    if (!file) {
      setMissing(true);
      return;
    }
    setMissing(false);
    add.mutate(
      { file, description },
      {
        onSuccess: () => {
          setFile(null);
          setDescription('');
          (event.target as HTMLFormElement).reset();
        },
      },
    );
  };

  return (
    <section aria-labelledby="evidence-heading" data-testid="appeal-evidence">
      <h2 className="govuk-heading-m" id="evidence-heading">
        Evidence
      </h2>
      {evidence.data && evidence.data.items.length === 0 && <p className="govuk-body">No files have been added.</p>}
      {evidence.data && evidence.data.items.length > 0 && (
        <ul className="govuk-list">
          {evidence.data.items.map((item) => (
            <EvidenceItem key={item.id} appealId={appealId} item={item} canChange={canChange} />
          ))}
        </ul>
      )}
      {canChange && (
        <form onSubmit={upload} noValidate>
          {error && <ErrorSummary items={[{ text: error, href: '#evidence-file' }]} />}
          <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label govuk-label--s" htmlFor="evidence-file">
              Upload a file
            </label>
            <div id="evidence-file-hint" className="govuk-hint">
              PDF, Word (DOCX), OpenDocument text (ODT), PNG or JPEG, smaller than 10 MB
            </div>
            {error && (
              <p id="evidence-file-error" className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {error}
              </p>
            )}
            <input
              className={`govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`}
              id="evidence-file"
              name="file"
              type="file"
              accept=".pdf,.docx,.odt,.png,.jpg,.jpeg"
              aria-describedby={`evidence-file-hint${error ? ' evidence-file-error' : ''}`}
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </div>
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor="evidence-description">
              What the file shows (optional)
            </label>
            <input
              className="govuk-input"
              id="evidence-description"
              name="description"
              type="text"
              maxLength={1000}
              value={description}
              onChange={(e) => setDescription(e.target.value)}
            />
          </div>
          <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button" disabled={add.isPending}>
            Upload file
          </button>
        </form>
      )}
    </section>
  );
}

function EvidenceItem({ appealId, item, canChange }: { appealId: string; item: AppealEvidence; canChange: boolean }) {
  const withdraw = useWithdrawEvidence(appealId);
  const [reason, setReason] = useState('');
  const [open, setOpen] = useState(false);
  const href = `/api/v1/appeals/${appealId}/evidence/${item.id}/file`;
  return (
    <li data-testid="evidence-item">
      <a className="govuk-link" href={href} download={item.fileName}>
        {item.fileName}
      </a>{' '}
      <span className="govuk-body-s">
        ({TYPE_TEXT[item.type] ?? item.type}, {sizeText(item.sizeBytes)}), added by {item.uploadedBy} on {formatTimestamp(item.uploadedAt)}
      </span>
      {item.description && <p className="govuk-body-s govuk-!-margin-bottom-1">{item.description}</p>}
      {item.withdrawn && (
        <p className="govuk-body-s">
          <strong className="govuk-tag govuk-tag--grey">Withdrawn</strong> by {item.withdrawnBy}: {item.withdrawnReason}
        </p>
      )}
      {canChange && !item.withdrawn && !open && (
        <button type="button" className="govuk-button govuk-button--warning govuk-!-margin-bottom-2" onClick={() => setOpen(true)}>
          Withdraw<span className="govuk-visually-hidden"> {item.fileName}</span>
        </button>
      )}
      {open && (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            withdraw.mutate({ evidenceId: item.id, version: item.version, reason });
          }}
        >
          {withdraw.error && <ErrorSummary items={[{ text: problemText(withdraw.error, 'reason', 'The file could not be withdrawn. Try again.'), href: `#withdraw-${item.id}` }]} />}
          <div className="govuk-form-group">
            <label className="govuk-label" htmlFor={`withdraw-${item.id}`}>
              Why is {item.fileName} withdrawn?
            </label>
            <input className="govuk-input" id={`withdraw-${item.id}`} type="text" maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
          <button type="submit" className="govuk-button govuk-button--warning" disabled={withdraw.isPending}>
            Withdraw file
          </button>
        </form>
      )}
    </li>
  );
}
