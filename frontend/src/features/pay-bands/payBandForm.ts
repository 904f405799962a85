import { clientErrors, type FormErrors } from '../../forms/formErrors';
import type { PayBand } from '../../generated/api';

export interface PayBandFormValues {
  structureId: string;
  code: string;
  name: string;
  rank: string;
  description: string;
  openToNewEntrants: '' | 'yes' | 'no';
  retired: boolean;
}

export const PAY_BAND_FIELDS = ['structureId', 'code', 'name', 'rank', 'description', 'openToNewEntrants', 'retired'] as const;

export function valuesFromBand(band: PayBand): PayBandFormValues {
  return {
    structureId: band.structureId,
    code: band.code,
    name: band.name,
    rank: String(band.rank),
    description: band.description ?? '',
    openToNewEntrants: band.openToNewEntrants ? 'yes' : 'no',
    retired: band.retired,
  };
}

export const EMPTY_BAND: PayBandFormValues = {
  structureId: '',
  code: '',
  name: '',
  rank: '',
  description: '',
  openToNewEntrants: '',
  retired: false,
};

/** Client-side checks for what must be there; the server's own rules come back as field errors. */
export function checkBandForm(values: PayBandFormValues, creating: boolean): FormErrors {
  const problems: Array<[string, string]> = [];
  if (creating && values.structureId === '') problems.push(['structureId', 'Select a pay structure']);
  if (values.code.trim() === '') problems.push(['code', 'Enter a band code']);
  if (values.name.trim() === '') problems.push(['name', 'Enter a band name']);
  if (!/^\d+$/.test(values.rank.trim())) problems.push(['rank', 'Enter the rank as a whole number, like 4']);
  if (values.openToNewEntrants === '') problems.push(['openToNewEntrants', 'Select whether the band is open to new entrants']);
  return clientErrors(problems);
}
