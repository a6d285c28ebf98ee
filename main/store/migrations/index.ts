import { migration001 } from './001-initial';

/** Every schema migration, in order; migration N brings the store to user_version N. */
export const migrations: readonly string[] = [migration001];
