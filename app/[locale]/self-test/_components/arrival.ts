// The live view opens the report page by client navigation; the report's verdict heading then
// takes the focus, so a screen reader starts at the result. Module state, because it has to
// outlive the form that sets it (the form unmounts when the report page renders). A report
// opened any other way (a link, a reload, the no-JavaScript path) leaves the focus alone.
let reportRequested = false;

export function requestReportFocus(): void {
  reportRequested = true;
}

/** True once after requestReportFocus(). */
export function takeReportFocus(): boolean {
  const requested = reportRequested;
  reportRequested = false;
  return requested;
}
