import type { Role } from '@rectify/shared';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** An account. Never deleted: a disabled user can no longer sign in, and history keeps their name. */
@Entity('users')
export class UserEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 40 })
  username: string;

  @Column({ type: 'varchar', length: 30 })
  displayName: string;

  @Column({ type: 'varchar', length: 12 })
  role: Role;

  @Column({ type: 'varchar', length: 36, nullable: true })
  departmentId: string | null;

  /** scrypt, see password-hasher.ts. */
  @Column({ type: 'varchar', length: 200 })
  passwordHash: string;

  @Column({ type: 'boolean' })
  disabled: boolean;

  @Column({ type: 'varchar', length: 30 })
  createdAt: string;
}
