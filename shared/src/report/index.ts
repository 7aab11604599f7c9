/** The "存在的问题及原因" report: filters, composer, plain text and the line layout of its .docx. */
import type { ProblemsAndCausesDocument } from './problems-and-causes.js';

export * from './chinese.js';
export { findingOf, causeHeadingOf } from './phrases.js';
export * from './report-schemas.js';
export * from './problems-and-causes.js';
export * from './layout.js';

/** An item of the coverage (closed ones by default) the page offers for ticking. */
export interface ReportCandidate {
  id: string;
  code: string;
  title: string;
  category: string;
  scope: 'team' | 'individual';
  departmentName: string | null;
  closedAt: string | null;
  /** Has a 原因分析 (so it can feed the causes). */
  hasCauseAnalysis: boolean;
  /** Goes into the problems and causes of this answer. */
  included: boolean;
}

/** GET /api/reports/problems-and-causes (format=json). */
export interface ProblemsAndCausesResponse {
  document: ProblemsAndCausesDocument;
  /** renderProblemsAndCausesText(document): what the page shows for editing. */
  text: string;
  /** Every item of the coverage in the filters, most recently closed (or changed) first. */
  items: ReportCandidate[];
}
