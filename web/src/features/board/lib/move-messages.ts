/** What the clerk is told after a move; entering 销号 is an application, not a closing. */
import { COLUMN_TITLES, SIGNOFF_STAGE_LABELS, type ColumnKey, type ItemView } from '@rectify/shared';

export function movedMessage(moved: ItemView, to: ColumnKey): string {
  if (to === 'closed' && moved.signoff === 'pending' && moved.signoffStage) {
    return `${moved.code} 已申请销号，待${SIGNOFF_STAGE_LABELS[moved.signoffStage]}`;
  }
  return `${moved.code} 已移入「${COLUMN_TITLES[to]}」`;
}

/** The submit button of the 补充信息 form. */
export function moveButtonText(to: ColumnKey): string {
  return to === 'closed' ? '保存并申请销号' : `保存并移入「${COLUMN_TITLES[to]}」`;
}
