/**
 * The demo office's 督办: two 督办单 by the inspector on the most overdue items of 机关党委（人事处）
 * (dept1's), one of them replied, so the drawer, the card, the to-do list and the bell are not empty.
 * Counters, history and notifications are written as the real endpoints write them.
 */
import { randomUUID } from 'node:crypto';
import { officeToday } from '@rectify/shared';
import { addDays, format, parseISO } from 'date-fns';
import { Not, type EntityManager } from 'typeorm';
import { ItemEntity } from '../items/item.entity.js';
import { resolveRecipients } from '../notifications/notifications.service.js';
import { NotificationEntity } from '../notifications/notification.entity.js';
import { SupervisionEntity } from '../supervision/supervision.entity.js';
import { UserEntity } from '../users/user.entity.js';
import type { DemoHistory } from './demo-history.js';

export async function seedSupervision(manager: EntityManager, now: Date, history: DemoHistory): Promise<void> {
  const inspector = await manager.getRepository(UserEntity).findOneBy({ username: 'inspector' });
  const dept1 = await manager.getRepository(UserEntity).findOneBy({ username: 'dept1' });
  if (!inspector || !dept1?.departmentId) return;
  const items = (
    await manager.getRepository(ItemEntity).find({ where: { departmentId: dept1.departmentId, status: Not('closed') }, order: { dueDate: 'ASC' } })
  ).filter((i) => i.dueDate);
  if (items.length < 2) return;
  const today = parseISO(officeToday(now));
  const day = (offset: number) => format(addDays(today, offset), 'yyyy-MM-dd');
  const instant = (offsetDays: number) => addDays(now, offsetDays).toISOString();

  const plans = [
    {
      item: items[0],
      requirement: '请于3日内书面报告整改进展，说明能否按期完成；如有困难，一并报送下一步整改计划和时间表。',
      replyBy: day(3),
      issuedAt: instant(-2),
      reply: null,
    },
    {
      item: items[1],
      requirement: '请对照整改措施逐项报告落实情况，附相关佐证材料。',
      replyBy: day(-1),
      issuedAt: instant(-6),
      reply: { text: '已召开专题会议研究部署，措施一、二已完成，措施三正在推进，佐证材料已上传。', at: instant(-3) },
    },
  ];
  for (const plan of plans) {
    const row: SupervisionEntity = {
      id: randomUUID(),
      itemId: plan.item.id,
      requirement: plan.requirement,
      replyBy: plan.replyBy,
      issuedById: inspector.id,
      issuedByName: inspector.displayName,
      issuedAt: plan.issuedAt,
      reply: plan.reply?.text ?? null,
      repliedById: plan.reply ? dept1.id : null,
      repliedByName: plan.reply ? dept1.displayName : null,
      repliedAt: plan.reply?.at ?? null,
    };
    await manager.getRepository(SupervisionEntity).insert(row);
    await manager.getRepository(ItemEntity).update({ id: plan.item.id }, { supervisionCount: 1, openSupervisionCount: plan.reply ? 0 : 1 });
    history.add(inspector, [
      {
        itemId: plan.item.id,
        at: row.issuedAt,
        kind: 'supervised',
        before: null,
        after: { supervisionId: row.id, requirement: row.requirement, replyBy: row.replyBy },
      },
    ]);
    const notes: NotificationEntity[] = (await resolveRecipients(manager, { departmentIds: [dept1.departmentId] })).map((userId) => ({
      id: randomUUID(),
      userId,
      itemId: plan.item.id,
      kind: 'supervision_issued',
      title: `督办：${plan.item.code}`,
      body: `${inspector.displayName}对「${plan.item.title}」下发督办单，要求：${row.requirement}`,
      createdAt: row.issuedAt,
      readAt: plan.reply ? plan.reply.at : null,
    }));
    if (plan.reply) {
      history.add(dept1, [
        { itemId: plan.item.id, at: plan.reply.at, kind: 'supervise_reply', before: null, after: { supervisionId: row.id, reply: plan.reply.text } },
      ]);
      notes.push({
        id: randomUUID(),
        userId: inspector.id,
        itemId: plan.item.id,
        kind: 'supervision_replied',
        title: `督办已回复：${plan.item.code}`,
        body: `${dept1.displayName}回复了您对「${plan.item.title}」下发的督办单：${plan.reply.text}`,
        createdAt: plan.reply.at,
        readAt: null,
      });
    }
    await manager.getRepository(NotificationEntity).insert(notes);
  }
}
