-- The change feed on SQLite: every committed write adds a row per aggregate it touched (orders, stock,
-- outbox…) in the same transaction, and every Marketdesk on this file polls for rows newer than the last it saw,
-- so a write made by another process shows without a manual refresh. Rows older than a few minutes are pruned.
-- (PostgreSQL announces the same by NOTIFY; the table stays empty there.)
CREATE TABLE change_log (
    seq ${ID},
    aggregate TEXT NOT NULL,
    ids TEXT NOT NULL,
    at BIGINT NOT NULL
);
