function printPage() {
  window.print();
}

/** Opens the browser's print dialogue; hidden on the printed page itself. */
export function PrintButton() {
  return (
    <button type="button" className="govuk-button govuk-button--secondary app-print-hidden" data-module="govuk-button" onClick={printPage}>
      Print this page
    </button>
  );
}
