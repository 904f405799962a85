/** Fixtures as the server sends them (JSON), shared by the vacancy page tests. */

export const TM_SUMMARY = {
  id: 'v-tm',
  title: 'Treatment Manager',
  band: '4',
  unit: { id: 'u-1', name: 'North West: Interventions' },
  directorate: 'Interventions',
  status: 'RING_FENCE',
  stage: 'RING_FENCE',
  posts: 2,
  filledPosts: 0,
  closingDate: '2026-10-30',
  openedOn: '2026-08-03',
  ringFenced: true,
};

export const TM = {
  id: 'v-tm',
  title: 'Treatment Manager',
  jobDescription: { id: 'jd-tm', reference: 'INT-TM-001', title: 'Treatment Manager' },
  band: { id: 'b4', code: '4', name: 'Band 4' },
  unit: { id: 'u-1', name: 'North West: Interventions' },
  directorate: 'Interventions',
  payZone: 'NATIONAL',
  weeklyHours: 37,
  posts: 2,
  filledPosts: 0,
  closingDate: '2026-10-30',
  status: 'RING_FENCE',
  stage: 'RING_FENCE',
  statusText: 'This vacancy is ring-fenced for staff at risk.',
  openedOn: '2026-08-03',
  ringFence: {
    from: '2026-08-01',
    until: '2027-01-31',
    poolDescription: 'staff at risk from the Intervention Facilitator re-banding',
    text: 'Ring-fenced for staff at risk until 31 January 2027; open to internal applicants after that.',
  },
  essentialCriteria: ['Accredited programme facilitation', 'Treatment management training'],
  desirableCriteria: ['PQiP'],
  allowedSteps: ['OPEN_INTERNAL', 'MAKE_OFFER', 'WITHDRAW'],
  undecidedPoolCount: 1,
  interestCount: 1,
  createdAt: '2026-07-20T09:00:00Z',
  timeline: [
    { at: '2026-07-20T09:00:00Z', actor: 'admin', text: 'Created as a draft.' },
    { at: '2026-08-03T09:00:00Z', actor: 'admin', title: 'Opened to the ring-fenced pool', text: 'Treatment Manager opened to the ring-fenced pool.' },
  ],
};

export const AT_RISK_REASON = { rule: 'AT_RISK', met: true, text: 'You are at risk until 31 July 2028.' };
export const BAND_REASON = { rule: 'BAND', met: true, text: 'Your protected band, Band 4, is the same as this vacancy’s band.' };
export const CRITERION_REASON = {
  rule: 'ESSENTIAL_CRITERION',
  met: true,
  criterion: 'Treatment management training',
  text: 'You do not have Treatment management training yet: training takes about 8 weeks.',
};
export const STAGE_REASON = { rule: 'STAGE', met: true, text: 'Ring-fenced for staff at risk until 31 January 2027, and you are in the pool.' };

export const POOL = {
  items: [
    {
      staffNumber: 'S000210',
      name: 'Priya Shah',
      band: '3',
      protectedBand: '4',
      atRiskUntil: '2028-07-31',
      priority: true,
      eligible: true,
      interested: false,
      reasons: [AT_RISK_REASON, BAND_REASON, { rule: 'PRIORITY', met: true, text: 'You have statutory priority (maternity leave).' }, STAGE_REASON],
    },
    {
      staffNumber: 'S000102',
      name: 'Alex Morgan',
      band: '3',
      protectedBand: '4',
      atRiskUntil: '2028-07-31',
      priority: false,
      eligible: true,
      interested: true,
      reasons: [AT_RISK_REASON, BAND_REASON, CRITERION_REASON, STAGE_REASON],
      decision: { suitability: 'SUITABLE', reason: 'Meets every essential criterion after the 8-week course.', decidedBy: 'admin', decidedAt: '2026-08-10T10:00:00Z' },
    },
  ],
  page: 1,
  size: 50,
  totalItems: 2,
  undecidedCount: 1,
};

export const INTEREST = {
  items: [{ vacancyId: 'v-tm', staffNumber: 'S000102', name: 'Alex Morgan', stage: 'RING_FENCE', expressedAt: '2026-08-05T08:30:00Z' }],
  page: 1,
  size: 50,
  totalItems: 1,
};

export const NO_OFFERS = { items: [], page: 1, size: 50, totalItems: 0 };

export const MY_TM = {
  id: 'v-tm',
  title: 'Treatment Manager',
  band: '4',
  unit: 'North West: Interventions',
  status: 'RING_FENCE',
  closingDate: '2026-10-30',
  eligible: true,
  stage: 'RING_FENCE',
  inPool: true,
  priority: false,
  interested: false,
  reasons: [AT_RISK_REASON, BAND_REASON, CRITERION_REASON, STAGE_REASON],
};

export const MY_PO = {
  id: 'v-po',
  title: 'Probation Officer',
  band: '4',
  unit: 'Greater Manchester: Probation Delivery Unit',
  status: 'RING_FENCE',
  closingDate: '2026-11-13',
  eligible: false,
  stage: 'INTERNAL',
  inPool: false,
  priority: false,
  interested: false,
  reasons: [
    { rule: 'AT_RISK', met: false, text: 'You are not at risk, so you are not in the ring-fenced pool.' },
    { rule: 'ESSENTIAL_CRITERION', met: false, criterion: 'PQiP', text: 'You do not have PQiP, which is essential for this post.' },
    { rule: 'STAGE', met: false, text: 'Ring-fenced for staff at risk until 31 January 2027; open to internal applicants after that.' },
  ],
};

export const OPEN_OFFER = {
  id: 'o-1',
  vacancyId: 'v-vlo',
  title: 'Victim Liaison Officer',
  band: '4',
  unit: 'North West: Probation Delivery Unit',
  staffNumber: 'S000102',
  name: 'Alex Morgan',
  status: 'OPEN',
  stage: 'RING_FENCE',
  suitable: true,
  madeAt: '2026-09-01T10:00:00Z',
  madeBy: 'admin',
};

export const TRIAL_OFFER = {
  ...OPEN_OFFER,
  id: 'o-2',
  vacancyId: 'v-daso',
  title: 'Domestic Abuse Safety Officer',
  status: 'IN_TRIAL',
  answeredAt: '2026-08-01T10:00:00Z',
  trial: { startOn: '2026-08-03', endOn: '2026-08-31', endsOn: '2026-08-31', extended: false, text: 'Trial from 3 August 2026 to 31 August 2026.' },
};
