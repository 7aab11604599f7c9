import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Actor, CreateUserRequest, PersonOption, UpdateUserRequest, UserView } from '@rectify/shared';
import { Repository } from 'typeorm';
import { NotFoundError, RuleViolationError } from '../common/domain-errors.js';
import { WriteQueue } from '../database/write-queue.js';
import { recordAdminChange, fieldChanges, type AdminAuthor } from '../admin-log/admin-log-chain.js';
import { SessionEntity } from './session.entity.js';
import { DepartmentsService } from '../departments/departments.service.js';
import { hashPassword } from './password-hasher.js';
import { UserEntity } from './user.entity.js';

/** Accounts: created, changed and disabled by an admin; never deleted. */
@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly departments: DepartmentsService,
    private readonly writeQueue: WriteQueue,
  ) {}

  findByUsername(username: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ username: username.trim().toLowerCase() });
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  /** The accounts 责任领导 / 责任人 may be chosen from: enabled, not the system administrators', by name. */
  async directory(): Promise<PersonOption[]> {
    const [rows, names] = await Promise.all([this.users.find({ where: { disabled: false } }), this.departments.namesById()]);
    return rows
      .filter((u) => u.role !== 'admin')
      .map((u) => ({ id: u.id, displayName: u.displayName, departmentName: u.departmentId ? (names.get(u.departmentId) ?? null) : null }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'zh-CN'));
  }

  async list(): Promise<UserView[]> {
    const [rows, names] = await Promise.all([this.users.find({ order: { createdAt: 'ASC', username: 'ASC' } }), this.departments.namesById()]);
    return rows.map((u) => toUserView(u, names));
  }

  async view(user: UserEntity): Promise<UserView> {
    return toUserView(user, await this.departments.namesById());
  }

  async create(request: CreateUserRequest, author: AdminAuthor): Promise<UserView> {
    const passwordHash = await hashPassword(request.password);
    const user = await this.writeQueue.run(async (manager) => {
      const username = request.username.toLowerCase();
      if (await manager.getRepository(UserEntity).existsBy({ username })) {
        throw new RuleViolationError(`用户名「${username}」已被使用`, [{ path: 'username', message: '用户名已被使用' }]);
      }
      await this.departments.assertExist(manager, [request.departmentId]);
      const row: UserEntity = {
        id: randomUUID(),
        username,
        displayName: request.displayName,
        role: request.role,
        departmentId: request.departmentId,
        passwordHash,
        disabled: false,
        createdAt: new Date().toISOString(),
      };
      await manager.getRepository(UserEntity).insert(row);
      await recordAdminChange(manager, author, {
        kind: 'user.created',
        targetId: row.id,
        targetName: row.username,
        before: null,
        after: { username: row.username, displayName: row.displayName, role: row.role, departmentId: row.departmentId },
      });
      return row;
    });
    return this.view(user);
  }

  async update(id: string, request: UpdateUserRequest, admin: Actor): Promise<UserView> {
    const passwordHash = request.password ? await hashPassword(request.password) : undefined;
    const user = await this.writeQueue.run(async (manager) => {
      const repository = manager.getRepository(UserEntity);
      const current = await repository.findOneBy({ id });
      if (!current) throw new NotFoundError('用户不存在');
      const { password: _password, ...fields } = request;
      const next: UserEntity = { ...current, ...fields, ...(passwordHash ? { passwordHash } : {}) };
      if (next.role !== 'department') next.departmentId = null;
      if (next.role === 'department' && !next.departmentId) {
        throw new RuleViolationError('责任部门账号须选择所属部门', [{ path: 'departmentId', message: '责任部门账号须选择所属部门' }]);
      }
      if (id === admin.id && (next.disabled || next.role !== 'admin')) {
        throw new RuleViolationError('不能停用自己的账号或取消自己的管理员角色，以免无人能管理系统');
      }
      await this.departments.assertExist(manager, [next.departmentId]);
      await repository.update({ id }, next);
      // An administrator's decision takes effect at once: a reset password, a disabled account or a
      // changed role or department ends every session the user had (re-enabling does not revive them).
      const decisive = !!passwordHash || !!next.disabled !== !!current.disabled || next.role !== current.role || next.departmentId !== current.departmentId;
      if (decisive) await manager.getRepository(SessionEntity).delete({ userId: id });
      const changes = fieldChanges({ ...current, disabled: !!current.disabled }, { ...next, disabled: !!next.disabled }, [
        'displayName',
        'role',
        'departmentId',
        'disabled',
      ]);
      // A reset password is recorded as the fact, never the password or its hash.
      if (changes || passwordHash) {
        await recordAdminChange(manager, admin, {
          kind: 'user.updated',
          targetId: id,
          targetName: current.username,
          before: changes?.before ?? {},
          after: { ...(changes?.after ?? {}), ...(passwordHash ? { passwordReset: true } : {}) },
        });
      }
      return next;
    });
    return this.view(user);
  }

  /** Whether any 系统管理员 account exists (enabled or not): until one does, the first-run setup is open. */
  hasAdministrator(): Promise<boolean> {
    return this.users.existsBy({ role: 'admin' });
  }

  async setPasswordHash(id: string, passwordHash: string): Promise<void> {
    await this.writeQueue.run((manager) => manager.getRepository(UserEntity).update({ id }, { passwordHash }));
  }
}

export function toUserView(user: UserEntity, departmentNames: Map<string, string>): UserView {
  const { passwordHash: _hash, ...rest } = user;
  return { ...rest, disabled: !!user.disabled, departmentName: user.departmentId ? (departmentNames.get(user.departmentId) ?? null) : null };
}

export function toActor(user: UserEntity): Actor {
  return { id: user.id, username: user.username, displayName: user.displayName, role: user.role, departmentId: user.departmentId };
}
