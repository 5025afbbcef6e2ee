import type { Message as ChatMessage } from "../../../../gen/osmium/client/types_pb.js";
import type {
  Channel,
  ChatPhoto,
  CommunityRole,
  NotifPrefs,
  PermissionOverrides,
  RelationshipStatus,
  User,
  UserStatus,
} from "../../../../gen/osmium/client/types_pb.js";
import type { FileMetadata } from "../../../../gen/osmium/client/media_pb.js";
import type { CommunitySettings } from "../../../../gen/osmium/client/communities_pb.js";
import type { UserSettings } from "../../../../gen/osmium/client/settings_pb.js";
import type { InviteType } from "../../../../gen/osmium/client/auth_pb.js";
import type { StickerPack_Type } from "../../../../gen/osmium/client/stickers_pb.js";

// The reference server's whole state: plain records in maps, generated message types where the
// protocol already names the shape. Views (what a given user sees) are built from these on demand.

/** A user account: the public profile plus everything only its owner sees. */
export interface AccountRecord {
  /** The public profile, as other users see it. */
  user: User;
  email?: string;
  emailConfirmed: boolean;
  password?: { salt: Uint8Array; hash: Uint8Array };
  totp?: { secret: Uint8Array; enabled: boolean; backupCodes: { code: string; used: boolean }[] };
  bio: string;
  banner?: ChatPhoto;
  premiumSince?: bigint;
  pendingDelete: boolean;
  settings: UserSettings;
  /** Notification preferences by scope key (a chat key, or `community:<id>`). */
  notifPrefs: Map<string, NotifPrefs>;
  /** This user's side of each relationship, by the other user's id. */
  relationships: Map<bigint, RelationshipStatus>;
  pushSubscription?: { kind: "web" | "push"; endpointOrToken: string };
  subscription?: { plan: string; since: bigint; nextRenewal?: bigint; endDate?: bigint; active: boolean };
  savedStickerPacks: bigint[];
  takeoutRequestedAt?: bigint;
  /**
   * The presence the user chose (settings.changeStatus), including INVISIBLE; `user.status` holds
   * what everyone else sees (no status while invisible).
   */
  presence?: UserStatus;
  /** Hashed friend lists uploaded by friends.syncFriends, by platform. */
  syncedPlatforms?: Map<string, { platformUserId: string; friendIdsHashed: Uint8Array[]; communityIdsHashed: Uint8Array[] }>;
}

/** An authorization session: what a token stands for. */
export interface SessionRecord {
  id: bigint;
  userId: bigint;
  token: string;
  clientId: number;
  deviceType: string;
  deviceVersion: string;
  appVersion: string;
  lastActive: bigint;
  /** This device's push subscription (settings.registerPushSubscription). */
  pushSubscription?: { kind: "web" | "push"; endpointOrToken: string };
}

/** A member of a community. */
export interface MemberRecord {
  roleIds: bigint[];
  nickname?: string;
}

/** A community with its channels, roles, members, bans and overrides. */
export interface CommunityRecord {
  id: bigint;
  name: string;
  username?: string;
  ownerId: bigint;
  photo?: ChatPhoto;
  /** Permissions every member holds, with or without roles. */
  defaultPermissions: bigint;
  roles: Map<bigint, CommunityRole>;
  members: Map<bigint, MemberRecord>;
  bans: Map<bigint, { until?: bigint; reason?: string }>;
  channels: Map<bigint, Channel>;
  /** Channel overrides: channel id → role id → pos/neg. */
  overrides: Map<bigint, Map<bigint, PermissionOverrides>>;
  /** Channels whose overrides follow their parent category's. */
  parentSync: Set<bigint>;
  settings: CommunitySettings;
  /** The invite code discovery hands out for this community (created on first listing). */
  discoveryInviteCode?: string;
}

/** A group chat. */
export interface GroupRecord {
  id: bigint;
  name: string;
  ownerId: bigint;
  participants: Set<bigint>;
  photo?: ChatPhoto;
  /** The group's highlighted message (chats.editChat), if any. */
  highlightedMsgId?: bigint;
}

/** The messages and per-message state of one chat (DM, self chat, group or channel). */
export interface ChatLog {
  /** Messages in id order (oldest first). */
  messages: ChatMessage[];
  pinned: Set<bigint>;
  /** message id → emoji key → user ids who reacted, in reaction order. */
  reactions: Map<bigint, Map<string, bigint[]>>;
  /** user id → time (ms) of the last message, for slow mode. */
  lastSentAt: Map<bigint, number>;
  /** message id → user ids it mentions and who have not read it yet. */
  mentions: Map<bigint, Set<bigint>>;
}

/** An invite code. */
export interface InviteRecord {
  code: string;
  creatorId: bigint;
  targetType: InviteType;
  targetId: bigint;
  /** For a COMMUNITY invite made from a channel: that channel (its creator must still see it). */
  channelId?: bigint;
  expiresAt?: bigint;
  maxUses?: number;
  uses: number;
}

/** An uploaded file, complete. */
export interface FileRecord {
  id: bigint;
  ownerId: bigint;
  data: Uint8Array;
  mimetype: string;
  filename?: string;
  metadata?: FileMetadata;
}

/** An upload in progress: parts by number, as the client sends them. */
export interface UploadRecord {
  ownerId: bigint;
  parts: Map<number, Uint8Array>;
  bytes: number;
  /** When the last part arrived (ms, the server clock); the upload expires `limits.uploadLifetimeMs` later. */
  touchedAt: number;
}

/** A sticker or custom-emoji pack. */
export interface StickerPackRecord {
  id: bigint;
  type: StickerPack_Type;
  name: string;
  ownerId: bigint;
  stickerIds: bigint[];
  updatedAt: bigint;
}

/** One participant of a voice room. */
export interface RoomParticipantRecord {
  userId: bigint;
  muted: boolean;
  deafened: boolean;
}

/** A voice room of a chat. */
export interface RoomRecord {
  id: string;
  chatKey: string;
  /** Participants by session id (decimal), in joining order. Sessions leave as voice/rooms.ts says. */
  participants: Map<string, RoomParticipantRecord>;
}

/** Server-side facts about a message that its protocol shape does not carry. */
export interface MessageMeta {
  /** When the message was sent (ms); forwarded copies keep it as `forward.date`. */
  sentAt: bigint;
  /** Who forwarded this copy (its `author_id` stays the original author's). */
  forwardedBy?: bigint;
}

/** Codes the server "sent by email", readable by tests through the test API. */
export interface IssuedCode {
  kind: "verify-email" | "reset-password";
  email: string;
  code: string;
  /** When it was issued (ms); codes expire. Unset means "never expires". */
  issuedAt?: bigint;
  /** Set once the code was redeemed (codes are single-use). */
  used?: boolean;
  /** Wrong tries so far; at `limits.codeAttempts` the code stops working. */
  failures?: number;
}

/** Everything the reference server knows. */
export class ServerState {
  readonly accounts = new Map<bigint, AccountRecord>();
  readonly sessions = new Map<bigint, SessionRecord>();
  readonly sessionsByToken = new Map<string, SessionRecord>();
  readonly communities = new Map<bigint, CommunityRecord>();
  readonly groups = new Map<bigint, GroupRecord>();
  /** Chat key → its log. Keys: `dm:<low>:<high>`, `self:<user>`, `group:<id>`, `channel:<community>:<channel>`. */
  readonly chats = new Map<string, ChatLog>();
  /** `<user>|<chat key>` → last read message id. */
  readonly readMarkers = new Map<string, bigint>();
  readonly invites = new Map<string, InviteRecord>();
  readonly files = new Map<bigint, FileRecord>();
  /** `<user>:<upload id>` → upload in progress. */
  readonly uploads = new Map<string, UploadRecord>();
  readonly stickerPacks = new Map<bigint, StickerPackRecord>();
  readonly rooms = new Map<string, RoomRecord>();
  readonly reports: { reporterId: bigint; chatKey: string; messageId: bigint; reason: string }[] = [];
  /** Message id → server-side facts the protocol's Message does not carry. */
  readonly messageMeta = new Map<bigint, MessageMeta>();
  readonly issuedCodes: IssuedCode[] = [];

  /** The log of a chat, created empty on first use. */
  chatLog(key: string): ChatLog {
    let log = this.chats.get(key);
    if (!log) {
      log = { messages: [], pinned: new Set(), reactions: new Map(), lastSentAt: new Map(), mentions: new Map() };
      this.chats.set(key, log);
    }
    return log;
  }

  accountByEmail(email: string): AccountRecord | undefined {
    const wanted = email.trim().toLowerCase();
    for (const a of this.accounts.values()) if (a.email?.toLowerCase() === wanted) return a;
    return undefined;
  }

  accountByUsername(username: string): AccountRecord | undefined {
    const wanted = username.trim().toLowerCase();
    for (const a of this.accounts.values()) if (a.user.username?.toLowerCase() === wanted) return a;
    return undefined;
  }
}
