/**
 * What a screen reader says during a drag, in Chinese, naming the card (编号 + 标题) and the column
 * title — dnd-kit's defaults are English sentences with raw ids.
 */
import type { Active, Announcements, Over, ScreenReaderInstructions } from '@dnd-kit/core';
import {
  backwardMoveNeedsReason,
  checkCardMoveBy,
  COLUMN_TITLES,
  FIELD_LABELS,
  isColumnKey,
  isCurableByData,
  missingFields,
  type Actor,
  type ColumnKey,
  type BoardCard,
} from '@rectify/shared';

export const screenReaderInstructions: ScreenReaderInstructions = {
  draggable: '按空格键或回车键拿起卡片，用左右方向键在列之间移动，再按空格键或回车键放下，按 Esc 取消。',
};

export interface CardDragData {
  item: BoardCard;
}

export function itemOf(active: Pick<Active, 'data'> | null): BoardCard | undefined {
  return (active?.data.current as CardDragData | undefined)?.item;
}

const cardName = (item: BoardCard) => `${item.code}《${item.title}》`;
const title = (key: ColumnKey) => `「${COLUMN_TITLES[key]}」`;

function targetOf(over: Pick<Over, 'id'> | null): ColumnKey | null {
  return over && isColumnKey(over.id) ? over.id : null;
}

/** "缺少整改措施；未指定责任部门" */
const reasonsText = (reasons: { message: string }[]) => reasons.map((r) => r.message).join('；');

/**
 * One set of announcements per board. dnd-kit reports the card "over" its own column right after
 * the pick-up; announcing that would cut off "已拿起卡片…" before a screen reader finished it.
 */
export function createAnnouncements(user: Pick<Actor, 'role' | 'departmentId'>): Announcements {
  let justPickedUp = false;
  return {
    onDragStart({ active }) {
      const item = itemOf(active);
      if (!item) return undefined;
      justPickedUp = true;
      return `已拿起卡片 ${cardName(item)}，当前在${title(item.status)}列。`;
    },
    onDragOver({ active, over }) {
      const item = itemOf(active);
      const to = targetOf(over);
      if (!item) return undefined;
      const first = justPickedUp;
      justPickedUp = false;
      if (first && to === item.status) return undefined;
      if (!to) return `卡片 ${item.code} 已离开所有列，此时放下将回到${title(item.status)}。`;
      if (to === item.status) return `卡片移到${title(to)}上方，这是它原来所在的列。`;
      const check = checkCardMoveBy(user, item, to);
      if (check.allowed) return `卡片移到${title(to)}上方，可以放下。`;
      if (isCurableByData(check)) {
        const fields = missingFields(check)
          .map((f) => FIELD_LABELS[f])
          .join('、');
        return `卡片移到${title(to)}上方。放下后需先补充：${fields}。`;
      }
      return `卡片移到${title(to)}上方，不能放入：${reasonsText(check.reasons)}。`;
    },
    onDragEnd({ active, over }) {
      const item = itemOf(active);
      const to = targetOf(over);
      if (!item) return undefined;
      if (!to || to === item.status) return `卡片已放回${title(item.status)}。`;
      const check = checkCardMoveBy(user, item, to);
      if (check.allowed && backwardMoveNeedsReason(user, item.status, to)) return `卡片放在${title(to)}上，请在弹出的对话框中说明退回理由，提交后完成移动。`;
      if (check.allowed) return `卡片已放入${title(to)}。`;
      if (isCurableByData(check)) return `卡片放在${title(to)}上，请在弹出的表单中补充信息，提交后完成移动。`;
      return `不能放入${title(to)}：${reasonsText(check.reasons)}。卡片回到${title(item.status)}。`;
    },
    onDragCancel({ active }) {
      const item = itemOf(active);
      return item ? `已取消拖动，卡片回到${title(item.status)}。` : '已取消拖动。';
    },
  };
}
