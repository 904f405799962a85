import {
  AppealsApi,
  AuditApi,
  CalendarApi,
  AuthApi,
  Configuration,
  EvaluationsApi,
  JobDescriptionsApi,
  NotificationsApi,
  PayBandsApi,
  PayScalesApi,
  PayStructuresApi,
  ReportsApi,
  PeopleApi,
  ProtectionsApi,
  RebandingsApi,
  SchemesApi,
  ServiceApi,
  StaffImportsApi,
  UsersApi,
  VacanciesApi,
  type Middleware,
} from '../generated/api';
import { idempotencyKeys } from './idempotency';

/** Called when the server answers 401 to anything but the sign-in request itself. */
export type UnauthorizedHandler = () => void;

let onUnauthorized: UnauthorizedHandler = () => {
  const returnTo = window.location.pathname + window.location.search;
  window.location.assign(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
};

/** Lets the router replace the default full-page redirect with an in-app navigation. */
export function setUnauthorizedHandler(handler: UnauthorizedHandler): void {
  onUnauthorized = handler;
}

export function isSignInRequest(url: string): boolean {
  return /\/auth\/login(\?|$)/.test(url);
}

/**
 * Requests whose 401 is an answer, not a lost session: signing in, asking who is signed in (public pages ask too;
 * the route guard sends people to sign in when a page needs it), and the public service names.
 */
export function expectsAnonymous(url: string): boolean {
  return isSignInRequest(url) || /\/(auth\/me|service-info)(\?|$)/.test(url);
}

const requestedWith: Middleware = {
  async pre(context) {
    const headers = new Headers(context.init.headers);
    headers.set('X-Requested-With', 'bandwise');
    return { url: context.url, init: { ...context.init, headers } };
  },
};

const unauthorized: Middleware = {
  async post(context) {
    const onSignInPage = window.location.pathname === '/sign-in';
    if (context.response.status === 401 && !expectsAnonymous(context.url) && !onSignInPage) {
      onUnauthorized();
    }
    return context.response;
  },
};

const configuration = new Configuration({
  basePath: '/api/v1',
  credentials: 'same-origin',
  middleware: [requestedWith, idempotencyKeys, unauthorized],
});

export const authApi = new AuthApi(configuration);
export const usersApi = new UsersApi(configuration);
export const payStructuresApi = new PayStructuresApi(configuration);
export const payBandsApi = new PayBandsApi(configuration);
export const payScalesApi = new PayScalesApi(configuration);
export const auditApi = new AuditApi(configuration);
export const schemesApi = new SchemesApi(configuration);
export const jobDescriptionsApi = new JobDescriptionsApi(configuration);
export const evaluationsApi = new EvaluationsApi(configuration);
export const serviceApi = new ServiceApi(configuration);
export const reportsApi = new ReportsApi(configuration);
export const appealsApi = new AppealsApi(configuration);
export const calendarApi = new CalendarApi(configuration);
export const peopleApi = new PeopleApi(configuration);
export const staffImportsApi = new StaffImportsApi(configuration);
export const rebandingsApi = new RebandingsApi(configuration);
export const protectionsApi = new ProtectionsApi(configuration);
export const notificationsApi = new NotificationsApi(configuration);
export const vacanciesApi = new VacanciesApi(configuration);
