import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A confirmed 台账 mapping, found again by the file's headers (ledgerHeaderKey). */
@Entity('ledger_mappings')
export class LedgerMappingEntity {
  /** SHA-256 of headerKey. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ type: 'text' })
  headerKey: string;

  /** The LedgerMapping as JSON. */
  @Column({ type: 'text' })
  mapping: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  savedById: string | null;

  @Column({ type: 'varchar', length: 50 })
  savedByName: string;

  @Column({ type: 'varchar', length: 30 })
  savedAt: string;
}
