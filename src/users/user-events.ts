import { TxEvent } from '../database/tx-events';

/** A user's access changed (disabled, new password, new role): their sessions must end with it. */
export const UserAccessChanged = new TxEvent<{ userId: number }>('user.access_changed');
