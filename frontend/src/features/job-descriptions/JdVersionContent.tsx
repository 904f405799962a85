import type { Criterion, CriterionKind, JdContent } from '../../generated/api';
import { criteriaOfKind, paragraphs } from './jdContentView';
import { CRITERION_KIND_LABELS, CRITERION_TYPE_LABELS } from './jdLabels';
import { ScrollRegion } from '../../components/ScrollRegion';

function CriteriaTable({ kind, criteria }: { kind: CriterionKind; criteria: Criterion[] }) {
  const caption = `${CRITERION_KIND_LABELS[kind]} criteria`;
  if (criteria.length === 0) {
    return (
      <>
        <h3 className="govuk-heading-s">{caption}</h3>
        <p className="govuk-body">None.</p>
      </>
    );
  }
  return (
    <ScrollRegion label={caption}>
      <table className="govuk-table" data-criteria={kind}>
        <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header govuk-!-width-one-quarter">Type</th>
            <th scope="col" className="govuk-table__header">Criterion</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {criteria.map((criterion, index) => (
            <tr className="govuk-table__row" key={`${index}-${criterion.text}`}>
              <td className="govuk-table__cell">{CRITERION_TYPE_LABELS[criterion.type]}</td>
              <td className="govuk-table__cell">{criterion.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** The full content of a JD version, as a reader sees it. */
export function JdVersionContent({ content }: { content: JdContent }) {
  const programmes = [...(content.programmes ?? [])];
  return (
    <>
      <h2 className="govuk-heading-m">Purpose of the job</h2>
      {paragraphs(content.purpose).map((paragraph, index) => (
        <p className="govuk-body" key={index}>
          {paragraph}
        </p>
      ))}
      <h2 className="govuk-heading-m">Main duties</h2>
      <ol className="govuk-list govuk-list--number">
        {content.mainDuties.map((duty, index) => (
          <li key={index}>{duty}</li>
        ))}
      </ol>
      <h2 className="govuk-heading-m">Programmes delivered</h2>
      {programmes.length === 0 ? (
        <p className="govuk-body">None.</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet">
          {programmes.map((programme) => (
            <li key={programme}>{programme}</li>
          ))}
        </ul>
      )}
      <h2 className="govuk-heading-m">Person specification</h2>
      <CriteriaTable kind="ESSENTIAL" criteria={criteriaOfKind(content.criteria, 'ESSENTIAL')} />
      <CriteriaTable kind="DESIRABLE" criteria={criteriaOfKind(content.criteria, 'DESIRABLE')} />
    </>
  );
}
