import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One office-wide setting, stored as JSON under its name. */
@Entity('settings')
export class SettingEntity {
  @PrimaryColumn({ type: 'varchar', length: 50 })
  key: string;

  @Column({ type: 'simple-json' })
  value: unknown;
}
