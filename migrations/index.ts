import { InitialSchema1732500000000 } from './1732500000000-initial-schema';
import { DeskTallies1732600000000 } from './1732600000000-desk-tallies';
import { LoginAttempts1732700000000 } from './1732700000000-login-attempts';
import { WritePath1732800000000 } from './1732800000000-write-path';
import { Ledger1732900000000 } from './1732900000000-ledger';
import { Desk1733000000000 } from './1733000000000-desk';
import { Intake1733100000000 } from './1733100000000-intake';

/** Listed as classes, not globbed, so that the compiled app and ts-jest load the same set. */
export const MIGRATIONS = [
  InitialSchema1732500000000,
  DeskTallies1732600000000,
  LoginAttempts1732700000000,
  WritePath1732800000000,
  Ledger1732900000000,
  Desk1733000000000,
  Intake1733100000000,
];
