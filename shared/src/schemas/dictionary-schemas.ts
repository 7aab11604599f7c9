import { z } from 'zod';
import './zod-locale.js';
import { DICTIONARY_KINDS } from '../item/dictionaries.js';
import { BACKUP_KEEP_RANGE } from '../backup/backup.js';
import { WARNING_YELLOW_DAYS_RANGE } from '../warning/warning.js';

export const dictionaryEntrySchema = z
  .object({
    kind: z.enum(DICTIONARY_KINDS, { error: '字典类型只能是问题来源、问题类别或原因分析维度' }),
    name: z.string({ error: '名称应为文字' }).trim().min(1, { error: '请填写名称' }).max(30, { error: '名称不能超过30字' }),
    codeLetters: z
      .string({ error: '编号字母应为文字' })
      .trim()
      .regex(/^[A-Z]{2,4}$/, { error: '编号字母为2–4个大写字母，如 XC' })
      .nullable()
      .default(null),
  })
  .strict()
  .refine((v) => (v.kind === 'source') === (v.codeLetters !== null), { error: '问题来源须填写编号字母，其他字典不填', path: ['codeLetters'] });
export type DictionaryEntryRequest = z.infer<typeof dictionaryEntrySchema>;

/** Entries are never renamed or deleted (items store their names); they are retired or re-ordered. */
export const updateDictionaryEntrySchema = z
  .object({
    active: z.boolean({ error: '“启用”应为是或否' }).optional(),
    sortOrder: z.number({ error: '排序应为数字' }).int().min(0).max(9999).optional(),
  })
  .strict();
export type UpdateDictionaryEntryRequest = z.infer<typeof updateDictionaryEntrySchema>;

export const settingsSchema = z
  .object({
    warningYellowWithinDays: z
      .number({ error: '黄灯提前天数应为数字' })
      .int({ error: '黄灯提前天数应为整数' })
      .min(WARNING_YELLOW_DAYS_RANGE.min, { error: `黄灯提前天数不少于${WARNING_YELLOW_DAYS_RANGE.min}天` })
      .max(WARNING_YELLOW_DAYS_RANGE.max, { error: `黄灯提前天数不超过${WARNING_YELLOW_DAYS_RANGE.max}天` }),
    /** 两级审核: a 销号 approved by a leader then also needs an inspector (纪检) to confirm. */
    signoffTwoLevel: z.boolean({ error: '“销号两级审核”应为是或否' }),
    /** 自动备份 (SQLite): daily at backupTime (北京时间), keeping the newest backupKeep backups. */
    backupEnabled: z.boolean({ error: '“自动备份”应为是或否' }),
    backupTime: z.string({ error: '备份时间应为“时:分”，如 02:30' }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: '备份时间应为“时:分”，如 02:30' }),
    backupKeep: z
      .number({ error: '保留份数应为数字' })
      .int({ error: '保留份数应为整数' })
      .min(BACKUP_KEEP_RANGE.min, { error: `至少保留${BACKUP_KEEP_RANGE.min}份备份` })
      .max(BACKUP_KEEP_RANGE.max, { error: `最多保留${BACKUP_KEEP_RANGE.max}份备份` }),
  })
  .strict();
export type Settings = z.infer<typeof settingsSchema>;
export const updateSettingsSchema = settingsSchema.partial().strict();
export type UpdateSettingsRequest = z.infer<typeof updateSettingsSchema>;
