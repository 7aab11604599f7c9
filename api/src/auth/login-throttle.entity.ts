import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One counter of the sign-in throttle: an account at an address (`pair:`), an account from anywhere
 * (`user:`) or an address across accounts (`addr:`). In the database so that several API processes
 * share one count.
 */
@Entity('login_throttle')
export class LoginThrottleEntity {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  key: string;

  /** Attempts counted in the current window; an attempt counts before its password is checked. */
  @Column({ type: 'integer' })
  failures: number;

  @Column({ type: 'varchar', length: 30, nullable: true })
  lastFailureAt: string | null;

  /** A pair that has signed in before is not held back by its address's count (one office behind NAT). */
  @Column({ type: 'varchar', length: 30, nullable: true })
  lastSuccessAt: string | null;

  @Index()
  @Column({ type: 'varchar', length: 30 })
  updatedAt: string;
}
