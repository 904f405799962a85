/** The ids an input's aria-describedby lists: its hint and its error, when present. */
export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function formGroupClass(error?: string, extra = ''): string {
  return ['govuk-form-group', error ? 'govuk-form-group--error' : '', extra].filter(Boolean).join(' ');
}
