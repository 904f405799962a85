import { type FormEvent, useState } from 'react';
import { Checkboxes, SingleCheckbox } from '../../components/Checkboxes';
import { Select } from '../../components/Select';
import { EvaluationStatus, Priority, RequesterType } from '../../generated/api';
import { PRIORITY_LABELS, REQUESTER_LABELS, STATUS_LABELS } from './labels';
import { type QueueFilter, QUEUE_SORTS, type QueueSort, SORT_LABELS } from './queueParams';

interface QueueFilterFormProps {
  filter: QueueFilter;
  directorates: string[];
  onApply: (filter: QueueFilter) => void;
}

/** The queue's filter and sort order; applying it rewrites the URL, so every view of the queue can be shared. */
export function QueueFilterForm({ filter, directorates, onApply }: QueueFilterFormProps) {
  const [values, setValues] = useState(filter);
  const set = <K extends keyof QueueFilter>(key: K) => (value: QueueFilter[K]) => setValues((current) => ({ ...current, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ ...values, page: 1 });
  };
  const directoryOptions = directorates.includes(values.directorate) || values.directorate === '' ? directorates : [values.directorate, ...directorates];

  return (
    <form noValidate onSubmit={submit} className="app-filter" aria-label="Filter the queue">
      <h2 className="govuk-heading-m">Filter and sort</h2>
      <Checkboxes
        id="status"
        legend="Status"
        hint="None selected shows the open requests"
        values={values.statuses}
        onChange={(statuses) => set('statuses')(statuses as EvaluationStatus[])}
        items={Object.values(EvaluationStatus).map((status) => ({ value: status, text: STATUS_LABELS[status] }))}
      />
      <div className="app-filter__row">
        <Select
          id="priority"
          label="Priority"
          value={values.priority}
          onChange={(priority) => set('priority')(priority as Priority | '')}
          options={[{ value: '', text: 'Any priority' }, ...Object.values(Priority).map((priority) => ({ value: priority, text: PRIORITY_LABELS[priority] }))]}
        />
        <Select
          id="directorate"
          label="Directorate"
          value={values.directorate}
          onChange={set('directorate')}
          options={[{ value: '', text: 'All directorates' }, ...directoryOptions.map((directorate) => ({ value: directorate, text: directorate }))]}
        />
        <Select
          id="requester"
          label="Requested by"
          value={values.requesterType}
          onChange={(requesterType) => set('requesterType')(requesterType as RequesterType | '')}
          options={[
            { value: '', text: 'Anyone' },
            ...Object.values(RequesterType).map((requesterType) => ({ value: requesterType, text: REQUESTER_LABELS[requesterType] })),
          ]}
        />
        <Select
          id="sort"
          label="Sort by"
          value={values.sort}
          onChange={(sort) => set('sort')(sort as QueueSort)}
          options={QUEUE_SORTS.map((sort) => ({ value: sort, text: SORT_LABELS[sort] }))}
        />
      </div>
      <SingleCheckbox id="mine" legend="Panels" label="Only panels I sit on" checked={values.onMyPanel} onChange={set('onMyPanel')} />
      <SingleCheckbox
        id="awaitingSignOff"
        legend="Sign-off"
        label="Only panels waiting for sign-off"
        hint="Every level is agreed; a management-side member, a staff-side member or the chair has still to sign off"
        checked={values.awaitingSignOff}
        onChange={set('awaitingSignOff')}
      />
      <SingleCheckbox id="requestedByMe" legend="Requests" label="Only requests I made" checked={values.requestedByMe} onChange={set('requestedByMe')} />
      <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
        Apply
      </button>
    </form>
  );
}
