import { TextInput } from '../../components/TextInput';
import type { FormErrors } from '../../forms/formErrors';
import { type BandRangeRow, bandRangeFieldId } from './schemeForm';

interface BandRangesFieldsetProps {
  ranges: BandRangeRow[];
  errors: FormErrors;
  onChange: (ranges: BandRangeRow[]) => void;
}

/** The lowest and highest total of each band; ranges must follow on from each other without overlapping. */
export function BandRangesFieldset({ ranges, errors, onChange }: BandRangesFieldsetProps) {
  const update = (index: number, change: Partial<BandRangeRow>) =>
    onChange(ranges.map((range, r) => (r === index ? { ...range, ...change } : range)));
  return (
    <div className="govuk-form-group">
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
          <h2 className="govuk-fieldset__heading">Band ranges</h2>
        </legend>
        <div className="govuk-hint">Both scores count as in the band. Each band starts one point after the band before ends.</div>
        {ranges.map((range, r) => (
          <fieldset className="govuk-fieldset app-point" key={range.bandId} data-band-range={r}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{range.bandName}</legend>
            <div className="app-point__fields">
              <TextInput
                id={bandRangeFieldId(r, 'minScore')}
                groupClass="app-point__field"
                label="Minimum score"
                inputMode="numeric"
                widthClass="govuk-input--width-5"
                value={range.minScore}
                onChange={(minScore) => update(r, { minScore })}
                error={errors.byInputId[bandRangeFieldId(r, 'minScore')]}
              />
              <TextInput
                id={bandRangeFieldId(r, 'maxScore')}
                groupClass="app-point__field"
                label="Maximum score"
                inputMode="numeric"
                widthClass="govuk-input--width-5"
                value={range.maxScore}
                onChange={(maxScore) => update(r, { maxScore })}
                error={errors.byInputId[bandRangeFieldId(r, 'maxScore')]}
              />
            </div>
          </fieldset>
        ))}
      </fieldset>
    </div>
  );
}
