import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One 督办单: an inspector's (or leader's) notice on an item, and the department's reply. */
@Entity('supervisions')
@Index(['itemId', 'issuedAt'])
export class SupervisionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36 })
  itemId: string;

  @Column({ type: 'text' })
  requirement: string;

  @Column({ type: 'varchar', length: 10 })
  replyBy: string;

  @Column({ type: 'varchar', length: 36 })
  issuedById: string;

  @Column({ type: 'varchar', length: 50 })
  issuedByName: string;

  @Column({ type: 'varchar', length: 30 })
  issuedAt: string;

  @Column({ type: 'text', nullable: true })
  reply: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  repliedById: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  repliedByName: string | null;

  @Index()
  @Column({ type: 'varchar', length: 30, nullable: true })
  repliedAt: string | null;
}
