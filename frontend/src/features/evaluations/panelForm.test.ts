import { describe, expect, it } from 'vitest';
import { problemFromBody } from '../../api/problem';
import { problemToFormErrors } from '../../forms/formErrors';
import type { PanelMember, Person } from '../../generated/api';
import { initialPanelValues, panelFieldResolver, toPanelInput } from './panelForm';

const people: Person[] = [
  { id: 'e1', username: 'evaluator', displayName: 'Eve Evaluator', roles: new Set(['HR_EVALUATOR']) },
  { id: 'r1', username: 'rep', displayName: 'Rita Rep', roles: new Set(['UNION_REP']), union: 'NAPO' },
  { id: 'a1', username: 'admin', displayName: 'Adam Admin', roles: new Set(['HR_ADMIN', 'HR_EVALUATOR']) },
  { id: 'a1', username: 'admin', displayName: 'Adam Admin', roles: new Set(['HR_ADMIN', 'HR_EVALUATOR']) },
];

describe('the panel form', () => {
  it('lists each person once, by name, with union reps on the staff side by default', () => {
    const values = initialPanelValues(people, [], '');
    expect(values.candidates.map((candidate) => [candidate.displayName, candidate.side, candidate.sits])).toEqual([
      ['Adam Admin', 'MANAGEMENT', false],
      ['Eve Evaluator', 'MANAGEMENT', false],
      ['Rita Rep', 'STAFF', false],
    ]);
    expect(values.chairId).toBe('');
  });

  it('starts from the current panel, keeping a member who has left the directory', () => {
    const panel: PanelMember[] = [
      { userId: 'e1', displayName: 'Eve Evaluator', side: 'MANAGEMENT', chair: true },
      { userId: 'x9', displayName: 'Xena Former', side: 'STAFF', chair: false },
    ];
    const values = initialPanelValues(people, panel, 'scheme-1');
    expect(values.schemeId).toBe('scheme-1');
    expect(values.chairId).toBe('e1');
    expect(values.candidates.filter((candidate) => candidate.sits).map((candidate) => candidate.userId)).toEqual(['e1', 'x9']);
  });

  it('sends the ticked members with their sides and one chair', () => {
    const values = initialPanelValues(people, [], 'scheme-1');
    values.candidates[0].sits = true;
    values.candidates[1].sits = true;
    values.candidates[2].sits = true;
    values.candidates[2].side = 'STAFF';
    values.chairId = 'e1';
    expect(toPanelInput(values)).toEqual({
      schemeId: 'scheme-1',
      members: [
        { userId: 'a1', side: 'MANAGEMENT', chair: false },
        { userId: 'e1', side: 'MANAGEMENT', chair: true },
        { userId: 'r1', side: 'STAFF', chair: false },
      ],
    });
  });

  it('puts the server’s messages at the right person, counting only the members sent', () => {
    const values = initialPanelValues(people, [], 'scheme-1');
    values.candidates[1].sits = true; // Eve: members[0]
    values.candidates[2].sits = true; // Rita: members[1]
    const problem = problemFromBody(400, {
      status: 400,
      title: 'The panel is not valid',
      errors: [
        { field: 'members', message: 'a panel needs at least 3 members' },
        { field: 'members[1].userId', message: 'Rita Rep holds the post under evaluation' },
        { field: 'members[0].side', message: 'choose a side' },
        { field: 'schemeId', message: 'choose an active scheme' },
      ],
    });
    const errors = problemToFormErrors(problem, panelFieldResolver(values));
    expect(errors.summary.map((item) => item.href)).toEqual(['#members', '#member-3', '#member-2-side', '#schemeId']);
  });
});
