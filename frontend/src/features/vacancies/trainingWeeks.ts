/** The longest typical training the catalogue takes, in weeks (ten years), as the contract allows. */
export const MAX_TRAINING_WEEKS = 520;

export type WeeksCheck = { ok: true; weeks?: number } | { ok: false; message: string };

/** A typed training time: blank (cannot be trained for) or a whole number of weeks from 1 to 520. */
export function checkTrainingWeeks(value: string, criterion: string): WeeksCheck {
  const text = value.trim();
  if (text === '') {
    return { ok: true };
  }
  if (!/^\d+$/.test(text)) {
    return { ok: false, message: `Typical training for ${criterion} must be a whole number of weeks, like 6` };
  }
  const weeks = Number(text);
  if (weeks < 1 || weeks > MAX_TRAINING_WEEKS) {
    return { ok: false, message: `Typical training for ${criterion} must be between 1 and ${MAX_TRAINING_WEEKS} weeks` };
  }
  return { ok: true, weeks };
}

/** "About 6 weeks", "About 1 week", or that it cannot be gained by training. */
export function trainingText(weeks: number | undefined): string {
  if (weeks === undefined) {
    return 'Cannot be gained by training';
  }
  return weeks === 1 ? 'About 1 week' : `About ${weeks.toLocaleString('en-GB')} weeks`;
}
