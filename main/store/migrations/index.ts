import { migration001 } from './001-initial';
import { migration002 } from './002-run-owner';
import { migration003 } from './003-profiles';
import { migration004 } from './004-message-locators';
import { migration005 } from './005-contract-versions';
import { migration006 } from './006-quality';
import { migration007 } from './007-gates';
import { migration008 } from './008-audit-chain';
import { migration009 } from './009-backups';
import { migration010 } from './010-dedup';
import { migration011 } from './011-patient-quality';

/** Every schema migration, in order; migration N brings the store to user_version N. */
export const migrations: readonly string[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009, migration010, migration011];
