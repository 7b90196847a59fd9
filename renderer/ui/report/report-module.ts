// The report's heavy part, loaded only when the user exports (ReportActions imports it on click).
export { assessmentMarkdown } from './report-markdown'
export { offerMarkdown } from './offer-report-markdown'
export { buildReportModel } from './report-model'
export { ReportDocument } from './ReportDocument'
export { OfferDocument, offerDocumentModel } from './OfferDocument'
