import { clientErrors, type FieldIdResolver, type FormErrors } from '../../forms/formErrors';
import type { Factor } from '../../generated/api';

/** The id of the level select for a factor. */
export const levelSelectId = (factorCode: string) => `level-${factorCode}`;

/**
 * Server field paths → the level selects: `levels.COMMUNICATION` (or `levels[COMMUNICATION]`) is that factor's
 * select; `levels` alone is the first one. Unknown factors stay in the error summary only.
 */
export function scoreFieldResolver(factorCodes: readonly string[]): FieldIdResolver {
  return (path) => {
    if (path === 'levels') {
      return factorCodes.length > 0 ? levelSelectId(factorCodes[0]) : undefined;
    }
    const match = /^levels(?:\.([^.[\]]+)|\[([^\]]+)\])$/.exec(path);
    const code = match?.[1] ?? match?.[2];
    return code !== undefined && factorCodes.includes(code) ? levelSelectId(code) : undefined;
  };
}

/** Chosen levels as the select values hold them: factor code → level number as text, '' when not chosen. */
export type ChosenLevels = Record<string, string>;

export type ScoreCheck = { ok: true; levels: Record<string, number> } | { ok: false; errors: FormErrors };

/** Every factor needs a level before the server is asked. */
export function checkChosenLevels(factors: readonly Factor[], chosen: ChosenLevels): ScoreCheck {
  const missing = factors.filter((factor) => !chosen[factor.code]);
  if (missing.length > 0) {
    return {
      ok: false,
      errors: clientErrors(missing.map((factor) => [levelSelectId(factor.code), `Select a level for ${factor.name}`])),
    };
  }
  return { ok: true, levels: Object.fromEntries(factors.map((factor) => [factor.code, Number(chosen[factor.code])])) };
}

export function levelOptionText(level: number, points: number): string {
  return `Level ${level} (${points} ${points === 1 ? 'point' : 'points'})`;
}
