/**
 * The few column types that differ between SQLite and PostgreSQL. Part of the frozen migration
 * history: change it only together with a new migration.
 */
import type { Dialect } from '../database.js';

export interface ColumnTypes {
  uuid: 'uuid' | 'text';
  timestamp: 'timestamptz' | 'text';
  json: 'jsonb' | 'text';
  boolean: 'boolean' | 'integer';
  real: 'double precision' | 'real';
}

export function columnTypes(dialect: Dialect): ColumnTypes {
  switch (dialect) {
    case 'postgres':
      return {
        uuid: 'uuid',
        timestamp: 'timestamptz',
        json: 'jsonb',
        boolean: 'boolean',
        real: 'double precision',
      };
    case 'sqlite':
      return { uuid: 'text', timestamp: 'text', json: 'text', boolean: 'integer', real: 'real' };
  }
}
