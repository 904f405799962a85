import { Link } from 'react-router-dom';
import { FEEDBACK_ADDRESS } from '../../layout/PhaseBanner';
import { useServiceInfo } from '../../layout/serviceInfo';
import { usePageTitle } from '../../layout/usePageTitle';

const FEEDBACK_EMAIL = FEEDBACK_ADDRESS.replace(/^mailto:/, '');

function Contact() {
  return (
    <a className="govuk-link" href={FEEDBACK_ADDRESS}>
      {FEEDBACK_EMAIL}
    </a>
  );
}

/** Help for people who cannot sign in: a forgotten password, a blocked username, no account. */
export function SignInHelpPage() {
  usePageTitle('Help signing in');
  const { organisationName, serviceName } = useServiceInfo();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Help signing in</h1>
        <h2 className="govuk-heading-m" id="forgotten-password">
          If you have forgotten your password
        </h2>
        <p className="govuk-body">
          {serviceName} cannot email you a new password. Ask an HR admin at {organisationName} to reset it: they can set a
          new password for your account, which you then use to sign in.
        </p>
        <p className="govuk-body">HR admins will never ask you to tell them your password. Nobody else can see it.</p>
        <p className="govuk-body">
          If you do not know who your HR admins are, ask your line manager or your HR business partner.
        </p>
        <h2 className="govuk-heading-m">If you have been told to wait before trying again</h2>
        <p className="govuk-body">
          After several wrong passwords in a row, {serviceName} stops accepting sign-ins for that username for a while, to
          protect your account. The message tells you how long to wait. Waiting does not reset your password: if you have
          forgotten it, ask an HR admin.
        </p>
        <h2 className="govuk-heading-m">If you do not have an account</h2>
        <p className="govuk-body">
          Accounts are set up by HR admins at {organisationName}. Ask an HR admin to add one for you, with the roles your
          work needs.
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/sign-in">
            Back to sign in
          </Link>
        </p>
      </div>
    </div>
  );
}

export function AccessibilityPage() {
  usePageTitle('Accessibility statement');
  const { organisationName, serviceName } = useServiceInfo();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Accessibility statement for {serviceName}</h1>
        <p className="govuk-body">
          This accessibility statement applies to {serviceName}, the job evaluation and pay banding service run by{' '}
          {organisationName}.
        </p>
        <p className="govuk-body">We want as many people as possible to be able to use this service. You should be able to:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>change colours, contrast levels and fonts using your browser or device settings</li>
          <li>zoom in up to 400% without the text spilling off the screen</li>
          <li>use the service on a phone or a small screen without scrolling sideways (wide tables scroll inside their own area)</li>
          <li>navigate the whole service using just a keyboard</li>
          <li>navigate the whole service using speech recognition software</li>
          <li>listen to the whole service using a screen reader</li>
        </ul>
        <p className="govuk-body">The service is built with the GOV.UK Design System, whose components are tested with disabled people.</p>

        <h2 className="govuk-heading-m">How accessible this service is</h2>
        <p className="govuk-body">
          We test every page with automated accessibility checks in a real browser, on a desktop screen and on a screen
          375 pixels wide, each time the service changes. We know of no part of the service that fails the Web Content
          Accessibility Guidelines version 2.2 at level AA.
        </p>
        <p className="govuk-body">Automated checks do not find every problem. If you find one, please tell us.</p>

        <h2 className="govuk-heading-m">Feedback and contact information</h2>
        <p className="govuk-body">
          If you need information from this service in a different format, or you find a problem using it, email <Contact />.
          We will reply within 5 working days.
        </p>

        <h2 className="govuk-heading-m">Enforcement procedure</h2>
        <p className="govuk-body">
          The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and
          Mobile Applications) (No. 2) Accessibility Regulations 2018 (the ‘accessibility regulations’). If you’re not happy
          with how we respond to your complaint, contact the{' '}
          <a className="govuk-link" href="https://www.equalityadvisoryservice.com/">
            Equality Advisory and Support Service (EASS)
          </a>
          .
        </p>

        <h2 className="govuk-heading-m">Technical information about this service’s accessibility</h2>
        <p className="govuk-body">
          {organisationName} is committed to making its services accessible, in accordance with the Public Sector Bodies
          (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.
        </p>
        <h3 className="govuk-heading-s">Compliance status</h3>
        <p className="govuk-body">
          This service is fully compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, as far as
          our testing shows.
        </p>
        <h3 className="govuk-heading-s">How we tested this service</h3>
        <p className="govuk-body">
          Every page a journey visits is checked with the axe accessibility engine in Chromium, at desktop width and at 375
          pixels wide, and must have no serious or critical problems. We also check that no page scrolls sideways on a
          narrow screen.
        </p>
      </div>
    </div>
  );
}

const WHO_SEES = [
  ['Staff members', 'Their own account, their own requests for evaluation, and published job descriptions and outcomes.'],
  ['Union reps', 'What staff members see, plus evaluations whose panel they sit on.'],
  ['HR evaluators', 'Job descriptions and evaluations in progress, panels and post holders.'],
  ['HR admins', 'Everything HR evaluators see, plus user accounts (names, usernames, roles and trade union) and the audit trail.'],
  ['Auditors', 'Everything, without being able to change it, including the audit trail.'],
] as const;

export function PrivacyPage() {
  usePageTitle('Privacy notice');
  const { organisationName, serviceName } = useServiceInfo();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Privacy notice</h1>
        <p className="govuk-body">
          {organisationName} is the data controller for the personal data held in {serviceName}. This notice explains what
          we hold, why, and who can see it.
        </p>

        <h2 className="govuk-heading-m">What personal data we hold</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>your account: your name, username and roles, and a scrambled (hashed) form of your password that no one can read</li>
          <li>for union reps, which trade union you represent</li>
          <li>when you signed in, and your open sessions</li>
          <li>the posts you hold, and the requests you have made for a role to be evaluated</li>
          <li>the evaluation panels you sat on, and the levels and reasons the panel recorded</li>
          <li>a record of every change you make to job descriptions, evaluations, schemes, pay bands, pay scales and user accounts (the audit trail)</li>
        </ul>

        <h2 className="govuk-heading-m">Special category data</h2>
        <p className="govuk-body">Some of what the service holds, or will hold, is special category personal data:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>trade union membership, for union reps and for members who let their union see their records</li>
          <li>
            equality-monitoring data about staff: sex, ethnicity, disability and age band, used to check that pay and
            grading are fair
          </li>
        </ul>
        <p className="govuk-body">
          Equality-monitoring data is only ever shown as totals for groups of people. A group of fewer than 5 people is never
          shown, so no one can be picked out. Only you and HR admins can see the equality-monitoring data about you.
        </p>

        <h2 className="govuk-heading-m">Who can see it</h2>
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">What each role can see</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Role</th>
              <th scope="col" className="govuk-table__header">Can see</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {WHO_SEES.map(([role, sees]) => (
              <tr className="govuk-table__row" key={role}>
                <th scope="row" className="govuk-table__header">{role}</th>
                <td className="govuk-table__cell">{sees}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="govuk-body">The names of people who ask for an evaluation are never shown in the evaluation queue.</p>

        <h2 className="govuk-heading-m">Why we hold it</h2>
        <p className="govuk-body">
          We use this data to evaluate jobs fairly and consistently, to set pay bands, and to show who made each decision. Our
          lawful basis is that this is necessary for our functions as a public body and for managing employment. We process
          trade union membership and equality-monitoring data because employment law requires it and to meet our equality
          duties.
        </p>

        <h2 className="govuk-heading-m">How long we keep it</h2>
        <p className="govuk-body">
          We keep your account while you work for {organisationName}. The audit trail and evaluation records are kept as
          long as the pay decisions they explain, under {organisationName}’s records retention schedule.
        </p>

        <h2 className="govuk-heading-m">Your rights</h2>
        <p className="govuk-body">
          You can ask to see the personal data we hold about you, and ask us to correct it. To do this, or to complain about
          how we use your data, contact {organisationName}’s data protection officer through <Contact />. You can also
          complain to the{' '}
          <a className="govuk-link" href="https://ico.org.uk/make-a-complaint/">
            Information Commissioner’s Office
          </a>
          .
        </p>
      </div>
    </div>
  );
}

export function CookiesPage() {
  usePageTitle('Cookies');
  const { serviceName } = useServiceInfo();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Cookies</h1>
        <p className="govuk-body">Cookies are small files saved on your phone, tablet or computer when you visit a website.</p>
        <p className="govuk-body">
          {serviceName} uses one cookie, and only because the service cannot work without it. It does not use cookies to
          measure how you use the service, for advertising, or from anyone else, so we do not ask you to accept cookies.
        </p>
        <h2 className="govuk-heading-m">Essential cookie</h2>
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">The cookie {serviceName} sets</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Name</th>
              <th scope="col" className="govuk-table__header">Purpose</th>
              <th scope="col" className="govuk-table__header">Expires</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            <tr className="govuk-table__row">
              <td className="govuk-table__cell">bandwise_session</td>
              <td className="govuk-table__cell">Keeps you signed in as you move from page to page</td>
              <td className="govuk-table__cell">
                When you sign out, after 30 minutes without using the service, or after 8 hours at most
              </td>
            </tr>
          </tbody>
        </table>
        <p className="govuk-body">
          The cookie cannot be read by the pages’ scripts and is only ever sent to {serviceName} itself.
        </p>
      </div>
    </div>
  );
}
