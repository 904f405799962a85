import type { Scheme } from '../../generated/api';

/** A three-factor scheme for tests: Band 3 is 100–279 points and Band 4 280–500, near a boundary within 10. */
export const TINY_SCHEME: Scheme = {
  id: 'scheme-1',
  code: 'TINY',
  name: 'Tiny scheme',
  version: 1,
  status: 'ACTIVE',
  illustrative: true,
  structureId: 'structure-1',
  structureName: 'Probation pay bands',
  inUse: true,
  createdAt: new Date('2026-01-01T00:00:00Z'),
  updatedAt: new Date('2026-01-01T00:00:00Z'),
  nearBoundaryPoints: 10,
  factors: [
    {
      code: 'KNOWLEDGE',
      name: 'Knowledge',
      description: 'What the job needs to know',
      position: 1,
      levels: [
        { level: 1, points: 100, descriptor: 'Follows set procedures' },
        { level: 2, points: 200, descriptor: 'Applies a body of knowledge' },
        { level: 3, points: 300, descriptor: 'Expert across a field' },
      ],
    },
    {
      code: 'EFFORT',
      name: 'Effort',
      position: 2,
      levels: [
        { level: 1, points: 50, descriptor: 'Occasional effort' },
        { level: 2, points: 100, descriptor: 'Frequent effort' },
      ],
    },
    {
      code: 'WORKING_CONDITIONS',
      name: 'Working conditions',
      description: 'Unpleasant or hazardous conditions the job meets',
      position: 3,
      levels: [
        { level: 1, points: 10, descriptor: 'Office conditions' },
        { level: 2, points: 20, descriptor: 'Regular exposure to verbal aggression' },
      ],
    },
  ],
  bandRanges: [
    { bandId: 'b4', band: '4', bandName: 'Band 4', minScore: 280, maxScore: 500 },
    { bandId: 'b3', band: '3', bandName: 'Band 3', minScore: 100, maxScore: 279 },
  ],
};
