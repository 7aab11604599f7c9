import { SwapOutlined } from '@ant-design/icons';
import {
  checkCardMoveBy,
  COLUMN_KEYS,
  COLUMN_TITLES,
  FIELD_LABELS,
  isColumnKey,
  isCurableByData,
  missingFields,
  type ColumnKey,
  type BoardCard,
} from '@rectify/shared';
import { Button, Dropdown, type MenuProps } from 'antd';
import { useState } from 'react';
import { useCurrentUser } from '../../auth';

interface Props {
  item: BoardCard;
  onRequestMove: (item: BoardCard, to: ColumnKey) => void;
}

/**
 * "移至…": the same moves as dragging, for keyboard and screen-reader users and for a quick move
 * without scrolling. Forbidden targets are listed but disabled, with the reason.
 */
export function CardMoveMenu({ item, onRequestMove }: Props) {
  const [armed, setArmed] = useState(false);
  const [open, setOpen] = useState(false);
  const user = useCurrentUser();

  // Built only while open: a board has hundreds of cards and this menu is rarely used.
  const items: MenuProps['items'] = open
    ? [
        {
          type: 'group',
          label: '移至',
          children: COLUMN_KEYS.filter((key) => key !== item.status).map((key) => {
            const check = checkCardMoveBy(user, item, key);
            const curable = isCurableByData(check);
            const reason = check.reasons.map((r) => r.message).join('；');
            const forbidden = !check.allowed && !curable;
            const needed = curable
              ? `需补充：${missingFields(check)
                  .map((f) => FIELD_LABELS[f])
                  .join('、')}`
              : '';
            return {
              key,
              disabled: forbidden,
              title: forbidden ? reason : curable ? needed : `移入「${COLUMN_TITLES[key]}」`,
              label: (
                <span className="move-menu-label">
                  <span>{COLUMN_TITLES[key]}</span>
                  {(curable || forbidden) && <span className="sr-only">，</span>}
                  {curable && <span className="move-menu-hint">{needed}</span>}
                  {forbidden && <span className="move-menu-hint move-menu-hint-block">{reason}</span>}
                </span>
              ),
            };
          }),
        },
      ]
    : [];

  // Until first used, a plain button: a board has many cards, and a dropdown per card costs at load.
  if (!armed) {
    return (
      <button
        type="button"
        aria-label="移至其他列"
        title="移至其他列"
        className="card-icon-button"
        onClick={() => {
          setArmed(true);
          setOpen(true);
        }}
      >
        <SwapOutlined aria-hidden="true" />
      </button>
    );
  }

  return (
    <Dropdown
      autoFocus
      trigger={['click']}
      open={open}
      onOpenChange={setOpen}
      menu={{
        items,
        onClick: ({ key }) => {
          setOpen(false);
          if (isColumnKey(key)) onRequestMove(item, key);
        },
      }}
      placement="bottomRight"
    >
      <Button type="text" size="small" icon={<SwapOutlined aria-hidden="true" />} aria-label="移至其他列" title="移至其他列" className="card-icon-button" />
    </Dropdown>
  );
}
