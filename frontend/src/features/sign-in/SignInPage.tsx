import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { authApi } from '../../api/client';
import { callApi, toApiProblem } from '../../api/problem';
import { safeReturnTo } from '../../auth/returnTo';
import { useSignedIn } from '../../auth/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextInput } from '../../components/TextInput';
import { clientErrors, type FormErrors, hasErrors, NO_ERRORS } from '../../forms/formErrors';
import { usePageTitle } from '../../layout/usePageTitle';
import { signInErrors } from './signInErrors';

export function SignInPage() {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [submitting, setSubmitting] = useState(false);
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const signedIn = useSignedIn();
  usePageTitle('Sign in', hasErrors(errors));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = clientErrors([
      ...(username.trim() === '' ? [['username', 'Enter your username'] as [string, string]] : []),
      ...(password === '' ? [['password', 'Enter your password'] as [string, string]] : []),
    ]);
    if (hasErrors(missing)) {
      setErrors(missing);
      return;
    }
    setSubmitting(true);
    try {
      const profile = await callApi(() => authApi.login({ loginRequest: { username: username.trim(), password } }));
      signedIn(profile);
      navigate(safeReturnTo(searchParams.get('returnTo')), { replace: true });
    } catch (error) {
      setErrors(signInErrors(await toApiProblem(error)));
      setPassword('');
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary items={errors.summary} />
        <h1 className="govuk-heading-l">Sign in to Bandwise</h1>
        <form noValidate onSubmit={submit}>
          <TextInput
            id="username"
            label="Username"
            value={username}
            onChange={setUsername}
            error={errors.byInputId.username}
            autoComplete="username"
            spellCheck={false}
            widthClass="govuk-!-width-one-half"
          />
          <TextInput
            id="password"
            label="Password"
            type="password"
            value={password}
            onChange={setPassword}
            error={errors.byInputId.password}
            autoComplete="current-password"
            widthClass="govuk-!-width-one-half"
          />
          <button type="submit" className="govuk-button" data-module="govuk-button" disabled={submitting}>
            Sign in
          </button>
        </form>
        <p className="govuk-body">
          <Link className="govuk-link" to="/help/sign-in#forgotten-password">
            Forgotten your password?
          </Link>
        </p>
      </div>
    </div>
  );
}
