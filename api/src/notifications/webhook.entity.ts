import type { WebhookKind } from '@rectify/shared';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A group robot (钉钉 / 企业微信) the admin set up to receive warnings and 督办 notices. */
@Entity('webhooks')
export class WebhookEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Column({ type: 'varchar', length: 12 })
  kind: WebhookKind;

  @Column({ type: 'varchar', length: 500 })
  url: string;

  @Column({ type: 'boolean' })
  enabled: boolean;

  @Column({ type: 'varchar', length: 30 })
  createdAt: string;

  @Column({ type: 'varchar', length: 30 })
  updatedAt: string;
}
