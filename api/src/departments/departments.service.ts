import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { Department, DepartmentRequest, UpdateDepartmentRequest } from '@rectify/shared';
import { In, Not, Repository, type EntityManager } from 'typeorm';
import { NotFoundError, RuleViolationError } from '../common/domain-errors.js';
import { fieldChanges, recordAdminChange, type AdminAuthor } from '../admin-log/admin-log-chain.js';
import { WriteQueue } from '../database/write-queue.js';
import { DepartmentEntity } from './department.entity.js';

@Injectable()
export class DepartmentsService {
  constructor(
    @InjectRepository(DepartmentEntity) private readonly departments: Repository<DepartmentEntity>,
    private readonly writeQueue: WriteQueue,
  ) {}

  create(request: DepartmentRequest, author: AdminAuthor): Promise<Department> {
    return this.writeQueue.run((manager) => this.createIn(manager, request, author));
  }

  /**
   * Inside the caller's transaction (a 台账 import creates the departments its rows name, all or
   * nothing); recorded in the admin log in that same transaction.
   */
  async createIn(manager: EntityManager, request: DepartmentRequest, author: AdminAuthor): Promise<Department> {
    const department = { id: randomUUID(), ...request };
    await this.assertPlacement(manager, department);
    await manager.getRepository(DepartmentEntity).insert(department);
    await recordAdminChange(manager, author, {
      kind: 'department.created',
      targetId: department.id,
      targetName: department.name,
      before: null,
      after: { name: department.name, parentId: department.parentId },
    });
    return department;
  }

  /** Renames or moves a department in the tree. Departments are never deleted: items and history name them. */
  update(id: string, request: UpdateDepartmentRequest, author: AdminAuthor): Promise<Department> {
    return this.writeQueue.run(async (manager) => {
      const current = await manager.getRepository(DepartmentEntity).findOneBy({ id });
      if (!current) throw new NotFoundError('部门不存在');
      const next = { ...current, ...request };
      await this.assertPlacement(manager, next);
      await manager.getRepository(DepartmentEntity).update({ id }, next);
      const changes = fieldChanges(current, next, ['name', 'parentId']);
      if (changes) await recordAdminChange(manager, author, { kind: 'department.updated', targetId: id, targetName: current.name, ...changes });
      return { ...next };
    });
  }

  /** Unique name; the parent exists and is not the department itself or one of its descendants. */
  private async assertPlacement(manager: EntityManager, department: Department): Promise<void> {
    const repository = manager.getRepository(DepartmentEntity);
    if (await repository.existsBy({ name: department.name, id: Not(department.id) })) {
      throw new RuleViolationError(`部门「${department.name}」已存在`, [{ path: 'name', message: '部门名称已存在' }]);
    }
    const parents = new Map((await repository.find()).map((d) => [d.id, d.parentId]));
    for (let at: string | null = department.parentId, steps = 0; at; at = parents.get(at) ?? null, steps++) {
      if (!parents.has(at)) throw new RuleViolationError('上级部门不存在', [{ path: 'parentId', message: '上级部门不存在' }]);
      if (at === department.id || steps > parents.size) {
        throw new RuleViolationError('不能把部门放到它自己或其下级部门之下', [{ path: 'parentId', message: '上级部门不能是本部门或其下级' }]);
      }
    }
  }

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
