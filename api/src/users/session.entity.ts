import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A signed-in session. Only the SHA-256 of the token is stored: a copied database grants no access. */
@Entity('sessions')
export class SessionEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  userId: string;

  /** Browser writes must echo this in X-CSRF-Token. */
  @Column({ type: 'varchar', length: 64 })
  csrfToken: string;

  @Column({ type: 'varchar', length: 30 })
  createdAt: string;

  @Column({ type: 'varchar', length: 30 })
  expiresAt: string;
}
