/**
 * The department tree from the API's flat list (each department names its parent). Siblings keep
 * the API's order. A department whose parent is missing from the list is shown at the top level
 * rather than lost; so is one caught in a loop of parents (the API refuses loops, but a broken
 * database must not make departments vanish from the page that could repair them).
 */
import type { Department } from '@rectify/shared';

export interface DepartmentNode {
  key: string;
  department: Department;
  /** The parent's name, for the table; null at the top level. */
  parentName: string | null;
  depth: number;
  /** Absent on a leaf (antd shows no expand button then). */
  children?: DepartmentNode[];
}

export function buildDepartmentTree(list: readonly Department[]): DepartmentNode[] {
  const byId = new Map(list.map((d) => [d.id, d]));
  const childrenOf = new Map<string | null, Department[]>();
  const topLevel: Department[] = [];
  for (const d of list) {
    if (d.parentId && byId.has(d.parentId) && d.parentId !== d.id) {
      const siblings = childrenOf.get(d.parentId) ?? [];
      siblings.push(d);
      childrenOf.set(d.parentId, siblings);
    } else {
      topLevel.push(d);
    }
  }

  const placed = new Set<string>();
  const build = (d: Department, depth: number, parentName: string | null): DepartmentNode => {
    placed.add(d.id);
    const kids = (childrenOf.get(d.id) ?? []).filter((c) => !placed.has(c.id)).map((c) => build(c, depth + 1, d.name));
    return { key: d.id, department: d, parentName, depth, ...(kids.length > 0 ? { children: kids } : {}) };
  };

  const roots = topLevel.map((d) => build(d, 0, null));
  // Whatever is left sits in a loop of parents, unreachable from the top: show it at the top level.
  for (const d of list) {
    if (!placed.has(d.id)) roots.push({ ...build(d, 0, null), parentName: byId.get(d.parentId ?? '')?.name ?? null });
  }
  return roots;
}

/** Every key in the tree, parents first (to expand the whole tree). */
export function allKeys(nodes: readonly DepartmentNode[]): string[] {
  return nodes.flatMap((n) => [n.key, ...allKeys(n.children ?? [])]);
}

export interface DepartmentTreeOption {
  value: string;
  title: string;
  children?: DepartmentTreeOption[];
}

/** The same tree as antd TreeSelect options. */
export function toTreeOptions(nodes: readonly DepartmentNode[]): DepartmentTreeOption[] {
  return nodes.map((n) => ({
    value: n.key,
    title: n.department.name,
    ...(n.children ? { children: toTreeOptions(n.children) } : {}),
  }));
}
