import { ALL_ROLES, ROLE_LABELS } from '../../auth/roles';
import { Checkboxes } from '../../components/Checkboxes';
import { Select } from '../../components/Select';
import type { FormErrors } from '../../forms/formErrors';
import type { Role } from '../../generated/api';
import { UNION_OPTIONS } from './unions';

interface RolesAndUnionProps {
  roles: Role[];
  union: string;
  errors: FormErrors;
  onRolesChange: (roles: Role[]) => void;
  onUnionChange: (union: string) => void;
}

/** Roles checkboxes, and the union select that only union reps need. */
export function RolesAndUnion({ roles, union, errors, onRolesChange, onUnionChange }: RolesAndUnionProps) {
  return (
    <>
      <Checkboxes
        id="roles"
        legend="Roles"
        hint="Select all that apply"
        values={roles}
        items={ALL_ROLES.map((role) => ({ value: role, text: ROLE_LABELS[role] }))}
        onChange={(values) => onRolesChange(values as Role[])}
        error={errors.byInputId.roles}
      />
      {roles.includes('UNION_REP') && (
        <Select id="union" label="Union" hint="The union this rep acts for" value={union} onChange={onUnionChange} options={UNION_OPTIONS} error={errors.byInputId.union} />
      )}
    </>
  );
}
