import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Department } from '@rectify/shared';
import { In, Repository, type EntityManager } from 'typeorm';
import { RuleViolationError } from '../common/domain-errors.js';
import { DepartmentEntity } from './department.entity.js';

@Injectable()
export class DepartmentsService {
  constructor(@InjectRepository(DepartmentEntity) private readonly departments: Repository<DepartmentEntity>) {}

  async list(): Promise<Department[]> {
    const rows = await this.departments.find({ order: { name: 'ASC' } });
    // The unit itself first, then its 处室/科室 in name order.
    return rows.sort((a, b) => Number(a.parentId !== null) - Number(b.parentId !== null)).map((d) => ({ ...d }));
  }

  async namesById(): Promise<Map<string, string>> {
    const rows = await this.departments.find();
    return new Map(rows.map((d) => [d.id, d.name]));
  }

  /** Refuses ids of departments that do not exist (inside the caller's transaction). */
  async assertExist(manager: EntityManager, ids: Array<string | null | undefined>): Promise<void> {
    const wanted = [...new Set(ids.filter((id): id is string => !!id))];
    if (wanted.length === 0) return;
    const found = await manager.getRepository(DepartmentEntity).countBy({ id: In(wanted) });
    if (found !== wanted.length) {
      throw new RuleViolationError('所选部门不存在，请重新选择', [{ path: 'departmentId', message: '所选部门不存在，请重新选择' }]);
    }
  }
}
