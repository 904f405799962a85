import { Link } from 'react-router-dom';
import { YesNoTag } from '../../components/Tag';
import type { Scheme } from '../../generated/api';
import { IllustrativeTag, SchemeStatusTag } from './SchemeTags';
import { SummaryRow } from './SummaryRow';

export function SchemeSummaryList({ scheme }: { scheme: Scheme }) {
  return (
    <dl className="govuk-summary-list">
      <SummaryRow keyText="Code">{scheme.code}</SummaryRow>
      <SummaryRow keyText="Version">{scheme.version}</SummaryRow>
      <SummaryRow keyText="Status">
        <SchemeStatusTag status={scheme.status} />
        {scheme.illustrative && (
          <>
            {' '}
            <IllustrativeTag />
          </>
        )}
      </SummaryRow>
      <SummaryRow keyText="Pay structure">{scheme.structureName}</SummaryRow>
      <SummaryRow keyText="Near a boundary">Within {scheme.nearBoundaryPoints} points of the first score of a band</SummaryRow>
      <SummaryRow keyText="Used by an evaluation">
        <YesNoTag value={scheme.inUse} />
      </SummaryRow>
      {scheme.basedOnId && (
        <SummaryRow keyText="Based on">
          <Link className="govuk-link" to={`/schemes/${scheme.basedOnId}`}>
            The version this draft was copied from
          </Link>
        </SummaryRow>
      )}
      <SummaryRow keyText="Description">{scheme.description || 'None'}</SummaryRow>
    </dl>
  );
}
