/**
 * The few things the repository asks of a database engine. SQL is written once with `?` placeholders in the
 * dialect SQLite and PostgreSQL share; each engine adapts it (PostgreSQL numbers the placeholders).
 */
export type SqlValue = string | number | null;

export interface SqlExecutor {
  /** PostgreSQL with PostGIS installed keeps a point per event and answers bbox filters with its index. */
  readonly engine: 'sqlite' | 'postgres' | 'postgres+postgis';
  all<Row>(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  run(sql: string, params?: readonly SqlValue[]): Promise<void>;
  /** Runs `work` in one transaction; writers are serialised, so clustering always sees every earlier write. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
