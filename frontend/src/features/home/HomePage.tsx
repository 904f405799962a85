import type { ReactNode } from 'react';
import { Link, Navigate } from 'react-router-dom';
import { useCurrentUser } from '../../auth/session';
import { QueryState } from '../../components/QueryState';
import type { Profile, QueuePage } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { AttentionPanel } from '../notifications/AttentionPanel';
import { homeFor } from './homeFor';
import { HomeQueueTable } from './HomeQueueTable';
import { useDraftSchemes, useQueueSlice } from './queries';

interface SectionProps {
  id: string;
  title: string;
  count?: number;
  children: ReactNode;
}

function Section({ id, title, count, children }: SectionProps) {
  return (
    <section className="app-home-section" aria-labelledby={`${id}-title`}>
      <h2 className="govuk-heading-m" id={`${id}-title`}>
        {title}
        {count !== undefined && <span className="govuk-caption-m">{count === 1 ? '1 item' : `${count} items`}</span>}
      </h2>
      {children}
    </section>
  );
}

function QueueSection({ id, title, query, empty, only }: {
  id: string;
  title: string;
  query: { data?: QueuePage; isPending: boolean; error: unknown };
  empty: string;
  only?: (entry: QueuePage['items'][number]) => boolean;
}) {
  if (!query.data) {
    return (
      <Section id={id} title={title}>
        <QueryState isPending={query.isPending} error={query.error} />
      </Section>
    );
  }
  const entries = only ? query.data.items.filter(only) : query.data.items;
  const count = only ? entries.length : query.data.totalItems;
  return (
    <Section id={id} title={title} count={count}>
      {entries.length === 0 ? <p className="govuk-body">{empty}</p> : <HomeQueueTable caption={title} entries={entries} />}
    </Section>
  );
}

function EvaluatorHome({ profile }: { profile: Profile }) {
  usePageTitle('Evaluations that need you');
  const myPanels = useQueueSlice('my-panels');
  const toDecide = useQueueSlice('to-decide');
  return (
    <>
      <span className="govuk-caption-l">{profile.displayName}</span>
      <h1 className="govuk-heading-l">Evaluations that need you</h1>
      <AttentionPanel />
      <QueueSection id="my-panels" title="Panels you sit on" query={myPanels} empty="You are not on the panel of any open evaluation." />
      <QueueSection id="to-decide" title="Requests waiting for a decision" query={toDecide} empty="No requests are waiting for a decision." />
      <p className="govuk-body">
        <Link className="govuk-link" to="/evaluations">
          Go to the evaluation queue
        </Link>
      </p>
    </>
  );
}

function AdminHome({ profile }: { profile: Profile }) {
  usePageTitle('What needs attention');
  const waiting = useQueueSlice('longest-waiting');
  const inPanel = useQueueSlice('in-panel');
  const drafts = useDraftSchemes();
  return (
    <>
      <span className="govuk-caption-l">{profile.displayName}</span>
      <h1 className="govuk-heading-l">What needs attention</h1>
      <AttentionPanel />
      <QueueSection
        id="overdue"
        title="Overdue evaluation requests"
        query={waiting}
        only={(entry) => entry.overdue}
        empty="No evaluation request is past its target date."
      />
      <QueueSection id="in-panel" title="Panels in progress" query={inPanel} empty="No panel is scoring a role at the moment." />
      <Section id="draft-schemes" title="Schemes in draft" count={drafts.data?.totalItems}>
        {drafts.data ? (
          drafts.data.items.length === 0 ? (
            <p className="govuk-body">No scheme version is in draft.</p>
          ) : (
            <ul className="govuk-list govuk-list--bullet">
              {drafts.data.items.map((scheme) => (
                <li key={scheme.id}>
                  <Link className="govuk-link" to={`/schemes/${scheme.id}`}>
                    {scheme.name}, version {scheme.version}
                  </Link>
                </li>
              ))}
            </ul>
          )
        ) : (
          <QueryState isPending={drafts.isPending} error={drafts.error} />
        )}
      </Section>
      <h2 className="govuk-heading-m">Manage the service</h2>
      <ul className="govuk-list">
        <li>
          <Link className="govuk-link" to="/evaluations">
            Evaluation queue
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/pay-bands">
            Pay bands and scales
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/users">
            Users
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/audit">
            Audit trail
          </Link>
        </li>
      </ul>
    </>
  );
}

function RepHome({ profile }: { profile: Profile }) {
  usePageTitle("Your union's work");
  return (
    <>
      <span className="govuk-caption-l">{profile.displayName}</span>
      <h1 className="govuk-heading-l">Your union's work</h1>
      <AttentionPanel />
      <h2 className="govuk-heading-m">Appeals and evaluations</h2>
      <ul className="govuk-list">
        <li>
          <Link className="govuk-link" to="/appeals">
            Your union's appeals
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/appeals?due=DUE_SOON">
            Appeals with a step due within 5 working days
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/appeals/new">
            Lodge an appeal
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/evaluations">
            Evaluation queue
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/member-vacancies">
            Members’ vacancies
          </Link>
        </li>
      </ul>
    </>
  );
}

/** `/`: each role's starting point (see {@link homeFor}). Signed-in users only (the route is guarded). */
export function HomePage() {
  const { data: profile } = useCurrentUser();
  if (!profile) {
    return null;
  }
  const home = homeFor(profile.roles);
  if (home.kind === 'redirect') {
    return <Navigate to={home.to} replace />;
  }
  if (home.page === 'rep') {
    return <RepHome profile={profile} />;
  }
  return home.page === 'admin' ? <AdminHome profile={profile} /> : <EvaluatorHome profile={profile} />;
}
