import type { DataSource } from 'typeorm';

/**
 * Every table's rows, as one JSON text, to compare before and after refused requests. The sign-in
 * throttle's counters are left out: counting a refused sign-in is what they are for.
 */
export async function dumpTables(dataSource: DataSource, skip: readonly string[] = ['login_throttle']): Promise<string> {
  const tables = dataSource.entityMetadatas
    .map((m) => m.tableName)
    .filter((name) => !skip.includes(name))
    .sort();
  const dump: Record<string, unknown[]> = {};
  for (const table of tables) {
    const rows: Array<Record<string, unknown>> = await dataSource.query(`SELECT * FROM "${table}"`);
    dump[table] = rows.map((row) => JSON.stringify(row, Object.keys(row).sort())).sort();
  }
  return JSON.stringify(dump);
}
