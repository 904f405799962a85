import { Link } from 'react-router-dom';

interface PaginationProps {
  page: number;
  size: number;
  totalItems: number;
  /** The link for another page number (keeps the other filters). */
  hrefFor: (page: number) => string;
}

function pageCount(size: number, totalItems: number): number {
  return Math.max(1, Math.ceil(totalItems / size));
}

/** GOV.UK pagination (previous, numbered pages, next); nothing when everything fits on one page. */
export function Pagination({ page, size, totalItems, hrefFor }: PaginationProps) {
  const pages = pageCount(size, totalItems);
  if (pages <= 1) {
    return null;
  }
  const numbers = Array.from({ length: pages }, (_, index) => index + 1).filter(
    (number) => number === 1 || number === pages || Math.abs(number - page) <= 1,
  );
  return (
    <nav className="govuk-pagination" aria-label="Pagination">
      {page > 1 && (
        <div className="govuk-pagination__prev">
          <Link className="govuk-link govuk-pagination__link" to={hrefFor(page - 1)} rel="prev">
            <span className="govuk-pagination__link-title">
              Previous<span className="govuk-visually-hidden"> page</span>
            </span>
          </Link>
        </div>
      )}
      <ul className="govuk-pagination__list">
        {numbers.map((number, index) => (
          <PaginationItem key={number} number={number} current={number === page} gapBefore={index > 0 && number - numbers[index - 1] > 1} hrefFor={hrefFor} />
        ))}
      </ul>
      {page < pages && (
        <div className="govuk-pagination__next">
          <Link className="govuk-link govuk-pagination__link" to={hrefFor(page + 1)} rel="next">
            <span className="govuk-pagination__link-title">
              Next<span className="govuk-visually-hidden"> page</span>
            </span>
          </Link>
        </div>
      )}
    </nav>
  );
}

interface PaginationItemProps {
  number: number;
  current: boolean;
  gapBefore: boolean;
  hrefFor: (page: number) => string;
}

function PaginationItem({ number, current, gapBefore, hrefFor }: PaginationItemProps) {
  return (
    <>
      {gapBefore && <li className="govuk-pagination__item govuk-pagination__item--ellipses">&ctdot;</li>}
      <li className={`govuk-pagination__item${current ? ' govuk-pagination__item--current' : ''}`}>
        <Link
          className="govuk-link govuk-pagination__link"
          to={hrefFor(number)}
          aria-label={`Page ${number}`}
          aria-current={current ? 'page' : undefined}
        >
          {number}
        </Link>
      </li>
    </>
  );
}
