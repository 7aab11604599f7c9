import type { ColumnKey } from '@rectify/shared';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Time a card has spent in one column: the sum and number of its finished stays there, and when its
 * current stay began if it sits there now. Written with the history events that cause it (same
 * transaction), so the dashboard's averages need no replay of the history.
 */
@Entity('item_column_stays')
export class ItemColumnStayEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  itemId: string;

  @PrimaryColumn({ type: 'varchar', length: 12 })
  columnKey: ColumnKey;

  /** PostgreSQL returns bigint as a string; read it with Number(). */
  @Column({ type: 'bigint' })
  totalMs: number | string;

  @Column({ type: 'integer' })
  stays: number;

  @Column({ type: 'varchar', length: 30, nullable: true })
  enteredAt: string | null;
}
