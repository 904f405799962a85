import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { BackLink } from '../../components/BackLink';
import { DateInput } from '../../components/DateInput';
import { ErrorSummary } from '../../components/ErrorSummary';
import { flash } from '../../components/flash';
import { QueryState } from '../../components/QueryState';
import { Select } from '../../components/Select';
import { TextInput } from '../../components/TextInput';
import { isoToDate, type DateParts } from '../../format/dates';
import { checkDate } from '../../forms/dateCheck';
import { clientErrors, hasErrors, namedFieldsResolver } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { usePageTitle } from '../../layout/usePageTitle';
import { DEFAULT_ZONE } from '../pay-bands/filterParams';
import { usePayZones } from '../pay-bands/queries';
import { useUnits } from '../people/queries';
import { useCreateVacancy } from './mutations';
import { useVacancyJds } from './queries';
import { useBandOptions } from './useBandOptions';

const FIELDS = ['jobDescriptionId', 'title', 'postNumber', 'bandCode', 'unitId', 'payZone', 'weeklyHours', 'posts', 'closingDate'] as const;
const resolver = namedFieldsResolver(FIELDS);

/** HR admins open a draft vacancy on a job description: band, unit, pay zone, hours, posts and closing date. */
export function NewVacancyPage() {
  const jds = useVacancyJds();
  const units = useUnits();
  const zones = usePayZones();
  const bands = useBandOptions();
  const create = useCreateVacancy();
  const form = useFormSubmit(resolver);
  const navigate = useNavigate();
  const [values, setValues] = useState({ jobDescriptionId: '', title: '', postNumber: '', bandCode: '', unitId: '', payZone: DEFAULT_ZONE, weeklyHours: '37', posts: '1' });
  const [closing, setClosing] = useState<DateParts>({ day: '', month: '', year: '' });
  usePageTitle('Open a vacancy', hasErrors(form.errors));
  const set = (key: keyof typeof values) => (value: string) => setValues((current) => ({ ...current, [key]: value }));

  if (!jds.data) {
    return <QueryState isPending={jds.isPending} error={jds.error} />;
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Array<[string, string, string?]> = [];
    if (!values.jobDescriptionId) problems.push(['jobDescriptionId', 'Select the job description']);
    if (!values.bandCode) problems.push(['bandCode', 'Select the band']);
    if (!values.unitId) problems.push(['unitId', 'Select the unit']);
    const hours = Number(values.weeklyHours.trim());
    if (values.weeklyHours.trim() === '' || !Number.isFinite(hours) || hours <= 0 || hours > 48) {
      problems.push(['weeklyHours', 'Enter the weekly hours as a number between 0 and 48, like 37 or 22.5']);
    }
    const posts = Number(values.posts.trim());
    if (!Number.isInteger(posts) || posts < 1 || posts > 500) problems.push(['posts', 'Enter the number of posts as a whole number between 1 and 500']);
    const checked = checkDate(closing, 'the closing date', 'closingDate');
    if (!checked.ok) problems.push(['closingDate', checked.message, checked.inputId]);
    if (problems.length > 0) {
      form.setErrors(clientErrors(problems));
      return;
    }
    void form.run(async () => {
      const created = await create.mutateAsync({
        jobDescriptionId: values.jobDescriptionId,
        title: values.title.trim() || undefined,
        postNumber: values.postNumber.trim() || undefined,
        bandCode: values.bandCode,
        unitId: values.unitId,
        payZone: values.payZone,
        weeklyHours: hours,
        posts,
        closingDate: isoToDate(checked.ok ? checked.iso : '') as Date,
      });
      navigate(`/vacancies/${created.id}`, flash('The vacancy has been created as a draft. Nobody can see it until it opens.'));
    });
  };

  const dateError = form.errors.byInputId.closingDate ?? form.errors.byInputId['closingDate-month'] ?? form.errors.byInputId['closingDate-year'];
  return (
    <>
      <BackLink to="/vacancies" text="Back to vacancies" />
      <ErrorSummary items={form.errors.summary} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Open a vacancy</h1>
          <p className="govuk-body">
            The vacancy starts as a draft. Its essential and desirable criteria come from the job description version in force. The ring-fence rules
            that cover it apply when it opens.
          </p>
          <form noValidate onSubmit={submit} aria-label="Open a vacancy">
            <Select
              id="jobDescriptionId"
              label="Job description"
              value={values.jobDescriptionId}
              onChange={set('jobDescriptionId')}
              options={[{ value: '', text: 'Select a job description' }, ...jds.data.items.map((jd) => ({ value: jd.id, text: `${jd.title} (${jd.reference})` }))]}
              error={form.errors.byInputId.jobDescriptionId}
            />
            <TextInput id="title" label="Title (optional)" hint="Leave blank to use the job description’s title." value={values.title} onChange={set('title')} error={form.errors.byInputId.title} />
            <TextInput id="postNumber" label="Vacant post number (optional)" value={values.postNumber} onChange={set('postNumber')} widthClass="govuk-input--width-10" spellCheck={false} error={form.errors.byInputId.postNumber} />
            <Select id="bandCode" label="Band" value={values.bandCode} onChange={set('bandCode')} options={[{ value: '', text: 'Select a band' }, ...bands]} error={form.errors.byInputId.bandCode} />
            <Select
              id="unitId"
              label="Unit"
              value={values.unitId}
              onChange={set('unitId')}
              options={[{ value: '', text: 'Select a unit' }, ...(units.data?.items ?? []).map((unit) => ({ value: unit.id, text: unit.name }))]}
              error={form.errors.byInputId.unitId}
            />
            <Select
              id="payZone"
              label="Pay zone"
              value={values.payZone}
              onChange={set('payZone')}
              options={(zones.data?.items ?? [{ code: DEFAULT_ZONE, name: 'National' }]).map((zone) => ({ value: zone.code, text: zone.name }))}
              error={form.errors.byInputId.payZone}
            />
            <TextInput id="weeklyHours" label="Weekly hours" value={values.weeklyHours} onChange={set('weeklyHours')} inputMode="decimal" widthClass="govuk-input--width-4" suffix="hours" error={form.errors.byInputId.weeklyHours} />
            <TextInput id="posts" label="Number of posts" value={values.posts} onChange={set('posts')} inputMode="numeric" widthClass="govuk-input--width-4" error={form.errors.byInputId.posts} />
            <DateInput id="closingDate" legend="Closing date" hint="For example, 31 10 2026" value={closing} onChange={setClosing} error={dateError} />
            <div className="govuk-button-group">
              <button type="submit" className="govuk-button" data-module="govuk-button" disabled={form.submitting}>
                Create the draft
              </button>
              <Link className="govuk-link" to="/vacancies">
                Cancel
              </Link>
            </div>
          </form>
        </div>
      </div>
    </>
  );
}
