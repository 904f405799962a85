import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { hasAnyRole } from '../../auth/roles';
import { useCurrentUser } from '../../auth/session';
import { BackLink } from '../../components/BackLink';
import { ButtonLink } from '../../components/ButtonLink';
import { ConcurrencyWarning } from '../../components/ConcurrencyWarning';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryState } from '../../components/QueryState';
import { useFormSubmit } from '../../forms/useFormSubmit';
import type { JobDescription, Person } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { BenchmarkForm } from './BenchmarkForm';
import { JdSummaryList } from './JdSummaryList';
import { mayAskForEvaluation, versionToEvaluate } from './jdVersions';
import { JdVersionsTable } from './JdVersionsTable';
import { useJobDescription } from './queries';
import { JD_EDITORS } from './roles';
import { useFlash } from '../../components/flash';
import { SuccessBanner } from '../../components/SuccessBanner';
import { useMarkBenchmark, useStartJdVersion } from './mutations';

const noFields = () => undefined;

function HoldersList({ holders }: { holders: Person[] }) {
  if (holders.length === 0) {
    return <p className="govuk-body">Nobody is recorded as holding this post.</p>;
  }
  return (
    <ul className="govuk-list govuk-list--bullet">
      {holders.map((holder) => (
        <li key={holder.id}>{holder.displayName}</li>
      ))}
    </ul>
  );
}

function AskForEvaluationLink({ jd }: { jd: JobDescription }) {
  const version = versionToEvaluate(jd);
  if (!version) {
    return null;
  }
  return <ButtonLink to={`/evaluations/request?versionId=${encodeURIComponent(version.id)}`} text="Ask for this role to be evaluated" secondary />;
}

export function JobDescriptionPage() {
  const { jdId = '' } = useParams();
  const jd = useJobDescription(jdId);
  const { data: profile } = useCurrentUser();
  const roles = profile?.roles ?? new Set();
  const isEditor = hasAnyRole(roles, JD_EDITORS);
  const navigate = useNavigate();
  const startVersion = useStartJdVersion(jdId);
  const markBenchmark = useMarkBenchmark(jdId);
  const flashed = useFlash();
  const actions = useFormSubmit(noFields);
  const [success, setSuccess] = useState('');
  const errors = actions.errors.summary;
  const record = jd.data?.record;
  usePageTitle(record ? `${record.title} (${record.reference})` : 'Job description', errors.length > 0);

  if (!jd.data || !record) {
    return <QueryState isPending={jd.isPending} error={jd.error} />;
  }
  const { etag } = jd.data;
  const startNewVersion = () =>
    actions.run(async () => {
      setSuccess('');
      const draft = await startVersion.mutateAsync();
      navigate(`/jd-versions/${draft.id}/edit`);
    });
  const changeBenchmark = (benchmark: boolean) =>
    actions.run(async () => {
      setSuccess('');
      await markBenchmark.mutateAsync({ etag, benchmark });
      setSuccess(benchmark ? 'This job description is now a benchmark' : 'This job description is no longer a benchmark');
    });
  const reload = async () => {
    await jd.refetch();
    actions.reset();
  };

  return (
    <>
      <BackLink to="/job-descriptions" text="Back to job descriptions" />
      {actions.conflict && <ConcurrencyWarning onReload={reload} />}
      <ErrorSummary items={errors} />
      <SuccessBanner message={success || flashed} />
      <span className="govuk-caption-l">{record.reference}</span>
      <h1 className="govuk-heading-l">{record.title}</h1>
      <div className="govuk-button-group">
        {isEditor && (
          <button type="button" className="govuk-button" data-module="govuk-button" disabled={actions.submitting} onClick={startNewVersion}>
            Start a new version
          </button>
        )}
        {mayAskForEvaluation(roles, record) && <AskForEvaluationLink jd={record} />}
      </div>
      <JdSummaryList jd={record} />
      {isEditor && <BenchmarkForm benchmark={record.benchmark} submitting={actions.submitting} onChange={changeBenchmark} />}
      <JdVersionsTable versions={record.versions} />
      {record.holders && (
        <section aria-labelledby="post-holders-heading">
          <h2 className="govuk-heading-m" id="post-holders-heading">
            Post holders
          </h2>
          <HoldersList holders={record.holders} />
          <p className="govuk-body">
            Post holders come from staff records: the people whose post is for this job description today. To change them,{' '}
            <Link className="govuk-link" to="/staff-imports">
              import updated staff records
            </Link>
            .
          </p>
        </section>
      )}
    </>
  );
}
