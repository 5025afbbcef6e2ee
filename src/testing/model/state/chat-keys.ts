/** The server's internal key of a DM between two users: the same from both sides. */
export const dmKey = (a: bigint, b: bigint): string => (a < b ? `dm:${a}:${b}` : `dm:${b}:${a}`);
export const selfKey = (userId: bigint): string => `self:${userId}`;
export const groupKey = (groupId: bigint): string => `group:${groupId}`;
export const channelKey = (communityId: bigint, channelId: bigint): string => `channel:${communityId}:${channelId}`;
export const readMarkerKey = (userId: bigint, chatKey: string): string => `${userId}|${chatKey}`;
