import { Link } from 'react-router-dom';
import { usePageTitle } from '../../layout/usePageTitle';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <>
      <h1 className="govuk-heading-l">Page not found</h1>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/">
          Go to your home page
        </Link>
      </p>
    </>
  );
}

export function ForbiddenPage() {
  usePageTitle('You do not have permission to see this page');
  return (
    <>
      <h1 className="govuk-heading-l">You do not have permission to see this page</h1>
      <p className="govuk-body">Your account does not have a role that allows this.</p>
      <p className="govuk-body">If you think you should have access, ask an HR admin to check your roles.</p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/">
          Go to your home page
        </Link>
      </p>
    </>
  );
}

export function ServiceProblemPage({ detail }: { detail?: string }) {
  usePageTitle('Sorry, there is a problem with the service');
  return (
    <>
      <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
      <p className="govuk-body">{detail ?? 'Try again later.'}</p>
    </>
  );
}
