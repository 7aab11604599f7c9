import { describe, expect, it } from '@jest/globals';
import type { Department } from '@rectify/shared';
import { validateDepartmentChange, validateNewDepartment } from '../src/features/admin/lib/department-form';
import { allKeys, buildDepartmentTree, toTreeOptions, type DepartmentNode } from '../src/features/admin/lib/department-tree';

const d = (id: string, name: string, parentId: string | null = null): Department => ({ id, name, parentId });

/** The tree as nested names, easy to read in a failure. */
const shape = (nodes: readonly DepartmentNode[]): unknown[] => nodes.map((n) => (n.children ? { [n.department.name]: shape(n.children) } : n.department.name));

// As the API sends it: the unit first, then 处室 and 科室 in name order, children before parents here and there.
const flat: Department[] = [
  d('unit', '江州市发展和改革委员会机关'),
  d('k1', '综合科', 'office'),
  d('office', '办公室', 'unit'),
  d('plan', '发展规划处', 'unit'),
  d('k2', '文秘科', 'office'),
  d('branch', '第一党支部', 'k1'),
];

describe('department tree', () => {
  it('nests departments under their parents, keeping the list order among siblings', () => {
    const tree = buildDepartmentTree(flat);
    expect(shape(tree)).toEqual([{ 江州市发展和改革委员会机关: [{ 办公室: [{ 综合科: ['第一党支部'] }, '文秘科'] }, '发展规划处'] }]);
  });

  it('records each department’s parent name and depth; leaves have no children array', () => {
    const [unit] = buildDepartmentTree(flat);
    expect(unit).toMatchObject({ key: 'unit', parentName: null, depth: 0 });
    const office = unit.children![0];
    expect(office).toMatchObject({ key: 'office', parentName: '江州市发展和改革委员会机关', depth: 1 });
    const branch = office.children![0].children![0];
    expect(branch).toMatchObject({ key: 'branch', parentName: '综合科', depth: 3 });
    expect('children' in branch).toBe(false);
    expect(unit.children![1].children).toBeUndefined();
  });

  it('keeps several top-level units apart', () => {
    const tree = buildDepartmentTree([d('a', '甲单位'), d('b', '乙单位'), d('a1', '甲办公室', 'a'), d('b1', '乙办公室', 'b')]);
    expect(shape(tree)).toEqual([{ 甲单位: ['甲办公室'] }, { 乙单位: ['乙办公室'] }]);
  });

  it('never loses a department: an unknown parent or a loop of parents puts it at the top level', () => {
    const tree = buildDepartmentTree([d('unit', '机关'), d('lost', '失联科', 'gone'), d('x', '甲科', 'y'), d('y', '乙科', 'x'), d('self', '自指科', 'self')]);
    expect(allKeys(tree).sort()).toEqual(['lost', 'self', 'unit', 'x', 'y']);
    expect(shape(tree)).toEqual(['机关', '失联科', '自指科', { 甲科: ['乙科'] }]);
  });

  it('lists every key, parents first, and gives TreeSelect options of the same shape', () => {
    const tree = buildDepartmentTree(flat);
    expect(allKeys(tree)).toEqual(['unit', 'office', 'k1', 'branch', 'k2', 'plan']);
    expect(toTreeOptions(tree)).toEqual([
      {
        value: 'unit',
        title: '江州市发展和改革委员会机关',
        children: [
          {
            value: 'office',
            title: '办公室',
            children: [
              { value: 'k1', title: '综合科', children: [{ value: 'branch', title: '第一党支部' }] },
              { value: 'k2', title: '文秘科' },
            ],
          },
          { value: 'plan', title: '发展规划处' },
        ],
      },
    ]);
  });

  it('is empty for no departments', () => {
    expect(buildDepartmentTree([])).toEqual([]);
  });
});

describe('department form', () => {
  const UNIT = '6f1c2d3e-4a5b-4c1e-9d55-0b9e6a5293a4';
  const office = d('0b9e6a52-93a4-4c1e-9d55-6f1c2d3e4a5b', '办公室', UNIT);

  it('checks a new department against departmentSchema; no parent is a top-level unit', () => {
    expect(validateNewDepartment({ name: ' 档案室 ', parentId: UNIT })).toEqual({ ok: true, body: { name: '档案室', parentId: UNIT } });
    expect(validateNewDepartment({ name: '档案室' })).toEqual({ ok: true, body: { name: '档案室', parentId: null } });
    expect(validateNewDepartment({ name: '  ' })).toEqual({ ok: false, fieldErrors: [{ name: ['name'], errors: ['请填写部门名称'] }] });
  });

  it('sends only a rename or a move', () => {
    expect(validateDepartmentChange(office, { name: '办公室', parentId: UNIT })).toEqual({ ok: true, body: {} });
    expect(validateDepartmentChange(office, { name: '综合办公室', parentId: UNIT })).toEqual({ ok: true, body: { name: '综合办公室' } });
    expect(validateDepartmentChange(office, { name: '办公室', parentId: undefined })).toEqual({ ok: true, body: { parentId: null } });
  });
});
