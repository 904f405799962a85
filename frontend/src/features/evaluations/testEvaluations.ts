/** JSON as the API sends it, for page tests. */
export const INTERVENTION_FACILITATOR = {
  id: 'e1',
  jdId: 'jd1',
  jdVersionId: 'v1',
  jdVersionNumber: 1,
  reference: 'INT-IF-001',
  title: 'Intervention Facilitator',
  roleFamily: 'Intervention Facilitator',
  directorate: 'Interventions',
  requesterType: 'HR',
  requestedBy: 'Sam Okafor',
  requestedOn: '2026-06-02',
  reason: 'New JD replacing the facilitator JDs',
  status: 'IN_PANEL',
  priority: 'P1',
  decidedOn: '2026-06-04',
  daysWaiting: 12,
  targetDate: '2026-09-01',
  overdue: false,
  scheme: { id: 'scheme-1', code: 'TINY', name: 'Tiny scheme', version: 1, illustrative: true },
  panel: [
    { userId: 'u-eval', displayName: 'Sam Okafor', side: 'MANAGEMENT', chair: true },
    { userId: 'u-eval2', displayName: 'Priya Shah', side: 'MANAGEMENT', chair: false },
    { userId: 'u-rep', displayName: 'Rhiannon Evans', side: 'STAFF', chair: false, union: 'NAPO' },
  ],
  onMyPanel: false,
  nextStep: 'The panel is agreeing a level for each factor of the job description. The outcome is due by 1 September 2026.',
  panelWorkShown: true,
  requestedByMe: false,
  agreedLevels: [] as unknown[],
  factorCount: 3,
  checkRequired: false,
  signOffs: [] as unknown[],
  signOffComplete: false,
  awaitingSignOff: false,
  canPublish: false,
  blockers: [
    { code: 'LEVELS_MISSING', message: '3 factors have no agreed level yet.', whatToDo: 'The panel agrees a level, with its rationale, for each remaining factor.' },
    { code: 'SIGN_OFF', message: 'The agreed levels have not been signed off by the chair, a management-side member and a staff-side member.', whatToDo: 'Once every level is agreed, each of them signs off the agreed levels on the evaluation page.' },
  ] as unknown[],
  createdAt: '2026-06-02T09:00:00Z',
  updatedAt: '2026-06-04T09:00:00Z',
};

export const TINY_SCHEME_JSON = {
  id: 'scheme-1',
  code: 'TINY',
  name: 'Tiny scheme',
  version: 1,
  status: 'ACTIVE',
  illustrative: true,
  structureId: 'structure-1',
  structureName: 'Probation pay bands',
  nearBoundaryPoints: 10,
  inUse: true,
  factors: [
    {
      code: 'KNOWLEDGE',
      name: 'Knowledge',
      position: 1,
      levels: [
        { level: 1, points: 100 },
        { level: 2, points: 200 },
        { level: 3, points: 300 },
      ],
    },
    { code: 'EFFORT', name: 'Effort', position: 2, levels: [{ level: 1, points: 50 }, { level: 2, points: 100 }] },
    { code: 'WORKING_CONDITIONS', name: 'Working conditions', position: 3, levels: [{ level: 1, points: 10 }, { level: 2, points: 20 }] },
  ],
  bandRanges: [
    { bandId: 'b3', band: '3', bandName: 'Band 3', minScore: 100, maxScore: 279 },
    { bandId: 'b4', band: '4', bandName: 'Band 4', minScore: 280, maxScore: 500 },
  ],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

export function agreedLevelJson(factorCode: string, factorName: string, level: number, points: number) {
  return { factorCode, factorName, level, points, rationale: `Because ${factorName}`, recordedBy: 'Sam Okafor', recordedAt: '2026-07-01T10:00:00Z' };
}

export const JD_VERSION_JSON = {
  id: 'v1',
  jdId: 'jd1',
  reference: 'INT-IF-001',
  number: 1,
  status: 'UNDER_EVALUATION',
  content: {
    title: 'Intervention Facilitator',
    roleFamily: 'Intervention Facilitator',
    directorate: 'Interventions',
    purpose: 'To deliver accredited programmes to groups of people on probation.',
    mainDuties: ['Facilitate group sessions.', 'Write post-programme reports.'],
    criteria: [{ kind: 'ESSENTIAL', type: 'TRAINING', text: 'Core Skills training' }],
  },
  createdAt: '2026-06-01T09:00:00Z',
  updatedAt: '2026-06-01T09:00:00Z',
};
