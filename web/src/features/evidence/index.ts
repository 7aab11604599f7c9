/** The evidence feature's public surface: 佐证材料 upload and list, and the 整改进展 log. */
export { EvidenceUpload } from './components/evidence-upload';
export { EvidenceLinks } from './components/evidence-links';
export { EvidencePanel } from './components/evidence-panel';
export { ProgressPanel } from './components/progress-panel';
