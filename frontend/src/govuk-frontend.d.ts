/** GOV.UK Frontend ships no TypeScript types: the part of its API the app uses. */
declare module 'govuk-frontend' {
  export interface InitAllOptions {
    scope?: Element | Document | null;
    onError?: (error: unknown) => void;
  }
  export function initAll(options?: InitAllOptions): void;
}
