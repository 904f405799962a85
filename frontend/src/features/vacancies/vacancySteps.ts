import type { PersonVacancyStep } from '../../generated/api';
import type { TimelineEvent } from '../people/PayTimeline';

/** A person's vacancy steps as timeline entries: the step's title, and the sentence saying who, which vacancy and why. */
export function vacancyStepEvents(steps: readonly PersonVacancyStep[]): TimelineEvent[] {
  return steps.map((step, index) => ({
    key: `vacancy-step-${index}`,
    date: step.at,
    title: `${step.title}: ${step.vacancyTitle}`,
    lines: [step.text],
  }));
}
