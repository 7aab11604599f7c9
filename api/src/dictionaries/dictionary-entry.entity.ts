import type { DictionaryKind } from '@rectify/shared';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One value of an admin-maintained list: a 问题来源, a 问题类别 or a 原因分析 dimension. */
@Entity('dictionary_entries')
@Index(['kind', 'name'], { unique: true })
export class DictionaryEntryEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 12 })
  kind: DictionaryKind;

  @Column({ type: 'varchar', length: 30 })
  name: string;

  @Column({ type: 'varchar', length: 4, nullable: true })
  codeLetters: string | null;

  @Column({ type: 'boolean' })
  active: boolean;

  @Column({ type: 'integer' })
  sortOrder: number;
}
