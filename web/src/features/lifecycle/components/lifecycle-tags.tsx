import { Tag } from 'antd';

const COLORS: Record<string, string> = { 待审核: 'processing', 待纪检复核: 'processing', 已销号: 'success', 延期待批: 'warning', 督办: 'error' };

/**
 * The card's lifecycle tags (待审核, 第2轮, 延期1次, 督办… as shared lifecycleTags gives them, carried
 * by the board card) and a rejected application's 补充整改要求.
 */
export function LifecycleTags({ labels: tags = [], requirement }: { labels?: string[]; requirement?: string }) {
  if (!tags.length && !requirement) return null;
  return (
    <>
      {tags.length > 0 && (
        <div className="card-lifecycle">
          {tags.map((tag) => (
            <Tag key={tag} color={COLORS[tag] ?? (tag.startsWith('第') ? 'magenta' : tag.startsWith('延期') ? 'orange' : 'default')} className="card-tag">
              {tag}
            </Tag>
          ))}
        </div>
      )}
      {requirement && (
        <div className="card-requirement" title={requirement}>
          补充整改要求：{requirement}
        </div>
      )}
    </>
  );
}
