export const CHECK_STEP = 'check';

export const evaluationPaths = {
  queue: '/evaluations',
  evaluation: (evaluationId: string) => `/evaluations/${evaluationId}`,
  panel: (evaluationId: string) => `/evaluations/${evaluationId}/panel`,
  consensus: (evaluationId: string) => `/evaluations/${evaluationId}/consensus`,
  consistency: (evaluationId: string) => `/evaluations/${evaluationId}/consistency`,
  publish: (evaluationId: string) => `/evaluations/${evaluationId}/publish`,
  confirmPublication: (evaluationId: string, effectiveFrom: string) =>
    `/evaluations/${evaluationId}/publish/confirm?effectiveFrom=${encodeURIComponent(effectiveFrom)}`,
  reject: (evaluationId: string) => `/evaluations/${evaluationId}/reject`,
  outcome: (evaluationId: string) => `/evaluations/${evaluationId}/outcome`,
  request: (versionId: string) => `/evaluations/request?versionId=${encodeURIComponent(versionId)}`,
  jobDescription: (jdId: string) => `/job-descriptions/${jdId}`,
  jdVersion: (versionId: string) => `/jd-versions/${versionId}`,
  /** Scoring from the first factor without an agreed level (or the check, when every factor has one). */
  scoreStart: (evaluationId: string) => `/evaluations/${evaluationId}/score`,
  /** One factor's step (`?factor=CODE`), or without a factor the check of every agreed level. */
  score: (evaluationId: string, factorCode?: string) =>
    factorCode
      ? `/evaluations/${evaluationId}/score?factor=${encodeURIComponent(factorCode)}`
      : `/evaluations/${evaluationId}/score?step=${CHECK_STEP}`,
};

/** The id of a factor's provisional-level select, where the server's `levels.<factor>` messages land. */
export function provisionalLevelId(factorCode: string): string {
  return `levels-${factorCode}`;
}
