import { ApiQuery } from '@nestjs/swagger';

const ITEM_FILTER_DOCS = [
  { name: 'source', description: '问题来源，如 巡察反馈' },
  { name: 'category', description: '问题类别，如 作风建设' },
  { name: 'department', description: '责任部门编号（牵头或配合）' },
  { name: 'warning', description: '预警：red 逾期 / yellow 临近到期 / green 正常 / none 无' },
  { name: 'q', description: '关键字（标题、描述、编号）' },
];

/** Documents the board's item filters (shared boardQuerySchema) on an endpoint, plus any extra query parameters. */
export const DocumentItemFilters =
  (...extra: Array<{ name: string; description: string }>) =>
  (target: object, key: string, descriptor: PropertyDescriptor) => {
    for (const doc of [...ITEM_FILTER_DOCS, ...extra]) ApiQuery({ ...doc, required: false })(target, key, descriptor);
  };
