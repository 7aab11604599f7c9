import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One 佐证材料 file. The bytes are at `<filesPath>/evidence/<id>`; the row keeps what the list shows
 * and the SHA-256 the download can be checked against. Never updated or deleted.
 */
@Entity('evidence_files')
@Index(['itemId', 'uploadedAt'])
export class EvidenceFileEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36 })
  itemId: string;

  /** The 整改进展 entry the file documents, if any. */
  @Index()
  @Column({ type: 'varchar', length: 36, nullable: true })
  progressId: string | null;

  /** Cleaned (shared cleanFileName). */
  @Column({ type: 'varchar', length: 120 })
  fileName: string;

  @Column({ type: 'integer' })
  size: number;

  /** Decided from the content, never from the client. */
  @Column({ type: 'varchar', length: 100 })
  mimeType: string;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  note: string | null;

  /** 整改轮次 of the item when uploaded. */
  @Column({ type: 'integer' })
  round: number;

  @Column({ type: 'varchar', length: 36, nullable: true })
  uploadedById: string | null;

  /** The uploader's display name at the time. */
  @Column({ type: 'varchar', length: 50 })
  uploadedByName: string;

  @Column({ type: 'varchar', length: 30 })
  uploadedAt: string;
}
