import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A unit, 处室, 科室 or 支部. Departments form a tree through parentId. */
@Entity('departments')
export class DepartmentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  parentId: string | null;
}
