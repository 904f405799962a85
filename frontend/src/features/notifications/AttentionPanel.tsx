import { Link } from 'react-router-dom';
import { Tag } from '../../components/Tag';
import { type AttentionItem, AttentionItemKind } from '../../generated/api';
import { useAttention } from './queries';
import { attentionSummary } from './text';

function ItemTag({ item }: { item: AttentionItem }) {
  if (item.overdue) {
    // the sentence itself starts "Overdue:", so the tag is for the eye only
    return (
      <strong className="govuk-tag govuk-tag--red" aria-hidden="true">
        Overdue
      </strong>
    );
  }
  return item.kind === AttentionItemKind.ProtectionEnding ? <Tag text="Ending soon" colour="yellow" /> : <Tag text="Due soon" colour="yellow" />;
}

/**
 * "Needs your attention" on each role's home page: the appeal steps due within 5 working days and overdue steps
 * among the appeals the person may see, and a staff member's protection ending within 90 days. The server decides
 * what is listed and words each item for the person; overdue items come first and say so in words and a tag.
 */
export function AttentionPanel() {
  const attention = useAttention();
  const data = attention.data;
  const summary = data ? attentionSummary(data.overdue, data.dueSoon) : null;
  return (
    <section className="govuk-!-margin-bottom-6" aria-labelledby="attention-panel-title" data-testid="attention-panel">
      <h2 className="govuk-heading-m" id="attention-panel-title">
        Needs your attention
      </h2>
      {!data ? (
        attention.error ? (
          // the page it sits on stays usable: a short sentence, not an error page
          <p className="govuk-body" data-testid="attention-failed">
            What needs your attention cannot be shown at the moment. Try again later.
          </p>
        ) : (
          <p className="govuk-body" role="status">
            Loading…
          </p>
        )
      ) : data.items.length === 0 ? (
        <p className="govuk-body" data-testid="attention-none">
          Nothing needs your attention: no appeal step you can see is overdue or due within 5 working days.
        </p>
      ) : (
        <>
          <p className="govuk-body" data-testid="attention-summary">
            {summary}
          </p>
          <ul className="govuk-list app-attention-list" aria-labelledby="attention-panel-title">
            {data.items.map((item, index) => (
              <li key={`${item.appealId ?? item.kind}-${item.step ?? ''}-${index}`} className="app-attention-list__item" data-testid="attention-item">
                <ItemTag item={item} />{' '}
                {item.appealId ? (
                  <Link className="govuk-link" to={`/appeals/${item.appealId}`}>
                    {item.text}
                  </Link>
                ) : (
                  item.text
                )}
              </li>
            ))}
          </ul>
          {data.overdue + data.dueSoon > data.items.length && (
            <p className="govuk-body">
              Only the first {data.items.length} are shown.{' '}
              <Link className="govuk-link" to="/appeals?due=OVERDUE">
                See every appeal with an overdue step
              </Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}
