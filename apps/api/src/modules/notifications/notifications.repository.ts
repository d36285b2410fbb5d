import type { ListNotificationsQuery } from '@partrack/contracts';
import { and, count, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { type Db, executeRows, inOrder } from '../../db/database';
import { notifications, users } from '../../db/schema';

export type NotificationRow = typeof notifications.$inferSelect;

/**
 * Unit officers responsible for a lead unit: those whose unit is it or one of its ancestors.
 * `ancestry` lists every unit with each of its ancestors (itself included).
 */
const RECIPIENTS = sql`
  ancestry(unit_id, ancestor_id, depth) AS (
    SELECT id, id, 0 FROM units
    UNION ALL
    SELECT a.unit_id, u.parent_id, a.depth + 1 FROM ancestry a JOIN units u ON u.id = a.ancestor_id
     WHERE u.parent_id IS NOT NULL AND a.depth < 20
  ),
  officers(directive_id, user_id) AS (
    SELECT d.id, us.id FROM directives d
      JOIN inspections i ON i.id = d.inspection_id AND i.deleted_at IS NULL
      JOIN ancestry a ON a.unit_id = d.lead_unit_id
      JOIN users us ON us.unit_id = a.ancestor_id AND us.role = 'unit_officer' AND us.is_active
  )`;

const excerpt = sql`left(d.text, 140)`;
const effectiveDue = sql`coalesce(d.extended_due_date, d.due_date)`;

export function createNotificationsRepository(db: Db) {
  return {
    /**
     * Adds what is due now; a notification already given (same dedupe key) is skipped, so running
     * twice, or again after a restart, notifies nobody twice. Returns how many were added.
     */
    async generate(today: string, week: string, tx: Db = db): Promise<number> {
      const rows = await executeRows<{ added: number }>(
        tx,
        sql`
        WITH RECURSIVE ${RECIPIENTS},
        due AS (
          -- A directive new in the last 14 days.
          SELECT o.user_id, 'new_directive'::notification_kind AS kind, d.id AS directive_id,
                 'Chỉ đạo mới: ' || ${excerpt} AS message,
                 'new_directive:' || d.id || ':' || o.user_id AS dedupe_key
            FROM officers o JOIN directives d ON d.id = o.directive_id
           WHERE d.created_at >= now() - interval '14 days' AND d.completed_on IS NULL
          UNION ALL
          -- Due within 7 days (once per due date, so an extension reminds again).
          SELECT o.user_id, 'due_soon', d.id,
                 'Sắp đến hạn ' || to_char(${effectiveDue}, 'DD/MM/YYYY') || ': ' || ${excerpt},
                 'due_soon:' || d.id || ':' || o.user_id || ':' || ${effectiveDue}
            FROM officers o JOIN directives d ON d.id = o.directive_id
           WHERE d.completed_on IS NULL AND d.reported_done_on IS NULL
             AND ${effectiveDue} BETWEEN ${today}::date AND ${today}::date + 7
          UNION ALL
          -- Overdue: repeated once a week.
          SELECT o.user_id, 'overdue', d.id,
                 'Quá hạn từ ' || to_char(${effectiveDue}, 'DD/MM/YYYY') || ': ' || ${excerpt},
                 'overdue:' || d.id || ':' || o.user_id || ':' || ${week}
            FROM officers o JOIN directives d ON d.id = o.directive_id
           WHERE d.completed_on IS NULL AND d.reported_done_on IS NULL AND ${effectiveDue} < ${today}::date
          UNION ALL
          -- An answer returned by the inspecting side.
          SELECT o.user_id, 'answer_returned', d.id,
                 'Báo cáo hoàn thành bị trả lại: ' || ${excerpt},
                 'answer_returned:' || r.id || ':' || o.user_id
            FROM directive_reviews r JOIN directives d ON d.id = r.directive_id JOIN officers o ON o.directive_id = d.id
           WHERE r.decision = 'return' AND r.created_at >= now() - interval '30 days'
          UNION ALL
          -- An extension decided: tell whoever asked.
          SELECT e.requested_by, 'extension_decided', d.id,
                 CASE e.status WHEN 'approved' THEN 'Đề nghị gia hạn đến ' || to_char(e.requested_due_date, 'DD/MM/YYYY') || ' được chấp thuận: '
                               ELSE 'Đề nghị gia hạn bị từ chối: ' END || ${excerpt},
                 'extension_decided:' || e.id
            FROM directive_extensions e JOIN directives d ON d.id = e.directive_id
           WHERE e.status <> 'pending' AND e.requested_by IS NOT NULL AND e.decided_at >= now() - interval '30 days'
        ),
        added AS (
          INSERT INTO notifications (user_id, kind, directive_id, message, dedupe_key)
          SELECT user_id, kind, directive_id, message, dedupe_key FROM due
          ON CONFLICT (dedupe_key) DO NOTHING
          RETURNING 1
        )
        SELECT count(*)::int AS added FROM added`,
      );
      return rows[0]?.added ?? 0;
    },

    async list(userId: string, query: ListNotificationsQuery, tx: Db = db) {
      const where = and(eq(notifications.userId, userId), query.unreadOnly ? isNull(notifications.readAt) : undefined);
      const [rows, counted, unread] = await inOrder([
        tx
          .select()
          .from(notifications)
          .where(where)
          .orderBy(desc(notifications.createdAt), desc(notifications.id))
          .limit(query.pageSize)
          .offset((query.page - 1) * query.pageSize),
        tx.select({ total: count() }).from(notifications).where(where),
        tx
          .select({ total: count() })
          .from(notifications)
          .where(and(eq(notifications.userId, userId), isNull(notifications.readAt))),
      ]);
      return { rows, total: counted[0]?.total ?? 0, unread: unread[0]?.total ?? 0 };
    },

    /** Marks the user's own notifications read (all of them when no ids are given). */
    async markRead(userId: string, ids: string[] | 'all', tx: Db = db): Promise<number> {
      const rows = await tx
        .update(notifications)
        .set({ readAt: sql`now()` })
        .where(
          and(
            eq(notifications.userId, userId),
            isNull(notifications.readAt),
            ids === 'all' ? undefined : inArray(notifications.id, ids),
          ),
        )
        .returning({ id: notifications.id });
      return rows.length;
    },

    /** Notifications not yet e-mailed, to users who have an address. */
    async unsent(limit: number, tx: Db = db) {
      return tx
        .select({ notification: notifications, email: users.email, displayName: users.displayName })
        .from(notifications)
        .innerJoin(users, eq(users.id, notifications.userId))
        .where(and(isNull(notifications.emailedAt), isNotNull(users.email), users.isActive))
        .orderBy(notifications.createdAt)
        .limit(limit);
    },

    async markEmailed(id: string, tx: Db = db): Promise<void> {
      await tx.update(notifications).set({ emailedAt: sql`now()` }).where(eq(notifications.id, id));
    },
  };
}

export type NotificationsRepository = ReturnType<typeof createNotificationsRepository>;
